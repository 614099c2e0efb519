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

    private const string NodeSql =
        "INSERT INTO nodes (id, kind, name_ja, name_en, json) VALUES ($p0, $p1, $p2, $p3, $p4) " +
        "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name_ja = excluded.name_ja, name_en = excluded.name_en, json = excluded.json";
    private const string LinkSql = "INSERT INTO node_links (id, rel, target) VALUES ($p0, $p1, $p2)";
    private const string FactSql = "INSERT INTO node_facts (id, sub_kind, from_fy, to_fy) VALUES ($p0, $p1, $p2, $p3)";
    private const string NameSql = "INSERT INTO search_names (id, kind, name) VALUES ($p0, $p1, $p2)";
    private const string TransferSql =
        "INSERT INTO transfers (id, from_program, to_program, project, from_fy, to_fy, stage_rank, count, cohort, basis) " +
        "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)";

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, WriteStatement> _statements = new(StringComparer.Ordinal);

    // The statements every node or every transfer runs, held apart from the lookup by SQL text that the others go through.
    private WriteStatement? _node, _link, _fact, _name, _transfer;

    /// <param name="transaction">The transaction the statements run in: the connection's only one (SQLite has one per connection).</param>
    public Projections(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (transaction.Connection != connection) throw new ArgumentException("The transaction belongs to another connection.", nameof(transaction));
        _connection = connection;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
        _statements.Clear();
        foreach (var statement in new[] { _node, _link, _fact, _name, _transfer }) statement?.Dispose();
        _node = _link = _fact = _name = _transfer = null;
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
        Prepared(ref _node, NodeSql).Bind(0, node.Id).Bind(1, node.Kind.ToString()).Bind(2, node.Name.Ja).Bind(3, node.Name.En).Bind(4, row.Json).Run();
        // A node the store lacked has no projection rows: they are written with the node, in the same transaction.
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
                Prepared(ref _transfer, TransferSql).Bind(0, t.Id).Bind(1, t.From).Bind(2, t.To).Bind(3, t.Project).Bind(4, t.FromFiscalYear)
                    .Bind(5, t.ToFiscalYear).Bind(6, (int)t.Stage).Bind(7, t.Count).Bind(8, t.Cohort).Bind(9, EnumText.ToText(t.Basis)).Run();
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

    private WriteStatement Prepared(ref WriteStatement? statement, string sql) => statement ??= new WriteStatement(_connection, sql);

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
        foreach (var (relation, target) in row.Links)
            Prepared(ref _link, LinkSql).Bind(0, node.Id).Bind(1, relation.ToString()).Bind(2, target).Run();
        Prepared(ref _fact, FactSql).Bind(0, node.Id).Bind(1, SubKind(node)).Bind(2, row.Years?.From).Bind(3, row.Years?.To).Run();
        var kind = node.Kind.ToString();
        foreach (var name in row.Names)
            Prepared(ref _name, NameSql).Bind(0, node.Id).Bind(1, kind).Bind(2, name).Run();
    }

    private static string? SubKind(INode node) => node switch
    {
        Region r => EnumText.ToText(r.RegionKind),
        Organization o => EnumText.ToText(o.OrganizationKind),
        Outcome o => EnumText.ToText(o.OutcomeKind),
        _ => null,
    };
}
