using System.Globalization;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Lineage.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace Lineage.GraphQL.Limits;

/// <summary>
/// Every request passes here before GraphQL.NET parses, validates or executes it: the document's text is measured
/// (<see cref="DocumentScan"/>), parsed with a nesting limit, walked once (<see cref="SelectionWalk"/>) and costed
/// (<see cref="CostModel"/>). A request over a limit is answered with one error naming the limit and its setting, and
/// nothing else runs — so no request costs more than its size allows, whichever transport sent it.
/// It also answers <see cref="CostExtension"/> (the estimate, with or without running the query).
/// </summary>
internal sealed class RequestGate(IOptions<QueryLimitsOptions> options) : IConfigureExecution
{
    /// <summary>Nesting of selection sets, input objects and lists the parser accepts (GraphQL-Parser's own guard against deep recursion).</summary>
    public const int ParserMaxDepth = 64;

    private static readonly GraphQLDocumentBuilder Parser = new() { MaxDepth = ParserMaxDepth };
    private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> Sizes = new();

    /// <summary>
    /// The cost of an operation of a document kept by <see cref="Documents.ValidatedDocuments"/>, asked again without
    /// variables: the walk depends on nothing else (the limits are fixed while the service runs), so it is done once.
    /// Only analyses that passed every limit are kept; a document parsed anew is a new key.
    /// </summary>
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, StrongBox<double>> CostWithoutVariables = new();

    public float SortOrder => 0;

    // Not async itself: a request that passes goes on to execution without a state machine of its own.
    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions execution, ExecutionDelegate next)
    {
        var limits = options.Value;
        var cancellationToken = execution.CancellationToken;
        cancellationToken.ThrowIfCancellationRequested();
        if (!TryReadCostMode(execution.Extensions, out var mode)) return Refused(new LimitError(ErrorCodes.BadRequest, $"extensions.{CostExtension.Name} must be \"{CostExtension.Validate}\" (estimate only) or \"{CostExtension.Report}\" (run and add the estimate)."));

        if (execution.Document is null && execution.Query is not null)
        {
            if (DocumentScan.Check(execution.Query, limits, cancellationToken) is { } textError) return Refused(textError);
            try
            {
                execution.Document = Parser.Build(execution.Query);
            }
            catch (GraphQLMaxDepthExceededException)
            {
                return Refused(new LimitError(ErrorCodes.MaxDepth,
                    $"The document nests selection sets, input objects or lists more than {ParserMaxDepth} levels deep."));
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
        if (execution.Document is not { } document || execution.Schema is not { } schema) return next(execution);
        if (!schema.Initialized) schema.Initialize();

        // Every operation, not only the one to run: validation reads the whole document, and GraphQL.NET's fails
        // (an InvalidOperationException) on an operation type the schema lacks. A loop, not LINQ: it runs on every request.
        foreach (var definition in document.Definitions)
            if (definition is GraphQLOperationDefinition unsupported && RootOf(schema, unsupported.Operation) is null)
                return Refused(new LimitError(ErrorCodes.UnsupportedOperation,
                    $"This API is read-only: it has no {unsupported.Operation.ToString().ToLowerInvariant()}s; send a query.", document.Source, unsupported));
        var operation = Select(document, execution.OperationName);

        double cost;
        var memo = operation is not null && execution.Variables is not { Count: > 0 } ? operation : null;
        try
        {
            if (memo is not null && CostWithoutVariables.TryGetValue(memo, out var known)) cost = known.Value;
            else
            {
                cost = Analyze(schema, document, operation, execution.Variables ?? Inputs.Empty, limits, cancellationToken);
                if (memo is not null) CostWithoutVariables.AddOrUpdate(memo, new StrongBox<double>(cost));
            }
        }
        catch (LimitExceededException e)
        {
            return Refused(e.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            return Refused(new LimitError(ErrorCodes.MaxDepth, "The document's fragments nest too deeply to analyse."));
        }

        if (cost > limits.MaxComplexity)
        {
            var refused = Refuse(new LimitError(ErrorCodes.MaxComplexity,
                $"Query is too complex: complexity {cost.ToString("0", CultureInfo.InvariantCulture)} exceeds the limit of {limits.MaxComplexity} (Lineage:GraphQL:MaxComplexity). "
                + "Ask for smaller pages (first), fewer hops (maxHops) or fewer nested lists."));
            refused.Extensions = CostReport(cost, limits);
            return Task.FromResult(refused);
        }
        if (mode == CostMode.Validate) return Task.FromResult(new ExecutionResult { Extensions = CostReport(cost, limits) });
        return mode == CostMode.Report ? ReportedAsync(execution, next, cost, limits) : next(execution);
    }

    private static async Task<ExecutionResult> ReportedAsync(ExecutionOptions execution, ExecutionDelegate next, double cost, QueryLimitsOptions limits)
    {
        var result = await next(execution);
        (result.Extensions ??= [])[CostExtension.Name] = CostReport(cost, limits)[CostExtension.Name];
        return result;
    }

    /// <summary>Walks every operation and unused fragment (validation reads them all) and returns the selected operation's cost.</summary>
    private static double Analyze(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition? selected, Inputs variables, QueryLimitsOptions limits, CancellationToken cancellationToken)
    {
        var walk = new SelectionWalk(schema, document, limits, cancellationToken);
        var sizes = Sizes.GetValue(schema, s => new IntrospectionSizes(s));
        double cost = 0;
        foreach (var operation in document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var operationCost = walk.Operation(operation, new CostModel(sizes, new ArgumentValues(operation, variables)));
            if (operation == selected) cost = operationCost;
        }
        walk.UnusedFragments(new CostModel(sizes, new ArgumentValues(null, variables)));
        return cost;
    }

    private static IObjectGraphType? RootOf(ISchema schema, OperationType type) => type switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };

    /// <summary>The operation GraphQL.NET will run, or null when it will report that there is none (or no single one).</summary>
    private static GraphQLOperationDefinition? Select(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation) continue;
            if (operationName is null)
            {
                if (found is not null) return null; // more than one, and none named
                found = operation;
            }
            else if (operation.Name is not null && operation.Name.StringValue == operationName) return operation;
        }
        return operationName is null ? found : null;
    }

    private static Dictionary<string, object?> CostReport(double cost, QueryLimitsOptions limits) => new()
    {
        [CostExtension.Name] = new Dictionary<string, object?>
        {
            ["estimated"] = (long)Math.Min(Math.Ceiling(cost), long.MaxValue),
            ["limit"] = limits.MaxComplexity,
        },
    };

    private static bool TryReadCostMode(Inputs? extensions, out CostMode mode)
    {
        mode = CostMode.None;
        if (extensions is null || !extensions.TryGetValue(CostExtension.Name, out var value) || value is null) return true;
        mode = value switch
        {
            CostExtension.Validate => CostMode.Validate,
            CostExtension.Report => CostMode.Report,
            _ => CostMode.Invalid,
        };
        return mode != CostMode.Invalid;
    }

    private static ExecutionResult Refuse(LimitError error) => new() { Errors = [error] };

    private static Task<ExecutionResult> Refused(LimitError error) => Task.FromResult(Refuse(error));

    private enum CostMode { None, Validate, Report, Invalid }
}
