using Lineage.Core.Datasets;
using Lineage.Core.Model;
using Lineage.Core.Store;
using Lineage.Tests;

namespace Lineage.Conformance;

/// <summary>
/// Base of the suites for the store capabilities beyond <see cref="ILineageStore"/> (entities, flows, search,
/// batched lineage). A store's test project derives from each suite and says how to make an empty store; the
/// store object must also implement the capability's port, or every test of that suite fails saying which.
/// </summary>
public abstract class CapabilityConformance : IAsyncLifetime
{
    private ILineageStore? _store;

    /// <summary>A new store with nothing in it, schema not yet created.</summary>
    protected abstract Task<ILineageStore> CreateEmptyStoreAsync();

    /// <summary>Release whatever the store holds (files, databases).</summary>
    protected virtual Task DestroyStoreAsync(ILineageStore store) => Task.CompletedTask;

    protected ILineageStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    /// <summary>The store as the capability's port.</summary>
    protected T Port<T>() where T : class =>
        Store as T ?? throw new InvalidOperationException($"{Store.GetType().Name} does not implement {typeof(T).Name}; a store must implement every capability port (see tests/Lineage.Conformance).");

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.InitializeAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await DestroyStoreAsync(_store);
    }

    protected async Task ImportAsync(string fixture) =>
        await Store.ImportAsync(DatasetLoader.LoadDirectory(Path.Combine(RepoPaths.Fixtures, fixture)), CancellationToken.None);

    protected static T ParseEnum<T>(string text) where T : struct, Enum =>
        EnumText.TryParse<T>(text, out var value) || Enum.TryParse(text, ignoreCase: false, out value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}");

    protected static NodeKind Kind(string text) => ParseEnum<NodeKind>(text);
}
