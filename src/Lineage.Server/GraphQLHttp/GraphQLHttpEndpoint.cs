using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST with application/json, GET with query
/// parameters (queries only), application/graphql-response+json or application/json responses.
/// Bad input is always a 4xx with a GraphQL error body, never a 500.
/// </summary>
internal static class GraphQLHttpEndpoint
{
    public static void MapGraphQLHttp(this IEndpointRouteBuilder app, string path)
    {
        app.MapPost(path, async (HttpContext http) =>
        {
            var accept = MediaTypes.Negotiate(http.Request.Headers.Accept);
            if (accept is null) return NotAcceptable(http);
            if (!MediaTypes.IsJson(http.Request.ContentType))
                return await Fail(http, accept, StatusCodes.Status415UnsupportedMediaType,
                    $"POST /graphql takes Content-Type: application/json (got '{http.Request.ContentType ?? "none"}').");
            GraphQLHttpRequest request;
            try
            {
                using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                request = GraphQLHttpRequest.FromJson(body.RootElement);
            }
            catch (JsonException e)
            {
                return await Fail(http, accept, StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}");
            }
            catch (BadGraphQLRequestException e)
            {
                return await Fail(http, accept, StatusCodes.Status400BadRequest, e.Message);
            }
            return await Execute(http, accept, request, allowMutation: true);
        });

        app.MapGet(path, async (HttpContext http) =>
        {
            var accept = MediaTypes.Negotiate(http.Request.Headers.Accept);
            if (accept is null) return NotAcceptable(http);
            GraphQLHttpRequest request;
            try
            {
                request = GraphQLHttpRequest.FromQueryString(http.Request.Query);
            }
            catch (BadGraphQLRequestException e)
            {
                return await Fail(http, accept, StatusCodes.Status400BadRequest, e.Message);
            }
            return await Execute(http, accept, request, allowMutation: false);
        });
    }

    private static async Task<IResult> Execute(HttpContext http, string accept, GraphQLHttpRequest request, bool allowMutation)
    {
        var services = http.RequestServices;
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        Inputs? variables;
        try
        {
            variables = request.VariablesJson is null ? null : serializer.Deserialize<Inputs>(request.VariablesJson);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return await Fail(http, accept, StatusCodes.Status400BadRequest, $"`variables` cannot be read: {e.Message}");
        }

        var executer = services.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = variables;
            options.RequestServices = services;
            options.CancellationToken = http.RequestAborted;
            options.User = http.User;
            if (!allowMutation)
                options.ValidationRules = global::GraphQL.Validation.DocumentValidator.CoreRules.Append(GetOnlyQueries.Instance);
        });

        // A request error (parse, validation, variables) means nothing ran: under graphql-response+json
        // that is a 400; under application/json the spec keeps 200 for well-formed requests.
        var status = StatusCodes.Status200OK;
        if (!result.Executed)
        {
            if (result.Errors?.Any(e => e.Code == GetOnlyQueries.Code) == true) status = StatusCodes.Status405MethodNotAllowed;
            else if (accept == MediaTypes.GraphQLResponse) status = StatusCodes.Status400BadRequest;
        }
        if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        return new GraphQLResult(result, accept, status, serializer);
    }

    private static async Task<IResult> Fail(HttpContext http, string accept, int status, string message)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = "BAD_REQUEST" }] };
        await Task.CompletedTask;
        return new GraphQLResult(result, accept, status, serializer);
    }

    private static IResult NotAcceptable(HttpContext http)
    {
        http.Response.Headers.Append("Vary", "Accept");
        return Results.Json(new { errors = new[] { new { message = $"Accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}." } } },
            statusCode: StatusCodes.Status406NotAcceptable);
    }

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
