using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Store.Neo4j.Client;
using Lineage.Store.Neo4j.Cypher;
using Lineage.Store.Neo4j.Import;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Neo4j;

/// <summary>
/// The store port over Neo4j. Every node keeps its canonical JSON (what was imported, byte for byte) in a <c>json</c>
/// property, next to the labels, key properties and relationships of DESIGN.md §2 that Cypher walks; reads return the
/// JSON, so answers are the same objects the SQLite store returns. Transfers are TRANSFERRED_TO relationships, links
/// (relations that are not hand-offs) LINKED_TO relationships.
/// </summary>
public sealed partial class Neo4jStore : ILineageStore
{
    private readonly QueryApiClient _client;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jStore> _logger;

    public Neo4jStore(QueryApiClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jStore> logger)
    {
        _client = client;
        _options = options.Value;
        _logger = logger;
    }

    private const string EquivalentSchemaRule = "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // One statement per request: schema commands cannot share a transaction with each other or with writes.
        foreach (var statement in Statements.Schema)
        {
            try
            {
                await _client.RunAsync(statement.Text, null, AccessMode.Write, cancellationToken);
            }
            catch (Neo4jException e) when (e.Code == EquivalentSchemaRule)
            {
                // IF NOT EXISTS is checked before the rule is created: another process (a second server, a parallel
                // test) creating the same rule at the same moment makes this one fail with "already exists" — which
                // is the state asked for.
            }
        }
        StoreLog.SchemaEnsured(_logger, _client.Endpoint, Statements.Schema.Count);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _client.RunAsync(Statements.Ping.Text, null, AccessMode.Read, cancellationToken);
            return new StoreHealth(true, $"neo4j {_client.Endpoint}: reachable");
        }
        catch (Exception e)
        {
            // /readyz reports, it does not fail: whatever went wrong is the answer.
            StoreLog.Unhealthy(_logger, _client.Endpoint, e.Message);
            return new StoreHealth(false, e is StoreUnavailableException ? e.Message : $"neo4j {_client.Endpoint}: {e.Message}");
        }
    }

    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(Statements.IsEmpty.Text, null, AccessMode.Read, cancellationToken);
        return result.OnlyRecord().GetBoolean("empty");
    }

    public async Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        // All or nothing: one explicit transaction, rolled back by disposal unless committed (also on cancellation).
        await using var tx = await _client.BeginAsync(cancellationToken);

        // Created, updated, unchanged or deleted is decided as SQLite decides it: by comparing the stored canonical JSON.
        var stored = (await tx.RunAsync(Statements.Export.Text, null, cancellationToken)).Records
            .ToDictionary(r => r.GetString("id")!, r => r.GetString("json") ?? "", StringComparer.Ordinal);
        var plan = ImportPlan.Of(dataset, stored);

        // Deletions first: what the dataset no longer holds leaves the store (relationships before the nodes they join).
        var gone = plan.Deletes.ToLookup(id => NodeKinds.FromId(id));
        foreach (var batch in gone[NodeKind.Transfer].Chunk(_options.ImportBatchSize))
            await tx.RunAsync(Statements.DeleteTransfers.Text, Params(("ids", batch)), cancellationToken);
        foreach (var batch in gone[NodeKind.Link].Chunk(_options.ImportBatchSize))
            await tx.RunAsync(Statements.DeleteLinks.Text, Params(("ids", batch)), cancellationToken);
        foreach (var batch in plan.Deletes.Where(id => NodeKinds.FromId(id) is not (NodeKind.Transfer or NodeKind.Link)).Chunk(_options.ImportBatchSize))
            await tx.RunAsync(Statements.DeleteNodes.Text, Params(("ids", batch)), cancellationToken);

        // Nodes first, links second: a link may point at a node that comes later in the dataset (a parent program).
        var entities = plan.Writes.Where(w => w.Node is not (Transfer or Link)).ToList();
        await RunBatchedAsync(tx, Statements.ImportNodes, entities.Select(w => GraphRows.Node(w.Node, w.Json)).ToList(), cancellationToken);
        foreach (var group in entities.Select(w => GraphRows.Links(w.Node)).OfType<(CypherStatement Statement, Dictionary<string, object?> Row)>()
                     .GroupBy(l => l.Statement.File))
            await RunBatchedAsync(tx, group.First().Statement, group.Select(l => l.Row).ToList(), cancellationToken);

        var transfers = plan.Writes.Where(w => w.Node is Transfer).Select(w => GraphRows.Transfer((Transfer)w.Node, w.Json)).ToList();
        await WriteRelationshipsAsync(tx, Statements.ImportTransfers, transfers, "transfers", "a transfer's program", cancellationToken);
        var links = plan.Writes.Where(w => w.Node is Link).Select(w => GraphRows.Link((Link)w.Node, w.Json)).ToList();
        await WriteRelationshipsAsync(tx, Statements.ImportLinks, links, "links", "a link's program or coordination body", cancellationToken);

        if (plan.Writes.Count + plan.Deletes.Count > 0) await tx.RunAsync(Statements.BumpDataVersion.Text, null, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var report = plan.Report;
        StoreLog.Imported(_logger, _client.Endpoint, report.Created, report.Updated, report.Unchanged, report.Deleted);
        return report;
    }

    public async Task<ImportReport> PlanImportAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        var stored = (await _client.RunAsync(Statements.Export.Text, null, AccessMode.Read, cancellationToken)).Records
            .ToDictionary(r => r.GetString("id")!, r => r.GetString("json") ?? "", StringComparer.Ordinal);
        return ImportPlan.Of(dataset, stored).Report;
    }

    public async Task<Dataset> ExportAsync(CancellationToken cancellationToken)
    {
        var result = await _client.RunAsync(Statements.Export.Text, null, AccessMode.Read, cancellationToken);
        return Dataset.FromNodes(result.Records.Select(r => ReadNode(r.GetString("id"), r.GetString("json"))));
    }

    public async Task<IReadOnlyList<INode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0) return [];
        var result = await _client.RunAsync(Statements.GetNodes.Text, Params(("ids", ids.Distinct().ToList())), AccessMode.Read, cancellationToken);
        return result.Records.Select(r => ReadNode(r.GetString("id"), r.GetString("json"))).ToList();
    }

    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        query = query.Validated();
        var after = query.After is null ? null : Cursor.Decode(query.After);
        var result = query.Kind is NodeKind.Transfer or NodeKind.Link
            ? await _client.RunAsync((query.Kind == NodeKind.Transfer ? Statements.ListTransfers : Statements.ListLinks).Text,
                Params(("name", query.NameContains), ("after", after), ("limit", query.First + 1)), AccessMode.Read, cancellationToken)
            : await _client.RunAsync(Statements.ListNodes.Text,
                Params(
                    ("prefix", NodeKinds.Prefix(query.Kind) + ":"),
                    ("ministries", (query.Ministries ?? []).Select(EnumText.ToText).ToList()),
                    ("name", query.NameContains),
                    ("parent", query.Parent),
                    ("after", after),
                    ("limit", query.First + 1)),
                AccessMode.Read, cancellationToken);
        return ReadPage(result.OnlyRecord(), query.First, query.After is not null);
    }

    public async Task<IReadOnlyList<Transfer>> GetTransfersAsync(IReadOnlyCollection<string> programIds, TransferDirection direction, CancellationToken cancellationToken)
    {
        if (programIds.Count == 0) return [];
        var statement = direction == TransferDirection.Outgoing ? Statements.TransfersOut : Statements.TransfersIn;
        var result = await _client.RunAsync(statement.Text, Params(("programIds", programIds.Distinct().ToList())), AccessMode.Read, cancellationToken);
        return result.Records.Select(r => (Transfer)NodeReader.ReadStored(NodeKind.Transfer, r.GetString("json")!)).ToList();
    }

    private async Task WriteRelationshipsAsync(QueryTransaction tx, CypherStatement statement, IReadOnlyList<Dictionary<string, object?>> rows, string what, string end, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(_options.ImportBatchSize))
        {
            var written = (await tx.RunAsync(statement.Text, Params(("rows", batch)), ct)).OnlyRecord().GetInt64("written");
            if (written != batch.Length)
                throw new InvalidOperationException(
                    $"Neo4j wrote {written} of {batch.Length} {what}: {end} is missing from the store. Nothing was imported.");
        }
    }

    private async Task RunBatchedAsync(QueryTransaction tx, CypherStatement statement, IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken ct)
    {
        foreach (var batch in rows.Chunk(_options.ImportBatchSize))
            await tx.RunAsync(statement.Text, Params(("rows", batch)), ct);
    }

    private static Dictionary<string, object?> Params(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    /// <summary>A page row (total, page: [{id, json}]) holding one more node than asked, to tell whether another page follows.</summary>
    private static NodePage ReadPage(QueryRecord row, int first, bool hasPrevious)
    {
        var page = row.GetList("page").Cast<IReadOnlyDictionary<string, object?>>()
            .Select(m => ReadNode(m["id"] as string, m["json"] as string))
            .ToList();
        return new NodePage((int)row.GetInt64("total"), page.Take(first).ToList(), page.Count > first, hasPrevious);
    }

    private static INode ReadNode(string? id, string? json)
    {
        if (id is null || json is null || NodeKinds.FromId(id) is not { } kind)
            throw new InvalidOperationException($"Neo4j holds an entity '{id}' without a known kind or canonical JSON; was it written by this store?");
        return NodeReader.ReadStored(kind, json);
    }
}
