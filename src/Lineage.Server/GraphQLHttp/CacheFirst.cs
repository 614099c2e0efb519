using Lineage.Core.Store;
using Lineage.GraphQL.Limits;
using Lineage.Server.Caching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Lineage.Server.GraphQLHttp;

/// <summary>
/// Kept GraphQL answers served before the IDE, the static files and the endpoint: a widget in a published report asks
/// the same question again and again, and a kept answer should cost little more than sending its bytes. On a miss it
/// leaves where to keep the answer in the request (<see cref="RawRequest.CacheSlot"/>) and the endpoint computes it.
/// </summary>
/// <remarks>
/// The rest ask the cache in the endpoint, once they are read (<see cref="LookUpAsync"/>): a request with an Origin
/// header (the CORS policy, in one place — <see cref="Hosting.GraphQLCors"/> — decides what it may see), a GET without
/// a query string (it may be a browser asking for the IDE), and a POST whose body has not all arrived (reading it
/// waits, under the request's deadline).
/// </remarks>
internal sealed class CacheFirst(RequestDelegate next, ResponseCache cache, ILineageStore store, IOptions<QueryLimitsOptions> limits, string path)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (cache.Enabled
            && (isGet ? request.QueryString.HasValue : HttpMethods.IsPost(request.Method))
            && request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)
            && !request.Headers.ContainsKey(HeaderNames.Origin)
            && RawRequest.TryReadArrived(http, limits.Value.MaxRequestBytes) is { IsReadable: true } raw
            && await LookUpAsync(http, raw, cache, store) is { } kept)
        {
            await GraphQLHttpEndpoint.Answer(http, kept, isGet).ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    /// <summary>
    /// The kept answer to a request read whole, or null — then, if the store told its data version, where to keep the
    /// answer is left in <see cref="RawRequest.CacheSlot"/>. Asked once per request.
    /// </summary>
    public static async ValueTask<CachedResponse?> LookUpAsync(HttpContext http, RawRequest raw, ResponseCache cache, ILineageStore store)
    {
        if (!cache.Enabled || raw.CacheAsked) return null;
        raw.CacheAsked = true;
        if (await RequestDataVersion.TryReadAsync(store, http.RequestAborted) is not { } version) return null;
        var key = AnswerKey.For(raw, http.Request.QueryString.Value, http.Request.Headers[GraphQLHttpEndpoint.CostHeader]);
        if (cache.TryGet(version, key, out var kept)) return kept;
        raw.CacheSlot = (version, key);
        return null;
    }
}
