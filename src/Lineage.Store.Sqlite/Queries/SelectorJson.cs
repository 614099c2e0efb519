using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Selectors;

namespace Lineage.Store.Sqlite.Queries;

/// <summary>Both selectors as one JSON parameter, so the SQL states the selector logic once for both ends.</summary>
internal static class SelectorJson
{
    public static string Of(ProgramSelector from, ProgramSelector to) =>
        JsonSerializer.Serialize(new[] { Side("from", from), Side("to", to) });

    private static object Side(string side, ProgramSelector s) => new
    {
        side,
        ministries = s.Ministries.Select(EnumText.ToText).ToArray(),
        agencies = s.Agencies.ToArray(),
        programs = s.Programs.ToArray(),
        regions = s.Regions.ToArray(),
    };
}
