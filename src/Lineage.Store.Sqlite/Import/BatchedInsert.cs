using System.Text;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Import;

/// <summary>
/// Rows of one table gathered and inserted by one statement of <see cref="RowsPerStatement"/> rows (<c>VALUES (…), (…), …</c>,
/// every value a parameter). One statement keeps its cursors open from row to row, so rows that come in key order are
/// appended where the last one went instead of each being looked up from the root of every b-tree again. Values wait
/// here until the statement is full or <see cref="Flush"/> runs the rest one row at a time.
/// </summary>
internal sealed class BatchedInsert : IDisposable
{
    public const int RowsPerStatement = 64;

    private readonly SqliteConnection _connection;
    private readonly string _manySql, _oneSql;
    private readonly int _columns;
    // Prepared on first use: a migration to an older schema version writes some tables and not others.
    private WriteStatement? _many, _one;
    private readonly Value[] _pending;
    private int _count;

    /// <param name="insert">The statement's start, e.g. <c>INSERT INTO t (a, b) VALUES</c>.</param>
    /// <param name="tail">What follows the values (an ON CONFLICT clause), or empty.</param>
    public BatchedInsert(SqliteConnection connection, string insert, int columns, string tail = "")
    {
        _connection = connection;
        _columns = columns;
        _pending = new Value[RowsPerStatement * columns];
        _manySql = Sql(insert, columns, RowsPerStatement, tail);
        _oneSql = Sql(insert, columns, 1, tail);
    }

    public void Dispose()
    {
        _many?.Dispose();
        _one?.Dispose();
    }

    /// <summary>The next value of the row being added, in column order; a full statement's worth of rows is inserted at once.</summary>
    public BatchedInsert Add(string? text) => Add(new Value(text, null, IsNumber: false));

    public BatchedInsert Add(long? number) => Add(new Value(null, number, IsNumber: true));

    /// <summary>Inserts the rows still waiting; before anything reads or changes the table in another way.</summary>
    public void Flush()
    {
        if (_count % _columns != 0) throw new InvalidOperationException($"A row was left with {_count % _columns} of its {_columns} values.");
        for (var row = 0; row < _count; row += _columns)
        {
            _one ??= new WriteStatement(_connection, _oneSql);
            for (var c = 0; c < _columns; c++) _pending[row + c].BindTo(_one, c);
            _one.Run();
        }
        Clear();
    }

    private BatchedInsert Add(Value value)
    {
        _pending[_count++] = value;
        if (_count < _pending.Length) return this;
        _many ??= new WriteStatement(_connection, _manySql);
        for (var i = 0; i < _count; i++) _pending[i].BindTo(_many, i);
        _many.Run();
        Clear();
        return this;
    }

    /// <summary>No value is kept past its insert (the texts are a batch's names and JSON).</summary>
    private void Clear()
    {
        Array.Clear(_pending, 0, _count);
        _count = 0;
    }

    private static string Sql(string insert, int columns, int rows, string tail)
    {
        var sql = new StringBuilder(insert);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? " (" : ", (");
            for (var c = 0; c < columns; c++) sql.Append(c == 0 ? "" : ", ").Append("$p").Append(r * columns + c);
            sql.Append(')');
        }
        return sql.Append(tail.Length == 0 ? "" : " ").Append(tail).ToString();
    }

    private readonly record struct Value(string? Text, long? Number, bool IsNumber)
    {
        public void BindTo(WriteStatement statement, int index)
        {
            if (IsNumber) statement.Bind(index, Number);
            else statement.Bind(index, Text);
        }
    }
}
