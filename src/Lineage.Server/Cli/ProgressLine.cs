namespace Lineage.Server.Cli;

/// <summary>
/// How far a long import is, on standard error: nothing in its first seconds (so a small import prints no line more
/// than before), then a line every few seconds and one at the end of each phase that took long.
/// </summary>
internal sealed class ProgressLine(TextWriter err, TimeProvider time) : IProgress<int>
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);

    private readonly long _started = time.GetTimestamp();
    private long _printed;
    private int _done;

    /// <summary>The nodes a store reports as it writes; set before the write phase begins.</summary>
    public int Total { get; set; }

    public TimeSpan Elapsed => time.GetElapsedTime(_started);

    /// <summary>Another <paramref name="value"/> nodes compared with the store and written where they changed.</summary>
    public void Report(int value)
    {
        _done += value;
        var now = time.GetTimestamp();
        if (Elapsed < Quiet || (_printed != 0 && time.GetElapsedTime(_printed, now) < Every)) return;
        _printed = now;
        var share = Total > 0 ? $" ({100L * _done / Total} %)" : "";
        err.WriteLine($"  {_done:N0} of {Total:N0} nodes compared and written{share}, {Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>A phase's end, said only when the whole import has taken long enough to want a progress line.</summary>
    public void Phase(string done)
    {
        if (Elapsed >= Quiet) err.WriteLine($"  {done}, {Elapsed.TotalSeconds:F1} s");
    }
}
