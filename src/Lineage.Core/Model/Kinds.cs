namespace Lineage.Core.Model;

/// <summary>Ministries of the Japanese government that appear in the sources.</summary>
public enum MinistryCode { CAO, MIC, MEXT, MHLW, MAFF, METI, MLIT, MOE }

public enum RegionKind { Block, Prefecture, City, Area }

public enum OrganizationKind { University, Company, PublicResearchInstitute, LocalGovernment, Association, Tlo, GovernmentOffice, Other }

public enum BudgetKind { Budget, Request }

public enum OutcomeKind { Product, Venture, Listing, License, Patent, Paper, Sales, EconomicEffect, Jobs, Adoption, SuccessRate, Participation, Other }

/// <summary>The kinds of node in the graph; the id prefix of each is fixed (see <see cref="NodeKinds"/>).</summary>
public enum NodeKind { Source, Ministry, Agency, Program, Region, Organization, Project, ClusterProject, Cohort, Transfer, Outcome }

public static class NodeKinds
{
    /// <summary>Ids are readable slugs whose prefix names the kind, so a reference can be checked without a lookup.</summary>
    public static string Prefix(NodeKind kind) => kind switch
    {
        NodeKind.Source => "source",
        NodeKind.Ministry => "ministry",
        NodeKind.Agency => "agency",
        NodeKind.Program => "program",
        NodeKind.Region => "region",
        NodeKind.Organization => "org",
        NodeKind.Project => "project",
        NodeKind.ClusterProject => "cluster",
        NodeKind.Cohort => "cohort",
        NodeKind.Transfer => "transfer",
        NodeKind.Outcome => "outcome",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static NodeKind? FromId(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return null;
        var prefix = id[..colon];
        foreach (var kind in Enum.GetValues<NodeKind>())
            if (Prefix(kind) == prefix) return kind;
        return null;
    }
}
