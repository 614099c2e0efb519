using Lineage.Core.Datasets;
using Lineage.Core.Entities;
using Lineage.Core.Model;
using Lineage.Core.Search;
using Microsoft.Data.Sqlite;

namespace Lineage.Store.Sqlite.Import;

/// <summary>Keeps the indexed tables the queries use in step with a node's canonical JSON.</summary>
internal static class Projections
{
    private static readonly string[] Tables = ["ministries", "agencies", "programs", "regions", "transfers", "links"];

    /// <summary>Removes every projection row of a node (before it is written again, or when an import deletes it).</summary>
    public static async Task DeleteAsync(SqliteConnection c, SqliteTransaction tx, string id, CancellationToken ct)
    {
        foreach (var table in Tables)
            await ExecAsync(c, tx, $"DELETE FROM {table} WHERE id = $id", ct, ("$id", id));
        await ExecAsync(c, tx, "DELETE FROM program_regions WHERE program = $id", ct, ("$id", id));
        await ExecAsync(c, tx, "DELETE FROM project_regions WHERE project = $id", ct, ("$id", id));
        await DeleteExplorationAsync(c, tx, id, ct);
    }

    public static async Task ReplaceAsync(SqliteConnection c, SqliteTransaction tx, INode node, CancellationToken ct)
    {
        await DeleteAsync(c, tx, node.Id, ct);
        await AddExplorationAsync(c, tx, node, ct);

        switch (node)
        {
            case Ministry m:
                await ExecAsync(c, tx, "INSERT INTO ministries (id, code) VALUES ($id, $code)", ct, ("$id", m.Id), ("$code", EnumText.ToText(m.Code)));
                break;
            case Agency a:
                await ExecAsync(c, tx, "INSERT INTO agencies (id, ministry) VALUES ($id, $m)", ct, ("$id", a.Id), ("$m", a.Ministry));
                break;
            case Program p:
                await ExecAsync(c, tx, "INSERT INTO programs (id, run_by, parent, start_fy, end_fy) VALUES ($id, $r, $p, $s, $e)", ct,
                    ("$id", p.Id), ("$r", p.RunBy), ("$p", p.Parent), ("$s", p.StartFiscalYear), ("$e", p.EndFiscalYear));
                foreach (var region in p.Regions.Distinct())
                    await ExecAsync(c, tx, "INSERT INTO program_regions (program, region) VALUES ($id, $r)", ct, ("$id", p.Id), ("$r", region));
                break;
            case Region r:
                await ExecAsync(c, tx, "INSERT INTO regions (id, within) VALUES ($id, $w)", ct, ("$id", r.Id), ("$w", r.Within));
                break;
            case Project pr:
                foreach (var region in pr.Regions.Distinct())
                    await ExecAsync(c, tx, "INSERT INTO project_regions (project, region) VALUES ($id, $r)", ct, ("$id", pr.Id), ("$r", region));
                break;
            case Transfer t:
                await ExecAsync(c, tx,
                    "INSERT INTO transfers (id, from_program, to_program, project, from_fy, to_fy, stage_rank, count, cohort, basis) VALUES ($id, $f, $t, $p, $ff, $tf, $s, $n, $c, $b)", ct,
                    ("$id", t.Id), ("$f", t.From), ("$t", t.To), ("$p", t.Project), ("$ff", t.FromFiscalYear), ("$tf", t.ToFiscalYear),
                    ("$s", (int)t.Stage), ("$n", t.Count), ("$c", t.Cohort), ("$b", EnumText.ToText(t.Basis)));
                break;
            case Link l:
                await ExecAsync(c, tx, "INSERT INTO links (id, from_node, to_node, kind) VALUES ($id, $f, $t, $k)", ct,
                    ("$id", l.Id), ("$f", l.From), ("$t", l.To), ("$k", EnumText.ToText(l.LinkKind)));
                break;
        }
    }

    /// <summary>The version-2 projections (links, facts, search names); also what the v1→v2 migration fills in for stored nodes.</summary>
    public static async Task ReplaceExplorationAsync(SqliteConnection c, SqliteTransaction tx, INode node, CancellationToken ct)
    {
        await DeleteExplorationAsync(c, tx, node.Id, ct);
        await AddExplorationAsync(c, tx, node, ct);
    }

    private static async Task DeleteExplorationAsync(SqliteConnection c, SqliteTransaction tx, string id, CancellationToken ct)
    {
        await ExecAsync(c, tx, "DELETE FROM node_links WHERE id = $id", ct, ("$id", id));
        await ExecAsync(c, tx, "DELETE FROM node_facts WHERE id = $id", ct, ("$id", id));
        await ExecAsync(c, tx, "DELETE FROM search_names WHERE id = $id", ct, ("$id", id));
    }

    private static async Task AddExplorationAsync(SqliteConnection c, SqliteTransaction tx, INode node, CancellationToken ct)
    {
        foreach (var (relation, target) in Relations.Of(node).Distinct())
            await ExecAsync(c, tx, "INSERT INTO node_links (id, rel, target) VALUES ($id, $rel, $t)", ct, ("$id", node.Id), ("$rel", relation.ToString()), ("$t", target));
        var years = Relations.FiscalYears(node);
        await ExecAsync(c, tx, "INSERT INTO node_facts (id, sub_kind, from_fy, to_fy) VALUES ($id, $k, $f, $t)", ct,
            ("$id", node.Id), ("$k", SubKind(node)), ("$f", years?.From), ("$t", years?.To));
        if (SearchQuery.Searchable.Contains(node.Kind))
            foreach (var name in SearchText.NamesOf(node))
                await ExecAsync(c, tx, "INSERT INTO search_names (id, kind, name) VALUES ($id, $kind, $name)", ct, ("$id", node.Id), ("$kind", node.Kind.ToString()), ("$name", name));
    }

    private static string? SubKind(INode node) => node switch
    {
        Region r => EnumText.ToText(r.RegionKind),
        Organization o => EnumText.ToText(o.OrganizationKind),
        Outcome o => EnumText.ToText(o.OutcomeKind),
        _ => null,
    };

    internal static async Task ExecAsync(SqliteConnection c, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
