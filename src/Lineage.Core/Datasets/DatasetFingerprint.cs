using System.Security.Cryptography;
using System.Text;

namespace Lineage.Core.Datasets;

/// <summary>
/// A fingerprint of a dataset folder's files: SHA-256 over each file's name and the SHA-256 of its bytes, in file
/// order. An import records the fingerprint of the files it read, so that a start-up can tell that data/ is still what
/// the store was filled from by hashing the files (a second at a million transfers) instead of reading and comparing
/// every node. Equal fingerprints mean equal files; different ones only mean the files differ (reformatted, or changed).
/// </summary>
public static class DatasetFingerprint
{
    private const string Scheme = "sha256:";

    /// <summary>A file's part of the fingerprint.</summary>
    public static byte[] OfFile(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes);

    /// <summary>The fingerprint of files with these hashes, given in file order.</summary>
    public static string Combine(IEnumerable<(string Name, byte[] Hash)> files)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (name, hash) in files)
        {
            all.AppendData(Encoding.UTF8.GetBytes(name));
            all.AppendData([0]);
            all.AppendData(hash);
        }
        return Scheme + Convert.ToHexStringLower(all.GetHashAndReset());
    }

    /// <summary>The fingerprint of a folder's dataset files as an import would read them; null when any of them cannot be read.</summary>
    public static string? Of(string directory)
    {
        var problems = new List<DatasetProblem>();
        var files = DatasetFiles.Find(directory, problems);
        if (problems.Count > 0) return null;
        var hashes = new List<(string, byte[])>(files.Count);
        foreach (var file in files)
        {
            using var bytes = DatasetFiles.Read(file, problems);
            if (bytes is null) return null;
            hashes.Add((file.Name, OfFile(bytes.Span)));
        }
        return Combine(hashes);
    }
}
