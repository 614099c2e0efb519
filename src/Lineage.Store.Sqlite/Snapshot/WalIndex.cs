using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Snapshot;

/// <summary>
/// The header of SQLite's wal-index, the <c>-shm</c> file of a database in WAL mode, read where SQLite keeps it: in
/// memory shared by every process that has the file open. Every commit, by any process, rewrites the header (its
/// transaction counter, frame count and checksum) before the commit returns (sqlite.org/walformat.html §2.1), and this
/// is how SQLite itself tells that another connection wrote. Reading it makes no system call.
/// </summary>
/// <remarks>
/// A connection of its own is held open for as long as the watch lives: while any connection is open, SQLite neither
/// deletes the wal-index (only the last connection to close does) nor lets another connection take the database in
/// exclusive locking mode (which keeps its wal-index in private memory) — so the mapped file stays the one every
/// writer updates.
/// </remarks>
internal sealed class WalIndex : IDisposable
{
    /// <summary>iVersion, the first field of the header: the format this reads.</summary>
    private const uint Format = 3007000;

    private readonly SqliteConnection _keeper;
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;

    private WalIndex(SqliteConnection keeper, MemoryMappedFile file, MemoryMappedViewAccessor view)
    {
        _keeper = keeper;
        _file = file;
        _view = view;
    }

    /// <summary>The watch of the database at <paramref name="path"/>, or null when it is not in WAL mode or its
    /// wal-index cannot be mapped (then its readers read the version every time).</summary>
    public static WalIndex? TryOpen(string connectionString, string path)
    {
        var keeper = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        MemoryMappedFile? file = null;
        try
        {
            keeper.Open();
            using (var command = keeper.CreateCommand())
            {
                command.CommandText = "PRAGMA journal_mode";
                if (!string.Equals(command.ExecuteScalar() as string, "wal", StringComparison.OrdinalIgnoreCase)) throw new NotSupportedException();
                // A read, so that SQLite has created and initialised the wal-index before it is mapped.
                command.CommandText = "SELECT count(*) FROM sqlite_schema";
                command.ExecuteScalar();
            }
            using var stream = new FileStream(path + "-shm", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            var view = file.CreateViewAccessor(0, Marshal.SizeOf<WalIndexHeader>(), MemoryMappedFileAccess.Read);
            var index = new WalIndex(keeper, file, view);
            var header = index.Read();
            if (header.Version != Format || !header.IsInitialised)
            {
                index.Dispose();
                return null;
            }
            return index;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            file?.Dispose();
            keeper.Dispose();
            return null;
        }
    }

    /// <summary>The header as it is now. A read that overlaps a commit may see part of the new header: it differs from
    /// the old one all the same, which is all a reader asks.</summary>
    public WalIndexHeader Read()
    {
        Interlocked.MemoryBarrier();
        _view.Read(0, out WalIndexHeader header);
        return header;
    }

    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
        _keeper.Dispose();
    }
}

/// <summary>The first copy of the wal-index header (48 bytes), as opaque words: equal headers, no commit between them.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct WalIndexHeader(ulong Word0, ulong Word1, ulong Word2, ulong Word3, ulong Word4, ulong Word5)
{
    /// <summary>iVersion, the header's first field, in the machine's byte order like the rest of the header.</summary>
    public uint Version => (uint)(BitConverter.IsLittleEndian ? Word0 : Word0 >> 32);

    /// <summary>isInit, the byte after iVersion, unused and iChange.</summary>
    public bool IsInitialised => (byte)(BitConverter.IsLittleEndian ? Word1 >> 32 : Word1 >> 24) == 1;
}
