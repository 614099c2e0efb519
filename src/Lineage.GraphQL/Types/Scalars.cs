using GraphQL.Types;
using Lineage.Core.Model;

namespace Lineage.GraphQL.Types;

public sealed class StageType : EnumerationGraphType<Stage>
{
    public StageType()
    {
        Name = "Stage";
        Description = "How far a seed got inside a receiving program, in order: SEED < JOINT_RESEARCH < PROTOTYPE < PRACTICAL < COMMERCIALIZED.";
    }
}

public sealed class MinistryCodeType : EnumerationGraphType<MinistryCode>
{
    public MinistryCodeType()
    {
        Name = "MinistryCode";
        Description = "A ministry of the Japanese government.";
    }
}

public sealed class LangType : EnumerationGraphType<Language>
{
    public LangType()
    {
        Name = "Lang";
        Description = "The language of a name: JA as in the source, EN where an English name exists (falls back to JA).";
    }
}

public sealed class RegionKindType : EnumerationGraphType<RegionKind> { public RegionKindType() => Name = "RegionKind"; }
public sealed class OrganizationKindType : EnumerationGraphType<OrganizationKind> { public OrganizationKindType() => Name = "OrganizationKind"; }
public sealed class OutcomeKindType : EnumerationGraphType<OutcomeKind> { public OutcomeKindType() => Name = "OutcomeKind"; }
public sealed class BudgetKindType : EnumerationGraphType<BudgetKind>
{
    public BudgetKindType()
    {
        Name = "BudgetKind";
        Description = "Which figure of a fiscal year: BUDGET (予算額, 予算), DRAFT (the government's draft budget, 予算案) or REQUEST (a ministry's request, 要求).";
    }
}

public sealed class BasisType : EnumerationGraphType<Basis>
{
    public BasisType()
    {
        Name = "Basis";
        Description = "How sure the dataset is: STATED (a source says it in words) or INFERRED (rebuilt; the fact says how in inference).";
    }
}

public sealed class LinkKindType : EnumerationGraphType<LinkKind>
{
    public LinkKindType()
    {
        Name = "LinkKind";
        Description = "A relation between programs that is not a hand-off: SELECTION_PREFERENCE, JOINT_REVIEW, JOINT_EVENT, POLICY_DIRECTIVE, COORDINATION.";
    }
}

public sealed class OrganizationDateKindType : EnumerationGraphType<OrganizationDateKind> { public OrganizationDateKindType() => Name = "OrganizationDateKind"; }
