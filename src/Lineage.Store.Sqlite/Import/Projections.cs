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
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public Projections(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }

    /// <summary>Deletes a node and every projection row of it.</summary>
    public async Task DeleteNodeAsync(string id, CancellationToken ct)
    {
        await ExecAsync("DELETE FROM nodes WHERE id = $p0", ct, id);
        await DeleteProjectionsAsync(id, ct);
    }

    /// <summary>Writes a node's canonical JSON and its projections; a node the store held before loses its old projection rows first.</summary>
    public async Task WriteAsync(Row row, bool created, CancellationToken ct)
    {
        var node = row.Node;
        await ExecAsync(
            "INSERT INTO nodes (id, kind, name_ja, name_en, json) VALUES ($p0, $p1, $p2, $p3, $p4) " +
            "ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name_ja = excluded.name_ja, name_en = excluded.name_en, json = excluded.json",
            ct, node.Id, node.Kind.ToString(), node.Name.Ja, node.Name.En, row.Json);
        // A node the store lacked has no projection rows: they are written with the node, in the same transaction.
        if (!created) await DeleteProjectionsAsync(node.Id, ct);
        await AddExplorationAsync(row, ct);
        switch (node)
        {
            case Ministry m:
                await ExecAsync("INSERT INTO ministries (id, code) VALUES ($p0, $p1)", ct, m.Id, EnumText.ToText(m.Code));
                break;
            case Agency a:
                await ExecAsync("INSERT INTO agencies (id, ministry) VALUES ($p0, $p1)", ct, a.Id, a.Ministry);
                break;
            case Program p:
                await ExecAsync("INSERT INTO programs (id, run_by, parent, start_fy, end_fy) VALUES ($p0, $p1, $p2, $p3, $p4)", ct,
                    p.Id, p.RunBy, p.Parent, p.StartFiscalYear, p.EndFiscalYear);
                foreach (var region in p.Regions.Distinct())
                    await ExecAsync("INSERT INTO program_regions (program, region) VALUES ($p0, $p1)", ct, p.Id, region);
                break;
            case Region r:
                await ExecAsync("INSERT INTO regions (id, within) VALUES ($p0, $p1)", ct, r.Id, r.Within);
                break;
            case Project pr:
                foreach (var region in pr.Regions.Distinct())
                    await ExecAsync("INSERT INTO project_regions (project, region) VALUES ($p0, $p1)", ct, pr.Id, region);
                break;
            case Transfer t:
                await ExecAsync(
                    "INSERT INTO transfers (id, from_program, to_program, project, from_fy, to_fy, stage_rank, count, cohort, basis) " +
                    "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)", ct,
                    t.Id, t.From, t.To, t.Project, t.FromFiscalYear, t.ToFiscalYear, (int)t.Stage, t.Count, t.Cohort, EnumText.ToText(t.Basis));
                break;
            case Link l:
                await ExecAsync("INSERT INTO links (id, from_node, to_node, kind) VALUES ($p0, $p1, $p2, $p3)", ct, l.Id, l.From, l.To, EnumText.ToText(l.LinkKind));
                break;
        }
    }

    /// <summary>The version-2 projections (links, facts, search names); also what the v1→v2 migration fills in for stored nodes.</summary>
    public async Task ReplaceExplorationAsync(INode node, CancellationToken ct)
    {
        await DeleteExplorationAsync(node.Id, ct);
        await AddExplorationAsync(Row.Of(node), ct);
    }

    /// <summary>Runs one statement of the import's transaction, prepared on first use; values bind to $p0, $p1, … in order.</summary>
    public async Task ExecAsync(string sql, CancellationToken ct, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            _commands[sql] = command;
        }
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task DeleteProjectionsAsync(string id, CancellationToken ct)
    {
        foreach (var table in Tables)
            await ExecAsync($"DELETE FROM {table} WHERE id = $p0", ct, id);
        await ExecAsync("DELETE FROM program_regions WHERE program = $p0", ct, id);
        await ExecAsync("DELETE FROM project_regions WHERE project = $p0", ct, id);
        await DeleteExplorationAsync(id, ct);
    }

    private async Task DeleteExplorationAsync(string id, CancellationToken ct)
    {
        await ExecAsync("DELETE FROM node_links WHERE id = $p0", ct, id);
        await ExecAsync("DELETE FROM node_facts WHERE id = $p0", ct, id);
        await ExecAsync("DELETE FROM search_names WHERE id = $p0", ct, id);
    }

    private async Task AddExplorationAsync(Row row, CancellationToken ct)
    {
        var node = row.Node;
        foreach (var (relation, target) in row.Links)
            await ExecAsync("INSERT INTO node_links (id, rel, target) VALUES ($p0, $p1, $p2)", ct, node.Id, relation.ToString(), target);
        await ExecAsync("INSERT INTO node_facts (id, sub_kind, from_fy, to_fy) VALUES ($p0, $p1, $p2, $p3)", ct, node.Id, SubKind(node), row.Years?.From, row.Years?.To);
        foreach (var name in row.Names)
            await ExecAsync("INSERT INTO search_names (id, kind, name) VALUES ($p0, $p1, $p2)", ct, node.Id, node.Kind.ToString(), name);
    }

    private static string? SubKind(INode node) => node switch
    {
        Region r => EnumText.ToText(r.RegionKind),
        Organization o => EnumText.ToText(o.OrganizationKind),
        Outcome o => EnumText.ToText(o.OutcomeKind),
        _ => null,
    };
}
