using Lineage.Store.Sqlite.Import;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>
/// The import inserts the rows of its busiest tables many a statement; every row must arrive once, with its own
/// values (text, numbers and nulls in their columns), whether it went in a full statement or in the rest a flush wrote.
/// </summary>
public sealed class BatchedInsertTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public BatchedInsertTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id TEXT PRIMARY KEY, label TEXT, n INTEGER) WITHOUT ROWID";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Rows_of_two_full_statements_and_a_rest_are_all_inserted_with_their_own_values()
    {
        // 2 × 64 rows in full statements and 22 written one by one by the flush.
        var expected = Enumerable.Range(0, 2 * BatchedInsert.RowsPerStatement + 22)
            .Select(i => (Id: $"row:{i:D4}", Label: i % 3 == 0 ? null : $"ラベル {i}", N: i % 5 == 0 ? (long?)null : i * 1000L))
            .ToList();
        using (var tx = _connection.BeginTransaction())
        {
            using var insert = new BatchedInsert(_connection, "INSERT INTO t (id, label, n) VALUES", 3);
            foreach (var (id, label, n) in expected) insert.Add(id).Add(label).Add(n);
            insert.Flush();
            tx.Commit();
        }

        Assert.Equal(expected, Rows());
    }

    [Fact]
    public void Nothing_waits_after_a_flush_and_a_second_flush_writes_nothing_again()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO t (id, label, n) VALUES", 3);
        insert.Add("row:a").Add("a").Add(1);
        insert.Flush();
        insert.Flush(); // a second insert of row:a would break the primary key

        Assert.Equal(new List<(string, string?, long?)> { ("row:a", "a", 1) }, Rows());
    }

    [Fact]
    public void A_flush_with_half_a_row_waiting_is_refused_and_writes_nothing()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO t (id, label, n) VALUES", 3);
        insert.Add("row:a").Add("a");

        var e = Assert.Throws<InvalidOperationException>(insert.Flush);
        Assert.Contains("2 of its 3 values", e.Message, StringComparison.Ordinal);
        Assert.Empty(Rows());
    }

    [Fact]
    public void A_row_that_breaks_a_constraint_fails_its_statement_with_the_sqlite_error()
    {
        using var insert = new BatchedInsert(_connection, "INSERT INTO t (id, label, n) VALUES", 3);
        insert.Add("row:same").Add("first").Add(1);
        insert.Add("row:same").Add("second").Add(2);

        var e = Assert.Throws<SqliteException>(insert.Flush);
        Assert.Equal(SQLitePCL.raw.SQLITE_CONSTRAINT, e.SqliteErrorCode & 0xFF); // the primary code, whether or not SQLite gave the extended one
        Assert.Contains("UNIQUE", e.Message, StringComparison.Ordinal);
    }

    private List<(string Id, string? Label, long? N)> Rows()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT id, label, n FROM t ORDER BY id";
        using var r = select.ExecuteReader();
        var rows = new List<(string, string?, long?)>();
        while (r.Read()) rows.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetInt64(2)));
        return rows;
    }
}
