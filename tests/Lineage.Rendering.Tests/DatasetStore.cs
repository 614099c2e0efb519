using Lineage.Core.Datasets;
using Lineage.Core.Lineage;
using Lineage.Core.Model;
using Lineage.Core.Selectors;
using Lineage.Rendering.Loading;
using Lineage.Rendering.Output;
using Lineage.Rendering.Scenes;
using Lineage.Rendering.Themes;
using Lineage.Store.Sqlite;
using Lineage.Tests;
using Microsoft.Extensions.Options;

namespace Lineage.Rendering.Tests;

/// <summary>The shipped dataset in a SQLite store of its own, once for every test class that shares it; and the dataset as read from data/ (the oracle).</summary>
public sealed class DatasetStore : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("lineage-rendering-").FullName;

    public SqliteStore Store { get; private set; } = null!;

    public Dataset Data { get; } = DatasetLoader.LoadDirectory(RepoPaths.Data);

    public async Task InitializeAsync()
    {
        Store = new SqliteStore(Options.Create(new SqliteStoreOptions { Path = Path.Combine(_directory, "data.db") }));
        await Store.InitializeAsync(CancellationToken.None);
        await Store.ImportAsync(Data, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    public static ProgramSelector Ministries(params MinistryCode[] codes) => ProgramSelector.ForMinistries(codes);

    public static ProgramSelector AllMinistries => ProgramSelector.ForMinistries(Enum.GetValues<MinistryCode>());

    public async Task<Scene> SceneAsync(PictureMode mode, ProgramSelector from, ProgramSelector to, Stage? minStage = null,
        Language lang = Language.Ja, ThemeName theme = ThemeName.Light, int width = 960)
    {
        var question = new PictureQuestion(mode, new LineageQuery(from, to, minStage, First: LineageQuery.MaxPageSize), lang, theme, width);
        return Pictures.Scene(await PictureLoader.LoadAsync(Store, Store, question, CancellationToken.None));
    }

    public async Task<byte[]> SvgAsync(PictureMode mode, ProgramSelector from, ProgramSelector to, Stage? minStage = null,
        Language lang = Language.Ja, ThemeName theme = ThemeName.Light, int width = 960) =>
        SvgWriter.Write(await SceneAsync(mode, from, to, minStage, lang, theme, width));
}

[CollectionDefinition("dataset")]
public sealed class DatasetCollectionDefinition : ICollectionFixture<DatasetStore>;
