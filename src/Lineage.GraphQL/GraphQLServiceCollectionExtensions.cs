using System.Text.Encodings.Web;
using System.Text.Unicode;
using GraphQL;
using Lineage.GraphQL.Documents;
using Lineage.GraphQL.Errors;
using Lineage.GraphQL.Limits;
using Lineage.GraphQL.Loaders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lineage.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The Lineage schema, its limits and error mapping; the host adds a store and an HTTP endpoint.</summary>
    public static IServiceCollection AddLineageGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<QueryLimitsOptions>().Bind(configuration.GetSection(QueryLimitsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<RequestLoaders>();
        services.AddScoped<ExplorationLoaders>();
        services.AddGraphQL(b => b
            .AddSchema<LineageSchema>()
            .AddGraphTypes(typeof(LineageSchema).Assembly)
            // Japanese names as UTF-8 text, not \uXXXX escapes: answers stay readable in curl and logs. HTML-sensitive
            // characters (<, >, &, ') are still escaped, so a response is safe wherever it is pasted.
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All))
            // Size, depth, field-merge, fragment-expansion and cost limits, checked before GraphQL.NET parses (RequestGate).
            .ConfigureExecution<RequestGate>()
            // A document sent again is not parsed and validated again (ValidatedDocuments says what still runs).
            .ConfigureExecution<ValidatedDocuments>()
            // Fields one after another: the resolvers answer from memory or through batch loaders (which the serial
            // strategy still batches level by level), so running siblings in parallel only cost its task bookkeeping.
            // Each selection set's fields collected once per type (KeptFieldsStrategy says when).
            .AddExecutionStrategy<Execution.KeptFieldsStrategy>(GraphQLParser.AST.OperationType.Query)
            // extensions.argument on INVALID_ARGUMENT; never exception details, in any environment.
            .AddErrorInfoProvider(_ => new ArgumentErrorInfoProvider(new global::GraphQL.Execution.ErrorInfoProviderOptions { ExposeExceptionDetails = false }))
            .AddUnhandledExceptionHandler(ErrorMapping.Map));
        // A known document's operation without variables is not validated again (KeptValidations says why it may be kept).
        services.RemoveAll<global::GraphQL.Validation.IDocumentValidator>();
        services.AddSingleton<global::GraphQL.Validation.IDocumentValidator>(new KeptValidations(new global::GraphQL.Validation.DocumentValidator()));
        return services;
    }
}
