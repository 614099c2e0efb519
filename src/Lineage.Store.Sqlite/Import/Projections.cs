using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Lineage.Core.Store;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Import;

/// <summary>
/// Writes nodes and keeps the indexed tables the queries use in step with each node's canonical JSON, inside one
/// transaction. Each statement is prepared once and run with new values for every row: at a million rows, preparing
/// the SQL again for each was most of an import's time.
/// </summary>
internal sealed class Projections : IDisposable
{
    /// <summary>
    /// What writing a node takes that is worked out in .NET rather than SQLite: its canonical JSON and the values of its
    /// exploration rows. Made on another core while the previous batch is written.
    /// </summary>
    public sealed record Row(INode Node, string Json, IReadOnlyList<(Relation Relation, string Target)> Links, (int From, int To)? Years, IReadOnlyList<string> Names)
    {
        public static Row Of(INode node) => new(node, NodeWriter.ToJson(node), Relations.Of(node).Distinct().ToList(), Relations.FiscalYears(node),
            SearchQuery.Searchable.Contains(node.Kind) ? SearchText.NamesOf(node).ToList() : []);
    }

    private static readonly string[] Tables = ["ministries", "agencies", "programs", "regions", "transfers", "links"];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, WriteStatement> _statements = new(StringComparer.Ordinal);

    // The tables every node or every transfer adds rows to, inserted many rows a statement; the others go one by one.
    private readonly BatchedInsert _nodes, _links, _facts, _names, _transfers;

    /// <param name="transaction">The transaction the statements run in: the connection's only one (SQLite has one per connection).</param>
    public Projections(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (transaction.Connection != connection) throw new ArgumentException("The transaction belongs to another connection.", nameof(transaction));
        _connection = connection;
        _nodes = new BatchedInsert(connection, "INSERT INTO nodes (id, kind, name_ja, name_en, json) VALUES", 5,
            "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name_ja = excluded.name_ja, name_en = excluded.name_en, json = excluded.json");
        _links = new BatchedInsert(connection, "INSERT INTO node_links (id, rel, target) VALUES", 3);
        _facts = new BatchedInsert(connection, "INSERT INTO node_facts (id, sub_kind, from_fy, to_fy) VALUES", 4);
        _names = new BatchedInsert(connection, "INSERT INTO search_names (id, kind, name) VALUES", 3);
        _transfers = new BatchedInsert(connection,
            "INSERT INTO transfers (id, from_program, to_program, project, from_fy, to_fy, stage_rank, count, cohort, basis) VALUES", 10);
    }

    private IEnumerable<BatchedInsert> Batched => [_nodes, _links, _facts, _names, _transfers];

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
        foreach (var batched in Batched) batched.Dispose();
    }

    /// <summary>
    /// Inserts the rows <see cref="Write"/> left waiting. Call it before the store is read or changed another way in the
    /// transaction (the next batch is compared with the stored JSON, indexes are built, the transaction commits).
    /// </summary>
    public void Flush()
    {
        foreach (var batched in Batched) batched.Flush();
    }

    /// <summary>Deletes a node and every projection row of it.</summary>
    public void DeleteNode(string id)
    {
        Exec("DELETE FROM nodes WHERE id = $p0", id);
        DeleteProjections(id);
    }

    /// <summary>Writes a node's canonical JSON and its projections; a node the store held before loses its old projection rows first.</summary>
    public void Write(Row row, bool created)
    {
        var node = row.Node;
        _nodes.Add(node.Id).Add(node.Kind.ToString()).Add(node.Name.Ja).Add(node.Name.En).Add(row.Json);
        // A node the store lacked has no projection rows: they are written with the node, in the same transaction. Rows
        // still waiting in the batched inserts are other nodes' (a dataset holds each id once).
        if (!created) DeleteProjections(node.Id);
        AddExploration(row);
        switch (node)
        {
            case Ministry m:
                Exec("INSERT INTO ministries (id, code) VALUES ($p0, $p1)", m.Id, EnumText.ToText(m.Code));
                break;
            case Agency a:
                Exec("INSERT INTO agencies (id, ministry) VALUES ($p0, $p1)", a.Id, a.Ministry);
                break;
            case Program p:
                Exec("INSERT INTO programs (id, run_by, parent, start_fy, end_fy) VALUES ($p0, $p1, $p2, $p3, $p4)",
                    p.Id, p.RunBy, p.Parent, p.StartFiscalYear, p.EndFiscalYear);
                foreach (var region in p.Regions.Distinct())
                    Exec("INSERT INTO program_regions (program, region) VALUES ($p0, $p1)", p.Id, region);
                break;
            case Region r:
                Exec("INSERT INTO regions (id, within) VALUES ($p0, $p1)", r.Id, r.Within);
                break;
            case Project pr:
                foreach (var region in pr.Regions.Distinct())
                    Exec("INSERT INTO project_regions (project, region) VALUES ($p0, $p1)", pr.Id, region);
                break;
            case Transfer t:
                _transfers.Add(t.Id).Add(t.From).Add(t.To).Add(t.Project).Add(t.FromFiscalYear)
                    .Add(t.ToFiscalYear).Add((int)t.Stage).Add(t.Count).Add(t.Cohort).Add(EnumText.ToText(t.Basis));
                break;
            case Link l:
                Exec("INSERT INTO links (id, from_node, to_node, kind) VALUES ($p0, $p1, $p2, $p3)", l.Id, l.From, l.To, EnumText.ToText(l.LinkKind));
                break;
        }
    }

    /// <summary>The version-2 projections (links, facts, search names); also what the v1→v2 migration fills in for stored nodes.</summary>
    public void ReplaceExploration(INode node)
    {
        DeleteExploration(node.Id);
        AddExploration(Row.Of(node));
        Flush();
    }

    /// <summary>Runs one statement of the import's transaction, prepared on first use; values bind to $p0, $p1, … in order.</summary>
    public void Exec(string sql, params object?[] values)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new WriteStatement(_connection, sql);
            _statements[sql] = statement;
        }
        if (statement.Parameters != values.Length)
            throw new ArgumentException($"The statement takes {statement.Parameters} values, {values.Length} were given: {sql}", nameof(values));
        for (var i = 0; i < values.Length; i++) statement.Bind(i, values[i]);
        statement.Run();
    }

    private void DeleteProjections(string id)
    {
        foreach (var table in Tables)
            Exec($"DELETE FROM {table} WHERE id = $p0", id);
        Exec("DELETE FROM program_regions WHERE program = $p0", id);
        Exec("DELETE FROM project_regions WHERE project = $p0", id);
        DeleteExploration(id);
    }

    private void DeleteExploration(string id)
    {
        Exec("DELETE FROM node_links WHERE id = $p0", id);
        Exec("DELETE FROM node_facts WHERE id = $p0", id);
        Exec("DELETE FROM search_names WHERE id = $p0", id);
    }

    private void AddExploration(Row row)
    {
        var node = row.Node;
        foreach (var (relation, target) in row.Links) _links.Add(node.Id).Add(relation.ToString()).Add(target);
        _facts.Add(node.Id).Add(SubKind(node)).Add(row.Years?.From).Add(row.Years?.To);
        var kind = node.Kind.ToString();
        foreach (var name in row.Names) _names.Add(node.Id).Add(kind).Add(name);
    }

    private static string? SubKind(INode node) => node switch
    {
        Region r => EnumText.ToText(r.RegionKind),
        Organization o => EnumText.ToText(o.OrganizationKind),
        Outcome o => EnumText.ToText(o.OutcomeKind),
        _ => null,
    };
}
