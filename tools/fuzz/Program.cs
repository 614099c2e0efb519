using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Lineage.Fuzz;

// Probes a running Lineage server (README: tools/fuzz/README.md):
//   dotnet run --project tools/fuzz -- fuzz    [--url URL] [--count N] [--seed S]
//   dotnet run --project tools/fuzz -- amplify [--url URL] [--pid PID]
var mode = args.FirstOrDefault() ?? "fuzz";
string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, "--" + name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
var url = new Uri(Option("url", "http://127.0.0.1:5000/graphql"));
using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };

return mode switch
{
    "fuzz" => await Fuzz(int.Parse(Option("count", "12000"), CultureInfo.InvariantCulture), int.Parse(Option("seed", "12"), CultureInfo.InvariantCulture)),
    "amplify" => await Amplify(Option("pid", "")),
    _ => Usage(),
};

async Task<int> Fuzz(int count, int seed)
{
    var statuses = new SortedDictionary<int, int>();
    var byKind = new SortedDictionary<string, SortedDictionary<int, int>>(StringComparer.Ordinal);
    var timeByKind = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
    var failures = new List<string>();
    var watch = Stopwatch.StartNew();
    foreach (var fuzz in new FuzzCases(seed).Take(count))
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(Request(fuzz));
        var body = await response.Content.ReadAsStringAsync();
        timeByKind[fuzz.Kind] = timeByKind.GetValueOrDefault(fuzz.Kind) + Stopwatch.GetElapsedTime(started);
        var status = (int)response.StatusCode;
        statuses[status] = statuses.GetValueOrDefault(status) + 1;
        var kind = byKind.TryGetValue(fuzz.Kind, out var k) ? k : byKind[fuzz.Kind] = [];
        kind[status] = kind.GetValueOrDefault(status) + 1;
        if (status >= 500 || body.Contains("INTERNAL_ERROR", StringComparison.Ordinal) || LeaksInternals(body))
            failures.Add($"{status} {fuzz.Kind}: {Describe(fuzz)} → {body[..Math.Min(body.Length, 300)]}");
    }
    Console.WriteLine($"{count} requests (seed {seed}) in {watch.Elapsed.TotalSeconds:0.0} s against {url}");
    Console.WriteLine("status counts: " + string.Join(", ", statuses.Select(p => $"{p.Key} ×{p.Value}")));
    foreach (var (kind, counts) in byKind)
        Console.WriteLine($"  {kind,-24} {timeByKind[kind].TotalMilliseconds / counts.Values.Sum(),6:0.0} ms/request  " + string.Join(", ", counts.Select(p => $"{p.Key} ×{p.Value}")));
    Console.WriteLine($"5xx: {statuses.Where(p => p.Key >= 500).Sum(p => p.Value)}, INTERNAL_ERROR or internals in the body: {failures.Count}");
    foreach (var failure in failures.Take(20)) Console.WriteLine("  " + failure);
    return failures.Count == 0 ? 0 : 1;
}

async Task<int> Amplify(string pid)
{
    // The first requests of a process pay for the JIT and the schema's initialisation, this client's too: not the attacks' cost.
    foreach (var warmUp in new[] { "{ ministries { id } }", Amplification.FragmentDoubling(2), "{ " + new string('x', 40_000) + " }" })
        (await Post(warmUp)).Response.Dispose();
    Console.WriteLine($"warmed up; peak RSS of the server so far {PeakRss(pid)}");
    Console.WriteLine($"{"request",-48} {"size",9} {"status",6} {"time",8} {"response",9}  {"server peak RSS (VmHWM)",-24} error");
    var worst = 0;
    foreach (var attack in Amplification.All)
    {
        var watch = Stopwatch.StartNew();
        var (response, text, body) = await Post(attack.Query);
        watch.Stop();
        using var _ = response;
        var code = Regex.Match(text, "\"code\":\"([A-Z_]+)\"").Groups[1].Value;
        Console.WriteLine($"{attack.Name,-48} {body.Length / 1024.0,7:0.0}KB {(int)response.StatusCode,6} {watch.Elapsed.TotalMilliseconds,6:0}ms {text.Length,8}B  {PeakRss(pid),-24} {code}");
        if (watch.Elapsed > TimeSpan.FromSeconds(1) || string.IsNullOrEmpty(code)) worst = 1;
    }
    return worst;
}

async Task<(HttpResponseMessage Response, string Text, byte[] Body)> Post(string query)
{
    var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { query }));
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Accept.ParseAdd("application/graphql-response+json");
    var response = await http.SendAsync(request);
    return (response, await response.Content.ReadAsStringAsync(), body);
}

HttpRequestMessage Request(FuzzCase fuzz)
{
    if (fuzz.Method == "GET")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url.GetLeftPart(UriPartial.Path) + fuzz.QueryString));
        if (fuzz.Accept is not null) request.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
        return request;
    }
    var post = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(fuzz.Body ?? []) };
    if (fuzz.ContentType is not null) post.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
    if (fuzz.Accept is not null) post.Headers.TryAddWithoutValidation("Accept", fuzz.Accept);
    return post;
}

static bool LeaksInternals(string body) => body.Contains(".cs:line", StringComparison.Ordinal) || body.Contains("   at ", StringComparison.Ordinal);

static string Describe(FuzzCase fuzz)
{
    var text = fuzz.QueryString ?? Encoding.UTF8.GetString(fuzz.Body ?? []);
    return text[..Math.Min(text.Length, 200)];
}

static string PeakRss(string pid)
{
    if (pid.Length == 0) return "(give --pid)";
    var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? "?" : line["VmHWM:".Length..].Trim();
}

static int Usage()
{
    Console.Error.WriteLine("usage: fuzz [--url URL] [--count N] [--seed S] | amplify [--url URL] [--pid PID]");
    return 2;
}
