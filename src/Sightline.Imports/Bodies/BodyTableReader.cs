using System.Net.Mail;
using Sightline.Core.Bodies;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Bodies;

/// <summary>Turns a user's table of bodies into registry bodies. Columns are mapped to fields by header name
/// (case and punctuation ignored, so "FOI email" maps to <c>foi_email</c>) or explicitly (<c>--map "Org name=name"</c>).</summary>
public static class BodyTableReader
{
    public const int MaxProblems = 200;

    /// <summary>The fields a column can be mapped to: body fields, then identifier schemes.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["id", "name", "sector", "nation", "region", "law", "subtype", "local_authority", "website", "foi_email", "tags", "notes", .. IdentifierSchemes.All];

    private static readonly Dictionary<string, string> HeaderAliases = BuildHeaderAliases();

    private static readonly string[] IdSchemesInPreferenceOrder =
        [IdentifierSchemes.Gss, IdentifierSchemes.Urn, IdentifierSchemes.Ukprn, IdentifierSchemes.Ods, IdentifierSchemes.Police, IdentifierSchemes.GovUk, IdentifierSchemes.Local];

    /// <summary>Checks a <c>COLUMN=FIELD</c> mapping; returns the problems (unknown field, column not in the file).</summary>
    public static IReadOnlyList<ImportProblem> CheckMapping(Table table, IReadOnlyDictionary<string, string> mapping)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(mapping);
        var problems = new List<ImportProblem>();
        foreach ((string column, string field) in mapping)
        {
            if (!Fields.Contains(field, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new ImportProblem(table.File, null, column, $"--map target '{field}' is not a field (accepted: {string.Join(", ", Fields)})"));
            }

            if (!table.HasColumn(column))
            {
                problems.Add(new ImportProblem(table.File, null, column, $"--map names a column the file does not have (columns: {string.Join(", ", table.Headers)})"));
            }
        }

        return problems;
    }

    public static BodyReadResult Read(Table table, IReadOnlyDictionary<string, string> mapping)
    {
        ArgumentNullException.ThrowIfNull(table);
        IReadOnlyList<ImportProblem> mappingProblems = CheckMapping(table, mapping);
        if (mappingProblems.Count > 0)
        {
            return new BodyReadResult([], mappingProblems, new Dictionary<string, int>());
        }

        // field -> column
        var columns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string header in table.Headers)
        {
            if (HeaderAliases.TryGetValue(NameNormalizer.Compact(header), out string? field) && !columns.ContainsKey(field))
            {
                columns[field] = header;
            }
        }

        foreach ((string column, string field) in mapping)
        {
            columns[field.ToLowerInvariant()] = column;
        }

        var problems = new List<ImportProblem>();
        foreach (string required in new[] { "name", "sector" })
        {
            if (!columns.ContainsKey(required))
            {
                problems.Add(new ImportProblem(table.File, null, required,
                    $"no column for '{required}' (name a column '{required}' or add --map COLUMN={required}; columns: {string.Join(", ", table.Headers)})"));
            }
        }

        if (problems.Count > 0)
        {
            return new BodyReadResult([], problems, new Dictionary<string, int>());
        }

        var bodies = new List<Body>();
        var firstLineOfId = new Dictionary<BodyId, int>();
        foreach (TableRow row in table.Rows)
        {
            if (problems.Count >= MaxProblems)
            {
                break;
            }

            Body? body = ReadRow(table.File, row, columns, problems);
            if (body is null)
            {
                continue;
            }

            if (firstLineOfId.TryGetValue(body.Id, out int firstLine))
            {
                problems.Add(new ImportProblem(table.File, row.Line, columns.GetValueOrDefault("id") ?? columns["name"],
                    $"duplicate body: '{body.Name}' has the same id ({body.Id}) as line {firstLine}"));
                continue;
            }

            firstLineOfId[body.Id] = row.Line;
            bodies.Add(body);
        }

        return new BodyReadResult(problems.Count == 0 ? bodies : [], problems, new Dictionary<string, int>());
    }

    private static Body? ReadRow(string file, TableRow row, Dictionary<string, string> columns, List<ImportProblem> problems)
    {
        int before = problems.Count;
        string? Cell(string field) => columns.TryGetValue(field, out string? column) ? row.Get(column) : null;
        void Problem(string field, string message) => problems.Add(new ImportProblem(file, row.Line, columns.GetValueOrDefault(field, field), message));

        string? name = Cell("name");
        if (name is null)
        {
            Problem("name", "name is empty");
        }

        Sector? sector = null;
        string? sectorText = Cell("sector");
        if (sectorText is null)
        {
            Problem("sector", $"sector is empty (accepted: {string.Join(", ", Sectors.Codes)})");
        }
        else if (!Sectors.TryParse(sectorText, out sector))
        {
            Problem("sector", $"unknown sector '{sectorText}' (accepted: {string.Join(", ", Sectors.Codes)})");
        }

        Nation? nation = null;
        if (Cell("nation") is { } nationText && !Geography.TryParseNation(nationText, out nation))
        {
            Problem("nation", $"unknown nation '{nationText}' (accepted: {string.Join(", ", Geography.NationCodes)})");
        }

        Region? region = null;
        if (Cell("region") is { } regionText && !IsNotApplicable(regionText))
        {
            if (Geography.TryParseRegion(regionText, out region))
            {
                nation ??= Nation.England;
                if (nation != Nation.England)
                {
                    Problem("region", $"region '{regionText}' is an English region but the nation is {nation.Value.ToCode()}");
                }
            }
            else if (nation is null && Geography.TryParseNation(regionText, out Nation? regionAsNation) && regionAsNation != Nation.England)
            {
                nation = regionAsNation; // lists often put "Wales" or "Scotland" in the region column
            }
            else
            {
                Problem("region", $"unknown region '{regionText}' (accepted: {string.Join(", ", Geography.RegionCodes)}, or a nation outside England)");
            }
        }

        FoiLaw law = FoiLaws.ForNation(nation);
        if (Cell("law") is { } lawText)
        {
            if (FoiLaws.TryParse(lawText, out FoiLaw? parsed) && parsed is FoiLaw.Foia or FoiLaw.Foisa)
            {
                law = parsed.Value;
            }
            else
            {
                Problem("law", $"unknown law '{lawText}' (accepted: foia, foisa)");
            }
        }

        string? website = Cell("website");
        if (website is not null && !TryNormalizeWebsite(website, out website))
        {
            Problem("website", $"'{Cell("website")}' is not a web address");
        }

        string? email = Cell("foi_email");
        if (email is not null && !IsEmail(email))
        {
            Problem("foi_email", $"'{email}' is not an e-mail address");
        }

        var identifiers = new List<ExternalId>();
        foreach (string scheme in IdentifierSchemes.All)
        {
            if (Cell(scheme) is { } value)
            {
                if (ExternalId.TryCreate(scheme, value, out ExternalId? identifier, out string? error))
                {
                    identifiers.Add(identifier);
                }
                else
                {
                    Problem(scheme, error);
                }
            }
        }

        if (problems.Count > before || name is null || sector is null)
        {
            return null;
        }

        BodyId id;
        if (Cell("id") is { } idText)
        {
            if (BodyId.TryParse(idText, out BodyId? given) && given.Value.Value.StartsWith(sector.Value.IdPrefix() + "-", StringComparison.Ordinal))
            {
                id = given.Value;
            }
            else if (NameNormalizer.Slug(idText).Length > 0)
            {
                id = BodyId.For(sector.Value, idText);
                if (!identifiers.Any(i => i.Scheme == IdentifierSchemes.Local))
                {
                    identifiers.Add(ExternalId.Create(IdentifierSchemes.Local, idText));
                }
            }
            else
            {
                Problem("id", $"id '{idText}' has no letters or digits");
                return null;
            }
        }
        else
        {
            ExternalId? key = IdSchemesInPreferenceOrder.Select(s => identifiers.FirstOrDefault(i => i.Scheme == s)).FirstOrDefault(i => i is not null);
            id = BodyId.For(sector.Value, key?.Value ?? name);
        }

        return new Body
        {
            Id = id,
            Name = name,
            Sector = sector.Value,
            Nation = nation,
            Region = region,
            Law = law,
            Subtype = Cell("subtype"),
            LocalAuthority = Cell("local_authority"),
            Website = website,
            FoiEmail = email,
            Identifiers = identifiers,
            Tags = SplitTags(Cell("tags")),
            Notes = Cell("notes"),
            Source = "file",
        };
    }

    internal static IReadOnlyList<string> SplitTags(string? text) =>
        text is null ? [] : [.. text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(NameNormalizer.Slug).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)];

    internal static bool IsEmail(string text) =>
        text.Length <= 320 && !text.Contains(' ', StringComparison.Ordinal) && MailAddress.TryCreate(text, out MailAddress? address)
        && address.Address.Equals(text, StringComparison.OrdinalIgnoreCase) && address.Host.Contains('.', StringComparison.Ordinal);

    internal static bool TryNormalizeWebsite(string text, out string? website)
    {
        string candidate = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        website = Uri.TryCreate(candidate, UriKind.Absolute, out Uri? uri) && uri.Scheme is "http" or "https" && uri.Host.Contains('.', StringComparison.Ordinal)
            ? uri.ToString()
            : null;
        return website is not null;
    }

    private static bool IsNotApplicable(string text) => NameNormalizer.Compact(text) is "notapplicable" or "na" or "none" or "unknown";

    private static Dictionary<string, string> BuildHeaderAliases()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string field in Fields)
        {
            aliases[NameNormalizer.Compact(field)] = field;
        }

        void Add(string field, params string[] headers)
        {
            foreach (string header in headers)
            {
                aliases[NameNormalizer.Compact(header)] = field;
            }
        }

        Add("name", "body", "body name", "organisation", "organisation name", "organization", "authority", "public authority", "establishment name");
        Add("sector", "body type", "category");
        Add("website", "url", "homepage", "home page", "web site", "homepage url");
        Add("foi_email", "foi email", "foi e-mail", "foi address", "email", "e-mail", "foi contact");
        Add("local_authority", "la", "la name", "local authority");
        Add("gss", "gss code", "ons code");
        Add("ukprn", "uk prn");
        Add("ods", "ods code", "org code");
        Add("wdtk", "wdtk url name", "whatdotheyknow");
        Add("subtype", "type", "kind");
        return aliases;
    }
}
