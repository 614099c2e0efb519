using Lineage.Conformance.Cases;
using Lineage.Core.Entities;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Xunit;

namespace Lineage.Conformance;

/// <summary>What every store must answer for <see cref="IEntityQueries"/>; expected answers in tests/Fixtures/entity-cases.json.</summary>
public abstract class EntityConformance : CapabilityConformance
{
    private static readonly (string Fixture, IReadOnlyList<(string Name, System.Text.Json.JsonElement Query, System.Text.Json.JsonElement Expect)> Cases) File = CaseFile.Load("entity-cases.json");

    public static TheoryData<string> CaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var c in File.Cases) data.Add(c.Name);
        return data;
    }

    private static EntityQuery Read(System.Text.Json.JsonElement q) => new(
        Kind(q.GetProperty("kind").GetString()!),
        CaseFile.Strings(q, "ministries")?.Select(Enum.Parse<MinistryCode>).ToList(),
        CaseFile.Strings(q, "agencies"),
        CaseFile.Strings(q, "kinds"),
        CaseFile.Strings(q, "regions"),
        CaseFile.Strings(q, "programs"),
        CaseFile.Strings(q, "projects"),
        CaseFile.Strings(q, "organizations"),
        CaseFile.String(q, "parent"),
        CaseFile.Int(q, "fiscalYearFrom"),
        CaseFile.Int(q, "fiscalYearTo"),
        CaseFile.String(q, "minStage") is { } stage ? ParseEnum<Stage>(stage) : null,
        CaseFile.String(q, "nameContains"),
        LineageQuery.MaxPageSize);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Entity_filters_answer_the_expected_ids(string caseName)
    {
        var c = File.Cases.Single(x => x.Name == caseName);
        await ImportAsync(File.Fixture);

        var page = await Port<IEntityQueries>().ListEntitiesAsync(Read(c.Query), CancellationToken.None);

        var expected = CaseFile.Strings(c.Expect);
        Assert.Equal(expected, page.Nodes.Select(n => n.Id));
        Assert.Equal(expected.Count, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [Theory]
    [InlineData("Organization")]
    [InlineData("Transfer")]
    [InlineData("Outcome")]
    public async Task Pages_of_one_return_every_entity_once_in_id_order(string kind)
    {
        await ImportAsync(File.Fixture);
        var entities = Port<IEntityQueries>();
        var all = await entities.ListEntitiesAsync(new EntityQuery(Kind(kind), First: LineageQuery.MaxPageSize), CancellationToken.None);

        var seen = new List<string>();
        string? after = null;
        for (var pages = 0; pages <= all.TotalCount; pages++)
        {
            var page = await entities.ListEntitiesAsync(new EntityQuery(Kind(kind), First: 1, After: after), CancellationToken.None);
            Assert.Equal(all.TotalCount, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Nodes.Select(n => n.Id));
            if (!page.HasNextPage) break;
            after = page.EndCursor;
        }
        Assert.Equal(all.Nodes.Select(n => n.Id), seen);
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_filter_that_does_not_apply_to_the_kind_is_refused_naming_it()
    {
        await ImportAsync(File.Fixture);
        var e = await Assert.ThrowsAsync<InvalidQueryException>(() =>
            Port<IEntityQueries>().ListEntitiesAsync(new EntityQuery(NodeKind.Region, Ministries: [MinistryCode.MEXT]), CancellationToken.None));
        Assert.Equal("where.ministries", e.Argument);
    }

    [Fact]
    public async Task Children_of_programs_come_batched_with_their_parent()
    {
        await ImportAsync(File.Fixture);
        var refs = await Port<IEntityQueries>().GetReferencingAsync(NodeKind.Program, Relation.Parent, ["program:mext-alpha", "program:meti-gamma"], CancellationToken.None);
        Assert.Equal([("program:mext-alpha", "program:mext-alpha-1")], refs.Select(r => (r.Target, r.Node.Id)));
    }

    [Fact]
    public async Task Transfers_of_projects_come_per_project_in_fiscal_year_order()
    {
        await ImportAsync(File.Fixture);
        var refs = await Port<IEntityQueries>().GetReferencingAsync(NodeKind.Transfer, Relation.Project, ["project:seed-one", "project:seed-four"], CancellationToken.None);
        Assert.Equal(
            [("project:seed-four", "transfer:s4-a"), ("project:seed-four", "transfer:s4-b"), ("project:seed-four", "transfer:s4-c"),
             ("project:seed-one", "transfer:s1-a"), ("project:seed-one", "transfer:s1-b")],
            refs.Select(r => (r.Target, r.Node.Id)));
    }

    [Fact]
    public async Task Projects_of_an_organization_come_through_their_participants()
    {
        await ImportAsync(File.Fixture);
        var refs = await Port<IEntityQueries>().GetReferencingAsync(NodeKind.Project, Relation.Participant, ["org:hama-med", "org:hamamatsu-city"], CancellationToken.None);
        Assert.Equal([("org:hama-med", "project:seed-one")], refs.Select(r => (r.Target, r.Node.Id)));
    }
}
