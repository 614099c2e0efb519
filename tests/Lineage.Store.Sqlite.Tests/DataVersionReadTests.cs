using Lineage.Core.Model;
using Lineage.Store.Sqlite.Snapshot;
using Microsoft.Extensions.Options;

namespace Lineage.Store.Sqlite.Tests;

/// <summary>
/// The data version is read per request; reads that overlap share one statement, but a caller never takes a read that
/// was already running when it came (it could predate a commit the caller must see). Nodes are parsed once per version.
/// </summary>
public sealed class DataVersionReadTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-version-").FullName;

    /// <summary>Reads that end when the test says, each with the value the test gives.</summary>
    private sealed class HeldReads
    {
        private readonly List<TaskCompletionSource<long>> _reads = [];

        public int Started { get { lock (_reads) return _reads.Count; } }

        public Task<long> Read(CancellationToken _)
        {
            var read = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_reads) _reads.Add(read);
            return read.Task;
        }

        public void End(int index, long value) { lock (_reads) _reads[index].SetResult(value); }

        public void Fail(int index) { lock (_reads) _reads[index].SetException(new IOException("disk gone")); }

        public async Task WaitForAsync(int started)
        {
            for (var i = 0; Started < started; i++)
            {
                if (i > 500) throw new TimeoutException($"only {Started} reads started, expected {started}");
                await Task.Delay(10);
            }
        }
    }

    [Fact]
    public async Task A_caller_that_arrives_during_a_read_waits_for_the_next_read_which_later_callers_share()
    {
        var reads = new HeldReads();
        var shared = new SharedVersionRead(reads.Read);

        var first = shared.ReadAsync(CancellationToken.None);
        var second = shared.ReadAsync(CancellationToken.None);
        var third = shared.ReadAsync(CancellationToken.None);
        Assert.Equal(1, reads.Started);

        reads.End(0, 1); // say a commit happened while it ran: 1 is what the file held when the read began
        Assert.Equal(1, await first);
        await reads.WaitForAsync(2);
        Assert.False(second.IsCompleted, "the second caller took a read that began before it arrived");
        reads.End(1, 2);

        Assert.Equal(2, await second);
        Assert.Equal(2, await third);
        Assert.Equal(2, reads.Started);
    }

    [Fact]
    public async Task A_caller_alone_reads_at_once_and_a_failed_read_fails_only_its_own_callers()
    {
        var reads = new HeldReads();
        var shared = new SharedVersionRead(reads.Read);

        var failing = shared.ReadAsync(CancellationToken.None);
        reads.Fail(0);
        await Assert.ThrowsAsync<IOException>(() => failing);

        var next = shared.ReadAsync(CancellationToken.None);
        Assert.Equal(2, reads.Started);
        reads.End(1, 7);
        Assert.Equal(7, await next);
    }

    [Fact]
    public async Task A_waiting_caller_can_give_up_without_stopping_the_read_others_wait_for()
    {
        var reads = new HeldReads();
        var shared = new SharedVersionRead(reads.Read);
        var first = shared.ReadAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var leaving = shared.ReadAsync(cancel.Token);
        var staying = shared.ReadAsync(CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaving);
        reads.End(0, 1);
        await reads.WaitForAsync(2);
        reads.End(1, 2);

        Assert.Equal(1, await first);
        Assert.Equal(2, await staying);
    }

    [Fact]
    public async Task A_node_is_parsed_once_per_data_version_and_again_after_an_import_changed_it()
    {
        using var store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") }));
        await store.InitializeAsync(CancellationToken.None);
        await store.ImportAsync(ReaderReuseTests.Tiny(), CancellationToken.None);

        var first = (await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single();
        var again = (await store.GetNodesAsync(["transfer:s1-b", "transfer:s1-a"], CancellationToken.None)).Single(n => n.Id == "transfer:s1-b");
        Assert.Same(first, again);

        using (var writer = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "lineage.db") })))
            await writer.ImportAsync(ReaderReuseTests.TinyWithStage(_directory, "transfer:s1-b", "PROTOTYPE"), CancellationToken.None);

        var changed = (Transfer)(await store.GetNodesAsync(["transfer:s1-b"], CancellationToken.None)).Single();
        Assert.NotSame(first, changed);
        Assert.Equal(Stage.Prototype, changed.Stage);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }
}
