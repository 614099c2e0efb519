using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Lineage.Store.Sqlite.Import;

/// <summary>
/// One statement of an import, prepared once on the import's connection (so inside its transaction) and run again with
/// new values bound to <c>$p0</c>, <c>$p1</c>, … by position. It goes to SQLite directly rather than through
/// <see cref="SqliteCommand"/>: at a million nodes and six million rows, a data reader, parameter lookups by name and an
/// async state machine per row were a third of the write phase. Values are always bound, never put into the SQL.
/// </summary>
internal sealed class WriteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public WriteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The import's connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        Parameters = raw.sqlite3_bind_parameter_count(_statement);
    }

    /// <summary>How many values the statement takes.</summary>
    public int Parameters { get; }

    public void Dispose() => _statement.Dispose();

    /// <summary>Binds the value at position <paramref name="index"/> (from 0); text and whole numbers are all an import writes.</summary>
    public WriteStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index + 1) : raw.sqlite3_bind_text(_statement, index + 1, value));
        return this;
    }

    public WriteStatement Bind(int index, long? value)
    {
        Check(value is { } v ? raw.sqlite3_bind_int64(_statement, index + 1, v) : raw.sqlite3_bind_null(_statement, index + 1));
        return this;
    }

    public WriteStatement Bind(int index, object? value) => value switch
    {
        null or DBNull => Bind(index, (string?)null),
        string s => Bind(index, s),
        int i => Bind(index, (long?)i),
        long l => Bind(index, (long?)l),
        _ => throw new ArgumentException($"An import binds text and whole numbers, not {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>Runs the statement with the values bound since the last run; a constraint violation or I/O error throws <see cref="SqliteException"/>.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        // Reset right away: a statement left mid-step would keep its read of the database open.
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }
}
