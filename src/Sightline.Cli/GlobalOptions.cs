using System.CommandLine;

namespace Sightline.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = "Database: a SQLite file path (default ./sightline.db), a PostgreSQL connection string (Host=…;Database=…) " +
            "or a postgres:// URI. Environment: SIGHTLINE_DB.",
        Recursive = true,
        HelpName = "PATH|CONNECTION-STRING",
    };

    public static Option<bool> Json { get; } = new("--json")
    {
        Description = "Write machine-readable JSON to stdout; diagnostics go to stderr.",
        Recursive = true,
    };
}
