using System.Text.Json;

namespace Lineage.Bench.Questions;

/// <summary>The ids questions are drawn from, read from a dataset folder's ministries, agencies, programs and regions
/// alone (the transfers, nine tenths of a generated dataset, are not needed to ask questions).</summary>
public sealed record Catalogue(IReadOnlyList<string> MinistryCodes, IReadOnlyList<string> Agencies, IReadOnlyList<string> Programs, IReadOnlyList<string> Regions)
{
    public static Catalogue Read(string directory)
    {
        List<string> codes = [], agencies = [], programs = [], regions = [];
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var (collection, into, field) =
                name.StartsWith("ministries", StringComparison.Ordinal) ? ("ministries", codes, "code") :
                name.StartsWith("agencies", StringComparison.Ordinal) ? ("agencies", agencies, "id") :
                name.StartsWith("programs", StringComparison.Ordinal) ? ("programs", programs, "id") :
                name.StartsWith("regions", StringComparison.Ordinal) ? ("regions", regions, "id") : (null, null, null);
            if (collection is null) continue;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var item in doc.RootElement.GetProperty(collection).EnumerateArray()) into!.Add(item.GetProperty(field!).GetString()!);
        }
        if (codes.Count == 0 || programs.Count == 0) throw new InvalidOperationException($"{directory} holds no ministries or no programs: is it a dataset folder?");
        return new Catalogue(codes, agencies, programs, regions);
    }
}
