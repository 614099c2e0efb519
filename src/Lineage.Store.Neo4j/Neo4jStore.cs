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
        return result.Single().GetBoolean("empty");
    }

    public async Task<ImportReport> ImportAsync(Dataset dataset, CancellationToken cancellationToken)
    {
        var nodes = dataset.Nodes().Select(n => (Node: n, Json: NodeWriter.ToJson(n))).ToList();
        var counts = new Dictionary<NodeKind, (int Created, int Updated, int Unchanged)>();
        var changed = new List<(INode Node, string Json)>();

        // All or nothing: one explicit transaction, rolled back by disposal unless committed.
        await using var tx = await _client.BeginAsync(cancellationToken);

        // Created, updated or unchanged is decided as SQLite decides it: by comparing the stored canonical JSON.
        var existing = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var batch in nodes.Select(n => n.Node.Id).Chunk(_options.ImportBatchSize))
        {
            var result = await tx.RunAsync(Statements.GetNodes.Text, Params(("ids", batch)), cancellationToken);
            foreach (var r in result.Records) existing[r.GetString("id")!] = r.GetString("json");
        }
        foreach (var (node, json) in nodes)
        {
            counts.TryGetValue(node.Kind, out var k);
            var before = existing.GetValueOrDefault(node.Id);
            if (before == json)
            {
                counts[node.Kind] = k with { Unchanged = k.Unchanged + 1 };
                continue;
            }
            counts[node.Kind] = before is null ? k with { Created = k.Created + 1 } : k with { Updated = k.Updated + 1 };
            changed.Add((node, json));
        }

        // Nodes first, links second: a link may point at a node that comes later in the dataset (a parent program).
        var entities = changed.Where(c => c.Node is not (Transfer or Link)).ToList();
        await RunBatchedAsync(tx, Statements.ImportNodes, entities.Select(c => GraphRows.Node(c.Node, c.Json)).ToList(), cancellationToken);
        foreach (var group in entities.Select(c => GraphRows.Links(c.Node)).OfType<(CypherStatement Statement, Dictionary<string, object?> Row)>()
                     .GroupBy(l => l.Statement.File))
            await RunBatchedAsync(tx, group.First().Statement, group.Select(l => l.Row).ToList(), cancellationToken);

        var transfers = changed.Where(c => c.Node is Transfer).Select(c => GraphRows.Transfer((Transfer)c.Node, c.Json)).ToList();
        await WriteRelationshipsAsync(tx, Statements.ImportTransfers, transfers, "transfers", "a transfer's program", cancellationToken);
        var links = changed.Where(c => c.Node is Link).Select(c => GraphRows.Link((Link)c.Node, c.Json)).ToList();
        await WriteRelationshipsAsync(tx, Statements.ImportLinks, links, "links", "a link's program or coordination body", cancellationToken);

        if (changed.Count > 0) await tx.RunAsync(Statements.BumpDataVersion.Text, null, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        var report = new ImportReport(counts.ToDictionary(p => p.Key, p => new KindCounts(p.Value.Created, p.Value.Updated, p.Value.Unchanged)));
        StoreLog.Imported(_logger, _client.Endpoint, report.Created, report.Updated, report.Unchanged);
        return report;
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
        return ReadPage(result.Single(), query.First, query.After is not null);
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
            var written = (await tx.RunAsync(statement.Text, Params(("rows", batch)), ct)).Single().GetInt64("written");
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
