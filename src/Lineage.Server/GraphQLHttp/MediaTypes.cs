using Microsoft.Net.Http.Headers;

namespace Lineage.Server.GraphQLHttp;

/// <summary>Content negotiation of the GraphQL-over-HTTP spec.</summary>
internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response media type for an Accept header, or null when the client accepts neither JSON type (406).
    /// Without an Accept header, or with only a wildcard, the spec's legacy rule applies: application/json.
    /// </summary>
    public static string? Negotiate(string? accept) => string.IsNullOrWhiteSpace(accept) ? Json : Negotiated.Of(accept);

    public static bool IsJson(string? contentType) => contentType is not null && JsonContent.Of(contentType);

    // A client sends the same Accept and Content-Type on every request: the last answer is kept, not parsed again.
    private static readonly LastAnswer<string?> Negotiated = new(Best);
    private static readonly LastAnswer<bool> JsonContent = new(IsJsonType);

    private static string? Best(string accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept.Split(','), out var types)) return null;
        string? best = null;
        double bestQuality = -1;
        var bestIsExplicit = false;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1.0;
            if (quality <= 0) continue;
            var media = type.MediaType.Value?.ToLowerInvariant();
            // A wildcard gets application/json: it is what every client understands, and what the spec's
            // audits expect for */* (and for a missing Accept header).
            var (candidate, isExplicit) = media switch
            {
                GraphQLResponse => (GraphQLResponse, true),
                Json => (Json, true),
                "application/*" or "*/*" => (Json, false),
                _ => ((string?)null, false),
            };
            if (candidate is null) continue;
            // Higher quality wins; at equal quality a named type beats a wildcard, then the first listed wins.
            if (quality > bestQuality || (quality == bestQuality && isExplicit && !bestIsExplicit))
            {
                best = candidate;
                bestQuality = quality;
                bestIsExplicit = isExplicit;
            }
        }
        return best;
    }

    private static bool IsJsonType(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && string.Equals(type.MediaType.Value, Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Value is null || string.Equals(type.Charset.Value, "utf-8", StringComparison.OrdinalIgnoreCase));

    private sealed class LastAnswer<T>(Func<string, T> compute)
    {
        private sealed record Entry(string Header, T Answer);

        private Entry? _last;

        public T Of(string header)
        {
            var last = Volatile.Read(ref _last);
            if (last is not null && string.Equals(last.Header, header, StringComparison.Ordinal)) return last.Answer;
            var answer = compute(header);
            Volatile.Write(ref _last, new Entry(header, answer));
            return answer;
        }
    }
}
