using System.Diagnostics.CodeAnalysis;

namespace Sightline.Hosting;

/// <summary>Where the store lives, parsed from <c>--db</c> / <c>SIGHTLINE_DB</c>: a file path selects SQLite; a PostgreSQL
/// keyword connection string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URI selects PostgreSQL.</summary>
public sealed record DatabaseTarget(DatabaseEngine Engine, string Value)
{
    public const string DefaultPath = "sightline.db";
    public const string EnvironmentVariable = "SIGHTLINE_DB";

    public static DatabaseTarget Default { get; } = new(DatabaseEngine.Sqlite, DefaultPath);

    public static bool TryParse(string? text, [NotNullWhen(true)] out DatabaseTarget? target, [NotNullWhen(false)] out string? error)
    {
        target = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            target = Default;
            return true;
        }

        string value = text.Trim();
        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || LooksLikeKeywordConnectionString(value, "host", "server"))
        {
            target = new DatabaseTarget(DatabaseEngine.Postgres, value);
            return true;
        }

        if (value.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase))
        {
            value = value["sqlite:".Length..];
        }
        else if (LooksLikeKeywordConnectionString(value, "data source", "datasource", "filename"))
        {
            int start = value.IndexOf('=', StringComparison.Ordinal) + 1;
            int end = value.IndexOf(';', start);
            value = (end < 0 ? value[start..] : value[start..end]).Trim();
        }

        if (value.Length == 0 || value.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            error = $"'{text}' is neither a database file path nor a PostgreSQL connection string";
            return false;
        }

        target = new DatabaseTarget(DatabaseEngine.Sqlite, value);
        return true;
    }

    /// <summary>Never shows a password.</summary>
    public override string ToString() => Engine == DatabaseEngine.Sqlite ? $"SQLite file {Path.GetFullPath(Value)}" : "PostgreSQL database";

    private static bool LooksLikeKeywordConnectionString(string value, params string[] keys) =>
        value.Contains('=', StringComparison.Ordinal)
        && keys.Any(k => value.TrimStart().StartsWith(k, StringComparison.OrdinalIgnoreCase)
            || value.Contains(";" + k, StringComparison.OrdinalIgnoreCase) || value.Contains("; " + k, StringComparison.OrdinalIgnoreCase));
}

public enum DatabaseEngine
{
    Sqlite,
    Postgres,
}
