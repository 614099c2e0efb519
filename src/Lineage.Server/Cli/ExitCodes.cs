namespace Lineage.Server.Cli;

/// <summary>The executable's exit codes, as README lists them (the help prints this list too).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int DatasetProblems = 1;
    public const int UsageOrConfiguration = 2;
    public const int StoreUnavailable = 3;

    /// <summary>128 + SIGINT, as shells report a command stopped with Ctrl+C.</summary>
    public const int Cancelled = 130;

    public static readonly IReadOnlyList<(int Code, string Meaning)> All =
    [
        (Ok, "ok"),
        (DatasetProblems, "the dataset has problems (nothing was written)"),
        (UsageOrConfiguration, "usage or configuration error (a bad argument, folder or setting)"),
        (StoreUnavailable, "the store cannot be used (unreachable, locked, unwritable)"),
        (Cancelled, "cancelled with Ctrl+C (an import is rolled back: the store is as it was)"),
    ];
}
