using System.Net;
using System.Text.Json;

namespace Lineage.Store.Neo4j.Client;

/// <summary>Reads Neo4j's error body (<c>{"errors":[{"code","message"}]}</c>) and decides what is transient.</summary>
internal static class QueryApiErrors
{
    private static readonly HashSet<HttpStatusCode> TransientStatuses =
    [
        HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable, HttpStatusCode.GatewayTimeout,
    ];

    public static bool IsTransientStatus(HttpStatusCode status) => TransientStatuses.Contains(status);

    /// <summary>The first error in the body, or an <c>HTTP.&lt;status&gt;</c> error when the body names none.</summary>
    public static async Task<Neo4jException?> ReadAsync(HttpResponseMessage response, CancellationToken ct)
    {
        // Buffered, so that the resilience predicates and the client can both read the body.
        await response.Content.LoadIntoBufferAsync(ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var error = Parse(text, response.StatusCode);
        if (error is null && !response.IsSuccessStatusCode)
            error = new Neo4jException($"HTTP.{(int)response.StatusCode}", Describe(response, text), response.StatusCode);
        return error;
    }

    public static Neo4jException? Parse(string text, HttpStatusCode status)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in errors.EnumerateArray())
                {
                    var code = e.TryGetProperty("code", out var c) ? c.GetString() : null;
                    var message = e.TryGetProperty("message", out var m) ? m.GetString() : null;
                    return new Neo4jException(code ?? $"HTTP.{(int)status}", message ?? "(no message)", status);
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: a proxy's error page, say. The caller falls back to the status.
        }
        return null;
    }

    /// <summary>Whether a response is a failure worth retrying: a transient status, or Neo4j's own Neo.TransientError.*.</summary>
    public static async ValueTask<bool> IsTransientAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode) return false;
        if (IsTransientStatus(response.StatusCode)) return true;
        var error = await ReadAsync(response, CancellationToken.None);
        return error?.IsTransient == true;
    }

    private static string Describe(HttpResponseMessage response, string body)
    {
        var reason = response.ReasonPhrase ?? response.StatusCode.ToString();
        var snippet = body.Length > 200 ? body[..200] + "…" : body;
        return snippet.Length == 0 ? reason : $"{reason}: {snippet}";
    }
}
