using System.Text.Json;
using Lineage.Core.Flows;
using Lineage.Core.Model;
using Lineage.Store.Sqlite.Queries;
using Lineage.Store.Sqlite.Sql;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : IFlowQueries
{
    public async Task<IReadOnlyList<FlowRow>> QueryFlowsAsync(FlowQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        return await ReadAsync(async reader =>
        {
            var cmd = reader.Command(SqlText.Get("flows.sql"));
            cmd.Parameters.AddWithValue("$selectors", SelectorJson.Of(query.From, query.To));
            cmd.Parameters.AddWithValue("$group", query.GroupBy.ToString());
            cmd.Parameters.AddWithValue("$fy_from", (object?)query.FiscalYearFrom ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$fy_to", (object?)query.FiscalYearTo ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$min_rank", (int)(query.MinStage ?? Stage.Seed));
            var rows = new List<FlowRow>();
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                rows.Add(new FlowRow(r.GetString(0), r.GetString(1), r.GetInt32(2), Ids(r.GetString(3)), Ids(r.GetString(4)), Ids(r.GetString(5))));
            return (IReadOnlyList<FlowRow>)rows;
        }, cancellationToken);
    }

    private static List<string> Ids(string jsonArray) =>
        (JsonSerializer.Deserialize<List<string?>>(jsonArray) ?? []).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
