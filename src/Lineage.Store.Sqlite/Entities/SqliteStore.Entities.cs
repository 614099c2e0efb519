using System.Text.Json;
using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Lineage.Store.Sqlite.Sql;

namespace Lineage.Store.Sqlite;

public sealed partial class SqliteStore : IEntityQueries
{
    public async Task<NodePage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        return await ReadAsync(r =>
        {
            var cmd = r.Command(SqlText.Get("list-entities.sql"));
            cmd.Parameters.AddWithValue("$kind", query.Kind.ToString());
            cmd.Parameters.AddWithValue("$ministries", Json((query.Ministries ?? []).Select(EnumText.ToText)));
            cmd.Parameters.AddWithValue("$agencies", Json(query.Agencies));
            cmd.Parameters.AddWithValue("$kinds", Json(query.Kinds));
            cmd.Parameters.AddWithValue("$regions", Json(query.Regions));
            cmd.Parameters.AddWithValue("$programs", Json(query.Programs));
            cmd.Parameters.AddWithValue("$projects", Json(query.Projects));
            cmd.Parameters.AddWithValue("$organizations", Json(query.Organizations));
            cmd.Parameters.AddWithValue("$parent", (object?)query.Parent ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$fy_from", (object?)query.FiscalYearFrom ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$fy_to", (object?)query.FiscalYearTo ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$min_rank", query.MinStage is { } stage ? (int)stage : DBNull.Value);
            cmd.Parameters.AddWithValue("$name", string.IsNullOrEmpty(query.NameContains) ? DBNull.Value : SearchText.Normalize(query.NameContains));
            cmd.Parameters.AddWithValue("$after", query.After is null ? DBNull.Value : Cursor.Decode(query.After));
            cmd.Parameters.AddWithValue("$limit", query.First + 1);
            return ReadPageAsync(cmd, query.First, query.After is not null, cancellationToken);
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Reference>> GetReferencingAsync(NodeKind kind, Relation relation, IReadOnlyCollection<string> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0) return [];
        return await ReadAsync(async reader =>
        {
            var cmd = reader.Command(SqlText.Get("referencing.sql"));
            cmd.Parameters.AddWithValue("$kind", kind.ToString());
            cmd.Parameters.AddWithValue("$rel", relation.ToString());
            cmd.Parameters.AddWithValue("$targets", JsonSerializer.Serialize(targets));
            var references = new List<Reference>();
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            while (await r.ReadAsync(cancellationToken))
                references.Add(new Reference(r.GetString(0), NodeReader.ReadStored(Enum.Parse<NodeKind>(r.GetString(1)), r.GetString(2))));
            return (IReadOnlyList<Reference>)references;
        }, cancellationToken);
    }

    private static string Json(IEnumerable<string>? values) => JsonSerializer.Serialize(values ?? []);
}
