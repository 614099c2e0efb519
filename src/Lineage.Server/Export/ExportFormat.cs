using Lineage.Core.Model;

namespace Lineage.Server.Export;

/// <summary>One way of writing the stored graph to files; returns what it wrote, with counts, for the user.</summary>
internal interface IExportFormat
{
    string Name { get; }

    Task<IReadOnlyList<string>> WriteAsync(Dataset dataset, string directory, CancellationToken cancellationToken);
}

internal static class ExportFormats
{
    public static readonly IReadOnlyList<IExportFormat> All = [new JsonExport(), new GraphMLExport(), new CsvExport(), new CypherExport()];

    public static IExportFormat? Find(string name) => All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
