using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;

namespace Lineage.Store.Neo4j;

public sealed partial class Neo4jStore : IEntityQueries
{
    public async Task<NodePage> ListEntitiesAsync(EntityQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var after = query.After is null ? null : Cursor.Decode(query.After);
        var ministries = (query.Ministries ?? []).Select(EnumText.ToText).ToList();
        // Links take no filters (EntityQuery.Applies names none for them): a plain page.
        if (query.Kind == NodeKind.Link)
            return await ListNodesAsync(new NodeQuery(NodeKind.Link, First: query.First, After: query.After), cancellationToken);
        var result = query.Kind == NodeKind.Transfer
            ? await _client.RunAsync(Statements.ListEntityTransfers.Text,
                Params(
                    ("ministries", ministries),
                    ("agencies", query.Agencies ?? []),
                    ("regions", query.Regions ?? []),
                    ("programs", query.Programs ?? []),
                    ("projects", query.Projects ?? []),
                    ("fyFrom", query.FiscalYearFrom),
                    ("fyTo", query.FiscalYearTo),
                    ("minRank", query.MinStage is { } stage ? (int)stage : null),
                    ("after", after),
                    ("limit", query.First + 1)),
                AccessMode.Read, cancellationToken)
            : await _client.RunAsync(Statements.ListEntities.Text,
                Params(
                    ("prefix", NodeKinds.Prefix(query.Kind) + ":"),
                    ("ministries", ministries),
                    ("agencies", query.Agencies ?? []),
                    ("kinds", query.Kinds ?? []),
                    ("regions", query.Regions ?? []),
                    ("programs", query.Programs ?? []),
                    ("projects", query.Projects ?? []),
                    ("organizations", query.Organizations ?? []),
                    ("parent", query.Parent),
                    ("fyFrom", query.FiscalYearFrom),
                    ("fyTo", query.FiscalYearTo),
                    // As SQLite: names are matched normalized (case- and width-insensitive).
                    ("name", string.IsNullOrEmpty(query.NameContains) ? null : SearchText.Normalize(query.NameContains)),
                    ("after", after),
                    ("limit", query.First + 1)),
                AccessMode.Read, cancellationToken);
        return ReadPage(result.OnlyRecord(), query.First, query.After is not null);
    }

    public async Task<IReadOnlyList<Reference>> GetReferencingAsync(NodeKind kind, Relation relation, IReadOnlyCollection<string> targets, CancellationToken cancellationToken)
    {
        if (targets.Count == 0) return [];
        var distinct = targets.Distinct(StringComparer.Ordinal).ToList();
        var result = kind == NodeKind.Transfer
            ? await _client.RunAsync(Statements.ReferencingTransfers.Text,
                Params(("rel", relation.ToString()), ("targets", distinct)), AccessMode.Read, cancellationToken)
            : kind == NodeKind.Link
            // A link holds one kind of reference (Relation.Linked, to either end): no other relation can match.
            ? relation == Relation.Linked
                ? await _client.RunAsync(Statements.ReferencingLinks.Text, Params(("targets", distinct)), AccessMode.Read, cancellationToken)
                : null
            : await _client.RunAsync(Statements.Referencing.Text,
                Params(("prefix", NodeKinds.Prefix(kind) + ":"), ("rel", relation.ToString()), ("targets", distinct)), AccessMode.Read, cancellationToken);
        if (result is null) return [];
        return result.Records
            .Select(r => new Reference(
                r.GetString("target") ?? throw new InvalidOperationException("Neo4j answered a reference without its target."),
                ReadNode(r.GetString("id"), r.GetString("json"))))
            .ToList();
    }
}
