using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Connections;

/// <summary>A rented read connection with one prepared command per SQL text; disposing it returns it to the pool.</summary>
internal sealed class PooledReader : IAsyncDisposable
{
    private readonly ReaderPool _pool;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public PooledReader(ReaderPool pool, SqliteConnection connection)
    {
        _pool = pool;
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>Set when a statement threw; such a reader is closed on return instead of reused.</summary>
    public bool Failed { get; private set; }

    /// <summary>The command for <paramref name="sql"/>, prepared on first use and kept; parameters start empty each time.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    public void MarkFailed() => Failed = true;

    public ValueTask DisposeAsync()
    {
        _pool.Return(this);
        return ValueTask.CompletedTask;
    }

    internal void Close()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        Connection.Dispose();
    }
}
