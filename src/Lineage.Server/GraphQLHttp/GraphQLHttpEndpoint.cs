using System.Globalization;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Lineage.Core.Store;
using Lineage.GraphQL.Errors;
using Lineage.GraphQL.Limits;
using Lineage.Server.Caching;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with application/json, GET with query
/// parameters (queries only), application/graphql-response+json or application/json responses.
/// Every failure is a GraphQL error body with a stable code (<see cref="ErrorCodes"/>): bad input is a 4xx, a request
/// past its deadline a 504; a client that goes away stops the work it started.
/// </summary>
internal static partial class GraphQLHttpEndpoint
{
    /// <summary>HotChocolate's header for the cost estimate: <c>validate</c> (estimate only) or <c>report</c> (run and add it).</summary>
    public const string CostHeader = "GraphQL-Cost";

    public static void MapGraphQLHttp(this IEndpointRouteBuilder app, string path)
    {
        app.MapPost(path, (Func<HttpContext, Task<IResult>>)(http => HandleAsync(http, isGet: false)));
        app.MapGet(path, (Func<HttpContext, Task<IResult>>)(http => HandleAsync(http, isGet: true)));
    }

    private static async Task<IResult> HandleAsync(HttpContext http, bool isGet)
    {
        var raw = await RawRequest.OfAsync(http);
        var accept = raw.Accept;
        if (accept is null) return NotAcceptable(http);
        var services = http.RequestServices;
        var deadline = raw.DeadlineOf(http);
        try
        {
            if (isGet) http.Response.Headers.Vary = "Accept";
            raw.ThrowIfUnreadable();
            var cache = services.GetRequiredService<ResponseCache>();
            if (await CacheFirst.LookUpAsync(http, raw, cache, services.GetRequiredService<ILineageStore>()) is { } kept) return Answer(http, kept, isGet);
            var request = isGet ? GraphQLHttpRequest.FromQueryString(http.Request.QueryString.Value) : GraphQLHttpRequest.FromBody(raw.Body);

            var (result, status) = await ExecuteAsync(http, accept, request, isGet, deadline.Token);
            // A resolver whose store reported the cancellation as its own failure becomes a field error, and GraphQL.NET
            // may finish the other fields: that partial answer is not the answer, the deadline is.
            if (deadline.Expired && result.Errors is { Count: > 0 }) throw new OperationCanceledException(deadline.Token);
            var answer = CachedResponse.Of(await SerializeAsync(services.GetRequiredService<IGraphQLTextSerializer>(), result, deadline.Token), accept + "; charset=utf-8", status);
            // The cache was asked for this request and left where to keep its answer; a kept answer passed every limit
            // when it was computed (the limits do not change while the service runs).
            if (raw.CacheSlot is var (version, key) && AnswerKey.IsKept(result)) cache.Set(version, key, answer);
            return Answer(http, answer, isGet);
        }
        catch (GraphQLHttpException e)
        {
            return Fail(http, accept, e.Code, e.Message);
        }
        catch (OperationCanceledException) when (deadline.Expired && !http.RequestAborted.IsCancellationRequested)
        {
            return Fail(http, accept, ErrorCodes.DeadlineExceeded, string.Create(CultureInfo.InvariantCulture,
                $"The request took longer than {deadline.Timeout.TotalSeconds:0.###} s (Lineage:GraphQL:RequestTimeout) and was stopped."));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody reads an answer, and the work it started has been stopped.
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint));
            LogClientGone(logger);
            return Results.Empty;
        }
    }

    private static async Task<(ExecutionResult Result, int Status)> ExecuteAsync(HttpContext http, string accept, GraphQLHttpRequest request, bool isGet, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var variables = ReadInputs(serializer, request.VariablesJson, "variables");
        var extensions = WithCostHeader(ReadInputs(serializer, request.ExtensionsJson, "extensions"), http.Request.Headers[CostHeader]);

        var result = await services.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = variables;
            options.Extensions = extensions;
            options.RequestServices = services;
            options.CancellationToken = cancellationToken;
            if (isGet)
            {
                options.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(GetOnlyQueries.Instance);
                // It depends on the operation chosen, not the document alone: it runs on a document validated before too.
                options.CachedDocumentValidationRules = [GetOnlyQueries.Instance];
            }
        });

        return (result, ResponseStatus.For(result, accept, isGet));
    }

    /// <summary>GET answers carry an ETag (If-None-Match → 304) and vary by Accept; a 405 names the method that works.</summary>
    internal static CachedAnswer Answer(HttpContext http, CachedResponse answer, bool isGet)
    {
        if (isGet) http.Response.Headers.Vary = "Accept";
        if (answer.Status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        return new CachedAnswer(answer, withValidator: isGet);
    }

    private static async Task<byte[]> SerializeAsync(IGraphQLTextSerializer serializer, ExecutionResult result, CancellationToken cancellationToken)
    {
        await using var buffer = new AnswerBytes();
        await serializer.WriteAsync(buffer, result, cancellationToken);
        return buffer.ToArray();
    }

    private static Inputs? ReadInputs(IGraphQLTextSerializer serializer, string? json, string name)
    {
        if (json is null) return null;
        try
        {
            return serializer.Deserialize<Inputs>(json);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The JSON is valid (StrictJson read it); what fails here is a value GraphQL cannot take, such as a number out of every range.
            throw new GraphQLHttpException(ErrorCodes.BadRequest, $"`{name}` cannot be read as GraphQL input values: {e.GetBaseException().Message}");
        }
    }

    private static Inputs? WithCostHeader(Inputs? extensions, string? header)
    {
        if (string.IsNullOrEmpty(header) || extensions?.ContainsKey(CostExtension.Name) == true) return extensions;
        var merged = extensions?.ToDictionary(p => p.Key, p => p.Value) ?? [];
        merged[CostExtension.Name] = header.Trim().ToLowerInvariant();
        return new Inputs(merged);
    }

    private static GraphQLResult Fail(HttpContext http, string accept, ErrorCode code, string message)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code.Code }] };
        return new GraphQLResult(result, accept, code.HttpStatus, serializer);
    }

    private static IResult NotAcceptable(HttpContext http)
    {
        http.Response.Headers.Append("Vary", "Accept");
        var error = new { message = $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.", extensions = new { code = ErrorCodes.NotAcceptable.Code } };
        return Results.Json(new { errors = new[] { error } }, statusCode: ErrorCodes.NotAcceptable.HttpStatus);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The client left before its GraphQL request was answered; its work was cancelled")]
    private static partial void LogClientGone(ILogger logger);

    private sealed class GraphQLResult(ExecutionResult result, string mediaType, int status, IGraphQLTextSerializer serializer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = mediaType + "; charset=utf-8";
            await serializer.WriteAsync(httpContext.Response.Body, result, httpContext.RequestAborted);
        }
    }
}
