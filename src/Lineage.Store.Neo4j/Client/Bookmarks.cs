namespace Lineage.Store.Neo4j.Client;

/// <summary>
/// The latest bookmarks Neo4j handed out. Every later request carries them, so a read that follows a write — on
/// any cluster member — sees that write (causal consistency), as the issue asks of "a read after a write".
/// </summary>
public sealed class Bookmarks
{
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _current = [];

    public IReadOnlyList<string> Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>A response's bookmarks supersede the ones sent with it; an answer without bookmarks changes nothing.</summary>
    public void Update(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_gate) _current = bookmarks;
    }
}
