namespace Lineage.Core.Model;

/// <summary>Ministries of the Japanese government that appear in the sources.</summary>
public enum MinistryCode { CAO, MIC, MEXT, MHLW, MAFF, METI, MLIT, MOE }

public enum RegionKind { Block, Prefecture, City, Area }

/// <summary>What an organization is; <see cref="CoordinationBody"/> is a council or liaison body of ministries and programs
/// (地域クラスター推進協議会, 地域ブロック協議会), named so a <see cref="Link"/> can point at it.</summary>
public enum OrganizationKind { University, Company, PublicResearchInstitute, LocalGovernment, Association, Tlo, GovernmentOffice, Other, CoordinationBody }

/// <summary>Which figure of a fiscal year a budget is: the budget (予算額, 予算), the government's draft budget (予算案) or a
/// ministry's request (要求, 新規要求).</summary>
public enum BudgetKind { Budget, Draft, Request }

/// <summary>
/// How sure the dataset is of a fact. STATED: a source says it in words. INFERRED: it was rebuilt (from a table's layout,
/// from an example, from the order of events) and the fact carries its <c>inference</c>: how.
/// </summary>
public enum Basis { Stated, Inferred }

/// <summary>How two programs (or a program and a coordination body) are related, when the relation is not a hand-off of seeds.</summary>
public enum LinkKind
{
    /// <summary>One program's selection rules favour or require the other's results (他府省連携枠, 「国の施策との関連があれば配慮」).</summary>
    SelectionPreference,
    /// <summary>The programs' staff sit on each other's selection panels.</summary>
    JointReview,
    /// <summary>The programs hold events together: result presentations, forums, seminars.</summary>
    JointEvent,
    /// <summary>A program's stated policy is to use, or to carry its results into, the other's measures.</summary>
    PolicyDirective,
    /// <summary>The programs cooperate, or a program works through a coordination body (協議会, 連絡会議).</summary>
    Coordination,
}

/// <summary>A dated event in an organization's life that a source states.</summary>
public enum OrganizationDateKind { Founded, Listed }

public enum OutcomeKind { Product, Venture, Listing, License, Patent, Paper, Sales, EconomicEffect, Jobs, Adoption, SuccessRate, Participation, Other }

/// <summary>The kinds of node in the graph; the id prefix of each is fixed (see <see cref="NodeKinds"/>).</summary>
public enum NodeKind { Source, Ministry, Agency, Program, Region, Organization, Project, ClusterProject, Cohort, Transfer, Outcome, Link }

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
        NodeKind.Link => "link",
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
