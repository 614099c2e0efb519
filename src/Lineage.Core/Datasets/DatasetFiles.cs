namespace Lineage.Core.Datasets;

/// <summary>
/// Finds the dataset files of a folder and reads their bytes, turning every file-system surprise into a problem that
/// names the file: a name ending in .JSON, a folder or a link loop where a file should be, a link to nothing, a file
/// that cannot be read or is too large. Files are found first and read one at a time (<see cref="Read"/>), so a
/// folder of many large files is never in memory whole. A FIFO or device is never opened (opening a FIFO waits for a writer forever):
/// such entries report a length of 0, and an entry of 0 bytes is reported without being opened.
/// </summary>
public static class DatasetFiles
{
    /// <summary>Far above any real dataset file (the largest shipped is ~40 KB), far below what would hurt memory.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>One file found: its name as problems print it, and the file to read (null when it cannot be read).</summary>
    public sealed record Entry(string Name, string? FullPath);

    public static IReadOnlyList<Entry> Find(string directory, List<DatasetProblem> problems)
    {
        var entries = new List<Entry>();
        if (!Directory.Exists(directory))
        {
            problems.Add(new DatasetProblem(directory, "$", "dataset directory does not exist"));
            return entries;
        }
        List<FileSystemInfo> found;
        try
        {
            found = new DirectoryInfo(directory).EnumerateFileSystemInfos()
                .Where(f => f.Name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !f.Name.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new DatasetProblem(directory, "$", $"the dataset directory cannot be listed: {e.Message}"));
            return entries;
        }
        if (found.Count == 0) problems.Add(new DatasetProblem(directory, "$", "no dataset files (*.json) in directory"));
        foreach (var entry in found)
        {
            var problem = Problem(entry, out var target);
            if (problem is not null) problems.Add(new DatasetProblem(entry.Name, "$", problem));
            entries.Add(new Entry(entry.Name, problem is null ? target : null));
        }
        return entries;
    }

    private static string? Problem(FileSystemInfo entry, out string? fullPath)
    {
        fullPath = null;
        // Both spellings silently read, or one silently skipped, would surprise; the user renames it.
        if (!entry.Name.EndsWith(".json", StringComparison.Ordinal))
            return $"dataset files end in lower-case .json; rename it to {Path.GetFileNameWithoutExtension(entry.Name)}.json (it was not read)";
        FileSystemInfo target = entry;
        if (entry.LinkTarget is { } link)
        {
            try
            {
                target = entry.ResolveLinkTarget(returnFinalTarget: true) ?? entry;
            }
            catch (IOException e)
            {
                return $"is a symbolic link that cannot be followed (a loop?): {e.Message}";
            }
            if (!target.Exists) return $"is a symbolic link to '{link}', which does not exist";
        }
        if (target is DirectoryInfo || (target.Attributes & FileAttributes.Directory) != 0) return "is a directory, not a dataset file";
        var length = new FileInfo(target.FullName).Length;
        if (length == 0) return "is empty (0 bytes), or not a regular file (a FIFO, socket or device, which is not opened); a dataset file is a JSON object";
        if (length > MaxFileBytes) return $"is {length / (1024 * 1024)} MB; a dataset file may be at most {MaxFileBytes / (1024 * 1024)} MB";
        fullPath = target.FullName;
        return null;
    }

    /// <summary>A found file's bytes, or null with the problem added (it went away, permission denied, grew past the limit).</summary>
    public static FileBytes? Read(Entry entry, List<DatasetProblem> problems)
    {
        if (entry.FullPath is null) return null;
        var problem = ReadProblem(entry.FullPath, out var bytes);
        if (problem is null) return bytes;
        problems.Add(new DatasetProblem(entry.Name, "$", problem));
        return null;
    }

    private static string? ReadProblem(string fullPath, out FileBytes? bytes)
    {
        bytes = null;
        try
        {
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes) return $"is larger than {MaxFileBytes / (1024 * 1024)} MB";
            // One byte more than the file holds: a file that grows while it is read fills it, and is refused (read it again when it is written).
            var read = new FileBytes((int)length + 1);
            var total = 0;
            for (int n; total < read.Capacity && (n = RandomAccess.Read(handle, read.Writable[total..], total)) > 0;) total += n;
            if (total == read.Capacity)
            {
                read.Dispose();
                return "grew while it was being read; read it again once it is written";
            }
            read.Length = total;
            bytes = read;
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "cannot be read: permission denied";
        }
        catch (IOException e)
        {
            return $"cannot be read: {e.Message}";
        }
    }
}

/// <summary>
/// A file's bytes in a buffer of the shared array pool, handed back on <see cref="Dispose"/>: a million-node dataset is
/// tens of files of up to 16 MB, each read two or three times, and a new array per read would be that much garbage on
/// the large-object heap, which only a full collection frees.
/// </summary>
public sealed class FileBytes : IDisposable
{
    private byte[]? _buffer;

    internal FileBytes(int capacity)
    {
        _buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(capacity);
        Capacity = capacity;
    }

    internal int Capacity { get; }

    public int Length { get; internal set; }

    internal Span<byte> Writable => Buffer.AsSpan(0, Capacity);

    public ReadOnlyMemory<byte> Memory => Buffer.AsMemory(0, Length);

    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    private byte[] Buffer => _buffer ?? throw new ObjectDisposedException(nameof(FileBytes));

    public void Dispose()
    {
        if (_buffer is { } buffer) System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        _buffer = null;
    }
}
