namespace Lineage.Tests;

/// <summary>Where the repository, its dataset, the test fixtures and the source documents are, from any test's working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Data => Path.Combine(Root, "data");

    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>../shared/seeds beside the repository, or LINEAGE_SEEDS_DIR.</summary>
    public static string Seeds
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("LINEAGE_SEEDS_DIR");
            if (!string.IsNullOrEmpty(configured)) return configured;
            for (var dir = new DirectoryInfo(Root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "seeds");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException($"No shared/seeds directory above {Root}; set LINEAGE_SEEDS_DIR.");
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Lineage.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("Lineage.sln not found above " + AppContext.BaseDirectory);
    }
}
