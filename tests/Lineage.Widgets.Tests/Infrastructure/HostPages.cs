using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Lineage.Widgets.Tests.Infrastructure;

/// <summary>
/// A plain static web server on another loopback port: the "report site" on a different origin that
/// loads the component and frames the embed page, as a user's intranet page would.
/// </summary>
public sealed class HostPages : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, string> _pages = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public HostPages()
    {
        var port = ServerProcess.FreePort();
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Origin { get; }

    /// <summary>Serves <paramref name="html"/> at <paramref name="path"/>; returns its address.</summary>
    public string Add(string path, string html)
    {
        _pages[path] = html;
        return Origin + path;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var path = context.Request.Url?.AbsolutePath ?? "/";
            var found = _pages.TryGetValue(path, out var html);
            var bytes = Encoding.UTF8.GetBytes(found ? html! : "not found");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = found ? "text/html; charset=utf-8" : "text/plain";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
    }
}
