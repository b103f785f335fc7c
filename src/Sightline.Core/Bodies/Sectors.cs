using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Bodies;

/// <summary>Parses and formats <see cref="Sector"/> codes (<c>school</c>, <c>fe_college</c>, …).</summary>
public static class Sectors
{
    private static readonly (Sector Sector, string Code, string Label, string IdPrefix)[] Table =
    [
        (Sector.School, "school", "School", "sch"),
        (Sector.FeCollege, "fe_college", "FE college", "fe"),
        (Sector.University, "university", "University", "he"),
        (Sector.Council, "council", "Council", "la"),
        (Sector.NhsTrust, "nhs_trust", "NHS trust", "nhs"),
        (Sector.Police, "police", "Police force", "pol"),
        (Sector.Government, "government", "Government department", "gov"),
        (Sector.Other, "other", "Other public body", "org"),
    ];

    private static readonly AliasTable<Sector> Aliases = BuildAliases();

    /// <summary>Every sector, in display order.</summary>
    public static IReadOnlyList<Sector> All { get; } = [.. Table.Select(t => t.Sector)];

    /// <summary>The accepted codes, for error messages and help text.</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Table.Select(t => t.Code)];

    public static string ToCode(this Sector sector) => Row(sector).Code;

    public static string ToLabel(this Sector sector) => Row(sector).Label;

    /// <summary>The short prefix of Sightline ids for bodies of this sector, e.g. <c>la</c> in <c>la-e08000003</c>.</summary>
    public static string IdPrefix(this Sector sector) => Row(sector).IdPrefix;

    /// <summary>Accepts codes and common spellings ("FE", "NHS", "local authority"); case and punctuation are ignored.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Sector? sector)
    {
        sector = Aliases.Find(text);
        return sector is not null;
    }

    private static (Sector Sector, string Code, string Label, string IdPrefix) Row(Sector sector) =>
        Table.FirstOrDefault(t => t.Sector == sector) is { Code: not null } row
            ? row
            : throw new ArgumentOutOfRangeException(nameof(sector), sector, "Unknown sector.");

    private static AliasTable<Sector> BuildAliases()
    {
        var table = new AliasTable<Sector>();
        foreach (var row in Table)
        {
            table.Add(row.Sector, row.Code, row.Label);
        }

        return table
            .Add(Sector.School, "schools", "academy", "academies", "secondary school")
            .Add(Sector.FeCollege, "fe", "fe colleges", "further education", "further education college", "college")
            .Add(Sector.University, "universities", "he", "higher education", "he provider")
            .Add(Sector.Council, "councils", "local authority", "local authorities", "la")
            .Add(Sector.NhsTrust, "nhs", "nhs trusts", "trust", "health")
            .Add(Sector.Police, "police force", "police forces", "constabulary")
            .Add(Sector.Government, "central government", "department", "departments", "govt", "gov");
    }
}
