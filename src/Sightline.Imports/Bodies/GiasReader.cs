using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>Reads the DfE "Get Information About Schools" establishment extract (edubasealldata*.csv, Windows-1252 or UTF-8)
/// and keeps the open secondary schools and academies that FOIA covers: local-authority maintained schools, academies and
/// free schools whose phase is secondary, all-through or middle deemed secondary. Independent schools (not FOIA bodies),
/// colleges and closed or primary establishments are skipped and counted.</summary>
public static class GiasReader
{
    public const string SourceName = "gias";
    public const string Urn = "URN";
    public const string Name = "EstablishmentName";
    public const string Type = "TypeOfEstablishment (name)";
    public const string TypeGroup = "EstablishmentTypeGroup (name)";
    public const string Phase = "PhaseOfEducation (name)";
    public const string Status = "EstablishmentStatus (name)";
    public const string LocalAuthority = "LA (name)";
    public const string Gor = "GOR (name)";
    public const string Website = "SchoolWebsite";

    public static IReadOnlyList<string> RequiredColumns { get; } = [Urn, Name, Type, Phase, Status, LocalAuthority, Gor];

    private static readonly HashSet<string> SecondaryPhases = new(StringComparer.OrdinalIgnoreCase)
    {
        "Secondary", "All-through", "Middle deemed secondary",
    };

    private static readonly HashSet<string> OpenStatuses = new(StringComparer.OrdinalIgnoreCase)
    {
        "Open", "Open, but proposed to close",
    };

    private static readonly HashSet<string> MaintainedTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Community school", "Voluntary aided school", "Voluntary controlled school", "Foundation school",
        "Community special school", "Foundation special school", "City technology college", "Studio schools",
        "University technical college",
    };

    public static BodyReadResult Read(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        string[] missing = [.. RequiredColumns.Where(c => !table.HasColumn(c))];
        if (missing.Length > 0)
        {
            return BodyReadResult.Failed(new ImportProblem(table.File, null, string.Join(", ", missing),
                $"not a GIAS establishment extract: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}"));
        }

        var bodies = new List<Body>();
        var problems = new List<ImportProblem>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        void Skip(string reason) => skipped[reason] = skipped.GetValueOrDefault(reason) + 1;

        foreach (TableRow row in table.Rows)
        {
            if (problems.Count >= BodyTableReader.MaxProblems)
            {
                break;
            }

            string? urn = row.Get(Urn);
            if (urn is null || !urn.All(char.IsAsciiDigit) || urn.Length > 9)
            {
                problems.Add(new ImportProblem(table.File, row.Line, Urn, $"URN '{urn}' is not a number"));
                continue;
            }

            if (seen.TryGetValue(urn, out int firstLine))
            {
                problems.Add(new ImportProblem(table.File, row.Line, Urn, $"URN {urn} appears twice (first on line {firstLine})"));
                continue;
            }

            seen[urn] = row.Line;
            string? name = row.Get(Name);
            if (name is null)
            {
                problems.Add(new ImportProblem(table.File, row.Line, Name, "establishment name is empty"));
                continue;
            }

            string status = row.Get(Status) ?? string.Empty;
            string phase = row.Get(Phase) ?? string.Empty;
            string type = row.Get(Type) ?? string.Empty;
            if (!OpenStatuses.Contains(status))
            {
                Skip("not open");
                continue;
            }

            if (!SecondaryPhases.Contains(phase))
            {
                Skip("not secondary");
                continue;
            }

            bool academy = type.Contains("academy", StringComparison.OrdinalIgnoreCase) || type.Contains("free school", StringComparison.OrdinalIgnoreCase);
            if (!academy && !MaintainedTypes.Contains(type))
            {
                Skip("not a maintained school or academy");
                continue;
            }

            string gor = row.Get(Gor) ?? string.Empty;
            Region? region = null;
            if (!string.Equals(gor, "Not Applicable", StringComparison.OrdinalIgnoreCase) && gor.Length > 0)
            {
                if (Geography.TryParseNation(gor, out Nation? nation) && nation != Nation.England)
                {
                    Skip("not in England");
                    continue;
                }

                if (!Geography.TryParseRegion(gor, out region))
                {
                    problems.Add(new ImportProblem(table.File, row.Line, Gor, $"unknown region '{gor}' (accepted: {string.Join(", ", Geography.Regions.Select(r => r.ToName()))})"));
                    continue;
                }
            }

            string? website = row.Get(Website) is { } site && BodyTableReader.TryNormalizeWebsite(site, out string? normalized) ? normalized : null;
            // Only the URN: a school's UKPRN can be shared with its trust or sixth-form partner, and identifiers are unique.
            var identifiers = new List<ExternalId> { ExternalId.Create(IdentifierSchemes.Urn, urn) };

            bodies.Add(new Body
            {
                Id = BodyId.For(Sector.School, urn),
                Name = name,
                Sector = Sector.School,
                Nation = Nation.England,
                Region = region,
                Law = FoiLaw.Foia,
                Subtype = type,
                LocalAuthority = row.Get(LocalAuthority),
                Website = website,
                Identifiers = identifiers,
                Tags = [academy ? "academy" : "maintained-school", NameNormalizer.Slug(phase)],
                Source = SourceName,
                Notes = region is null ? "GIAS gives no region for this school." : null,
            });
        }

        return new BodyReadResult(problems.Count == 0 ? bodies : [], problems, skipped);
    }
}
