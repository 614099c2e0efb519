using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Lineage.Server.Observability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using Xunit.Abstractions;

namespace Lineage.Server.Tests;

/// <summary>
/// The spans of one headline request, caught with OpenTelemetry's in-memory exporter on the service's own tracing
/// configuration: the request, its GraphQL operation (name, document hash, no errors), and the store calls under it.
/// </summary>
public sealed class TelemetryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_headline_request_is_one_trace_request_then_operation_then_store_calls()
    {
        // Our own trace id (W3C traceparent, which the service honours): the listener hears every test host in this
        // process, and this request's spans are the ones of this trace.
        var trace = ActivityTraceId.CreateRandom();
        var spans = new SpansOf(trace);
        using var app = new LineageApp().WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddOpenTelemetry().WithTracing(t =>
            {
                ObservabilityExtensions.ConfigureTracing(t);
                t.AddInMemoryExporter(spans);
            })));
        var query = LineageApp.Query("headline");
        var client = app.CreateClient();
        await client.GetAsync(new Uri("/readyz", UriKind.Relative)); // start-up and seeding out of the way
        spans.Clear();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();
        // The server's request span ends when the host disposes the request, which can come after the client has the
        // whole response (once, on a loaded machine, it had not ended yet when the spans were read).
        await spans.WaitForAsync(s => s.Source.Name == "Microsoft.AspNetCore", TimeSpan.FromSeconds(10));

        foreach (var s in spans.OrderBy(s => s.StartTimeUtc))
            output.WriteLine($"{s.DisplayName} [{s.Kind}] span={s.SpanId} parent={s.ParentSpanId} {string.Join(", ", s.TagObjects.Select(t => $"{t.Key}={Show(t.Value)}"))}");

        var http = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        Assert.Equal("POST /graphql", http.DisplayName);
        var operation = Assert.Single(spans, s => s.Source.Name == "Lineage" && s.OperationName == "graphql");
        Assert.Equal("query MextSeedsThatReachedMetiCommercialization", operation.DisplayName);
        Assert.Equal("MextSeedsThatReachedMetiCommercialization", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(query))), operation.GetTagItem("graphql.document.sha256"));
        Assert.Null(operation.GetTagItem("graphql.error.codes"));
        Assert.Equal(http.SpanId, operation.ParentSpanId);
        Assert.Equal(http.TraceId, operation.TraceId);

        // The response cache reads the data version before the operation runs: a store call of the request itself.
        var version = Assert.Single(spans, s => s.DisplayName == "store GetDataVersionAsync");
        Assert.Equal(http.SpanId, version.ParentSpanId);
        var store = spans.Where(s => s.DisplayName.StartsWith("store ", StringComparison.Ordinal) && s != version).ToList();
        Assert.Contains(store, s => s.DisplayName == "store QueryLineageAsync");
        Assert.All(store, s =>
        {
            Assert.Equal(operation.SpanId, s.ParentSpanId);
            Assert.Equal("sqlite", s.GetTagItem("db.system.name"));
            Assert.Equal(ActivityKind.Client, s.Kind);
        });
        // The engine's own span under the store call that ran it, saying how many paths it found: the headline has one
        // (tests/Fixtures/dataset-answers.json).
        var engine = Assert.Single(spans, s => s.DisplayName == "lineage engine");
        Assert.Equal(store.Single(s => s.DisplayName == "store QueryLineageAsync").SpanId, engine.ParentSpanId);
        Assert.Equal(1, engine.GetTagItem("lineage.paths"));
    }

    [Fact]
    public async Task An_operation_with_an_error_carries_its_code_and_an_error_status()
    {
        var trace = ActivityTraceId.CreateRandom();
        var spans = new SpansOf(trace);
        using var app = new LineageApp().WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddOpenTelemetry().WithTracing(t => { ObservabilityExtensions.ConfigureTracing(t); t.AddInMemoryExporter(spans); })));
        var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("query Bad { lineage(maxHops: 9) { totalCount } }"));
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await client.SendAsync(request);
        app.Services.GetRequiredService<TracerProvider>().ForceFlush();

        var operation = Assert.Single(spans, s => s.OperationName == "graphql");
        Assert.Equal(["INVALID_ARGUMENT"], (string[])operation.GetTagItem("graphql.error.codes")!);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
    }

    [Fact]
    public void Without_an_OTLP_endpoint_nothing_is_registered()
    {
        IConfiguration Settings(params (string Key, string Value)[] values) =>
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
        var unset = Settings();

        Assert.False(ObservabilityExtensions.IsEnabled(unset));
        Assert.True(ObservabilityExtensions.IsEnabled(Settings(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"))));
        Assert.True(ObservabilityExtensions.IsEnabled(Settings(("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:4318/v1/traces"))));
        Assert.False(ObservabilityExtensions.IsEnabled(Settings(("OTEL_EXPORTER_OTLP_ENDPOINT", "http://127.0.0.1:4317"), ("OTEL_SDK_DISABLED", "true"))));
        Assert.Empty(new ServiceCollection().AddLineageObservability(unset));
    }

    /// <summary>The exported spans of one trace; the exporter adds from other threads, so every access is locked.</summary>
    private sealed class SpansOf(ActivityTraceId trace) : ICollection<Activity>
    {
        private readonly List<Activity> _spans = [];

        public int Count { get { lock (_spans) return _spans.Count; } }
        public bool IsReadOnly => false;
        public void Add(Activity item) { if (item.TraceId == trace) lock (_spans) _spans.Add(item); }
        public void Clear() { lock (_spans) _spans.Clear(); }

        /// <summary>Returns once a span matches, or after <paramref name="timeout"/> (the assertions then say what is missing).</summary>
        public async Task WaitForAsync(Func<Activity, bool> match, TimeSpan timeout)
        {
            for (var waited = Stopwatch.StartNew(); waited.Elapsed < timeout; await Task.Delay(10))
                if (this.Any(match)) return;
        }
        public bool Contains(Activity item) { lock (_spans) return _spans.Contains(item); }
        public void CopyTo(Activity[] array, int arrayIndex) { lock (_spans) _spans.CopyTo(array, arrayIndex); }
        public bool Remove(Activity item) { lock (_spans) return _spans.Remove(item); }
        public IEnumerator<Activity> GetEnumerator() { lock (_spans) return _spans.ToList().GetEnumerator(); }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string? Show(object? value) => value is string[] list ? "[" + string.Join(",", list) + "]" : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
}
