using Lineage.Core.Model;

namespace Lineage.Core.Entities;

/// <summary>The references of a node as (relation, target) pairs, computed once here so every store links the same things.</summary>
public static class Relations
{
    /// <summary>The "to" year of something still running.</summary>
    public const int OpenEnd = 9999;

    public static IEnumerable<(Relation Relation, string Target)> Of(INode node)
    {
        switch (node)
        {
            case Program p:
                if (p.RunBy is not null) yield return (Relation.RunBy, p.RunBy);
                // A joint runner runs the program as much as the lead does: its programs and selectors include it.
                foreach (var r in p.AlsoRunBy.Distinct(StringComparer.Ordinal)) yield return (Relation.RunBy, r);
                if (p.Parent is not null) yield return (Relation.Parent, p.Parent);
                foreach (var r in p.Regions.Distinct(StringComparer.Ordinal)) yield return (Relation.Region, r);
                break;
            case Region r when r.Within is not null:
                yield return (Relation.Within, r.Within);
                break;
            case Organization o when o.LocatedIn is not null:
                yield return (Relation.Region, o.LocatedIn);
                break;
            case Project pr:
                foreach (var r in pr.Regions.Distinct(StringComparer.Ordinal)) yield return (Relation.Region, r);
                foreach (var o in pr.Participants.Select(x => x.Organization).Distinct(StringComparer.Ordinal)) yield return (Relation.Participant, o);
                break;
            case ClusterProject c:
                yield return (Relation.Program, c.Program);
                foreach (var r in c.Regions.Distinct(StringComparer.Ordinal)) yield return (Relation.Region, r);
                if (c.Office is not null) yield return (Relation.Office, c.Office);
                if (c.PartOf is not null) yield return (Relation.Parent, c.PartOf);
                break;
            case Transfer t:
                if (t.Project is not null) yield return (Relation.Project, t.Project);
                if (t.Cohort is not null) yield return (Relation.Cohort, t.Cohort);
                break;
            case Link l:
                yield return (Relation.Linked, l.From);
                if (l.To != l.From) yield return (Relation.Linked, l.To);
                break;
            case Outcome o:
                if (o.Project is not null) yield return (Relation.Project, o.Project);
                if (o.Program is not null) yield return (Relation.Program, o.Program);
                if (o.ClusterProject is not null) yield return (Relation.ClusterProject, o.ClusterProject);
                if (o.Cohort is not null) yield return (Relation.Cohort, o.Cohort);
                break;
        }
    }

    /// <summary>
    /// The fiscal years a node covers, for the fiscal-year filter: a program's run (and budget years), a transfer's
    /// hand-off, the year of an outcome's or participation's as-of date, a source's date. Null: no years known.
    /// A date in January–March belongs to the fiscal year before (Japan's fiscal year starts in April).
    /// </summary>
    public static (int From, int To)? FiscalYears(INode node)
    {
        IEnumerable<int?> years = node switch
        {
            Program p => [p.StartFiscalYear, p.EndFiscalYear, .. p.Budgets.Select(b => (int?)b.FiscalYear)],
            Transfer t => [t.FromFiscalYear, t.ToFiscalYear],
            Outcome o => [FiscalYearOf(o.AsOf)],
            Source s => [FiscalYearOf(s.Date)],
            ClusterProject c => c.Participation.Select(p => FiscalYearOf(p.AsOf)),
            _ => [],
        };
        var known = years.OfType<int>().ToList();
        if (known.Count == 0) return null;
        // A program that has started and names no end is still running: open-ended.
        var to = node is Program { StartFiscalYear: not null, EndFiscalYear: null } ? OpenEnd : known.Max();
        return (known.Min(), to);
    }

    /// <summary>2009 → 2009; 2009-03 or 2009-03-31 → 2008; 2009-06 → 2009; anything else → null.</summary>
    public static int? FiscalYearOf(string? date)
    {
        if (date is null || date.Length < 4 || !int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            return null;
        if (date.Length >= 7 && date[4] == '-' && int.TryParse(date.AsSpan(5, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 3)
            return year - 1;
        return year;
    }
}
