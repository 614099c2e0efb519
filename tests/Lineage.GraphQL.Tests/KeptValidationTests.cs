using GraphQL.Validation;
using Lineage.GraphQL.Documents;

namespace Lineage.GraphQL.Tests;

/// <summary>
/// A known document's operation without variables is validated once and its parsed arguments reused; anything that
/// could make the result differ — variables, the full rule set of a first sight, a rule that is not document-only, a
/// failed validation — is validated every time. Answers are the same either way.
/// </summary>
public sealed class KeptValidationTests(GraphQLHarness harness) : IClassFixture<GraphQLHarness>
{
    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator _inner = new();
        public int Calls;
        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Calls++;
            return _inner.ValidateAsync(options);
        }
    }

    private static readonly string[] Mext = ["MEXT"];
    private static readonly string[] Meti = ["METI"];

    private sealed class AnyRule : ValidationRuleBase;

    private sealed class DocumentOnly : ValidationRuleBase, IDocumentOnlyRule;

    /// <summary>Options for one request of <paramref name="query"/>'s document (parsed once: kept results go with the document).</summary>
    private Func<IEnumerable<IValidationRule>?, ValidationOptions> Requests(string query)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().First();
        return rules => new ValidationOptions { Schema = harness.Schema, Document = document, Operation = operation, Rules = rules, Variables = global::GraphQL.Inputs.Empty };
    }

    [Fact]
    public async Task Only_a_passed_validation_of_an_operation_without_variables_under_document_only_rules_is_kept()
    {
        var counting = new CountingValidator();
        var kept = new KeptValidations(counting);

        var literal = Requests("{ __typename }");
        await kept.ValidateAsync(literal([]));
        await kept.ValidateAsync(literal([]));
        Assert.Equal(1, counting.Calls);
        await kept.ValidateAsync(literal([new DocumentOnly()])); // another rule set: validated, then kept
        await kept.ValidateAsync(literal([new DocumentOnly()]));
        Assert.Equal(2, counting.Calls);
        await kept.ValidateAsync(Requests("{ __typename }")([])); // the same text, another document: validated
        Assert.Equal(3, counting.Calls);

        await kept.ValidateAsync(literal(null)); // the core rules: a first sight, never kept
        await kept.ValidateAsync(literal(null));
        await kept.ValidateAsync(literal([new AnyRule()]));
        await kept.ValidateAsync(literal([new AnyRule()]));
        Assert.Equal(7, counting.Calls);

        var withVariables = Requests("query ($n: Int) { programs(first: $n) { totalCount } }");
        await kept.ValidateAsync(withVariables([]));
        await kept.ValidateAsync(withVariables([]));
        Assert.Equal(9, counting.Calls);

        var failing = Requests("{ __typename }");
        Assert.False((await kept.ValidateAsync(failing([new FailingRule()]))).IsValid);
        Assert.False((await kept.ValidateAsync(failing([new FailingRule()]))).IsValid);
        Assert.Equal(11, counting.Calls);
    }

    private sealed class FailingRule : ValidationRuleBase, IDocumentOnlyRule
    {
        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(
            new MatchingNodeVisitor<GraphQLParser.AST.GraphQLField>((_, ctx) => ctx.ReportError(new ValidationError("no"))));
    }

    [Fact]
    public async Task A_question_with_literal_arguments_asked_again_gets_the_answer_the_same_question_with_variables_gets()
    {
        const string Literal = "{ lineage(from: {ministries: [MEXT]}, to: {ministries: [METI]}, minStage: PROTOTYPE, maxHops: 3) { totalCount nodes { key reachedStage } } }";
        const string Other = "{ lineage(from: {ministries: [MEXT]}, minStage: COMMERCIALIZED) { totalCount nodes { key reachedStage } } }";
        const string WithVariables = "query ($from: ProgramSelector, $to: ProgramSelector, $minStage: Stage, $maxHops: Int) { lineage(from: $from, to: $to, minStage: $minStage, maxHops: $maxHops) { totalCount nodes { key reachedStage } } }";

        var expected = (await harness.DataAsync(WithVariables, GraphQLHarness.Variables(new { from = new { ministries = Mext }, to = new { ministries = Meti }, minStage = "PROTOTYPE", maxHops = 3 }))).ToJsonString();
        var otherExpected = (await harness.DataAsync(Other)).ToJsonString();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected, (await harness.DataAsync(Literal)).ToJsonString());
            Assert.Equal(otherExpected, (await harness.DataAsync(Other)).ToJsonString());
        }
        Assert.NotEqual(expected, otherExpected);
    }
}
