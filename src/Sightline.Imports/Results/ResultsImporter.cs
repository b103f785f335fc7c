using System.Text.RegularExpressions;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Results;

/// <summary>Imports a campaign's coded results from the canonical CSV/XLSX (columns in any order: body_id, body_name, sector,
/// nation, region, outcome, hikvision, dahua, other_chinese, capabilities, capabilities_in_use, exemptions, hikvision_count,
/// dahua_count, notes). Rows are matched to registry bodies by id, then by normalised name within sector; unmatched rows are
/// kept as campaign-only bodies and listed. All or nothing.</summary>
public sealed partial class ResultsImporter(IBodyStore bodies, IResultStore results)
{
    public static IReadOnlyList<string> Columns { get; } =
        ["body_id", "body_name", "sector", "nation", "region", "outcome", "hikvision", "dahua", "other_chinese", "capabilities", "capabilities_in_use", "exemptions", "hikvision_count", "dahua_count", "notes"];

    public async Task<ResultsImportOutcome> ImportAsync(string path, TableFormat format, string campaign, CancellationToken cancellationToken)
    {
        TableReadResult read = await TableReader.ReadFileAsync(path, format, cancellationToken).ConfigureAwait(false);
        if (read.Table is not { } table)
        {
            return new ResultsImportOutcome([], [], [read.Problem!], []);
        }

        var problems = new List<ImportProblem>();
        foreach (string required in new[] { "body_name", "outcome" })
        {
            if (!table.HasColumn(required))
            {
                problems.Add(new ImportProblem(table.File, 1, required, $"column '{required}' is missing (columns of a results file: {string.Join(", ", Columns)})"));
            }
        }

        if (problems.Count > 0)
        {
            return new ResultsImportOutcome([], [], problems, []);
        }

        var coded = new List<CodedResult>();
        var warnings = new List<ImportProblem>();
        var unmatched = new List<string>();
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (TableRow row in table.Rows)
        {
            if (problems.Count >= 200)
            {
                break;
            }

            int before = problems.Count;
            void Problem(string field, string message) => problems.Add(new ImportProblem(table.File, row.Line, field, message));

            string name = row.Get("body_name") ?? string.Empty;
            Body? body = null;
            if (row.Get("body_id") is { } id)
            {
                body = ExternalId.TryParse(id, out ExternalId? external) ? await bodies.FindByIdentifierAsync(external, cancellationToken).ConfigureAwait(false)
                    : BodyId.TryParse(id, out BodyId? bodyId) ? await bodies.FindAsync(bodyId.Value, cancellationToken).ConfigureAwait(false)
                    : null;
                if (body is null && !ExternalId.TryParse(id, out _) && !BodyId.TryParse(id, out _))
                {
                    Problem("body_id", $"'{id}' is neither a Sightline id nor scheme:value (schemes: {string.Join(", ", IdentifierSchemes.All)})");
                }
            }

            Sector? sector = body?.Sector;
            if (row.Get("sector") is { } sectorText)
            {
                if (!Sectors.TryParse(sectorText, out sector))
                {
                    Problem("sector", $"unknown sector '{sectorText}' (accepted: {string.Join(", ", Sectors.Codes)})");
                }
            }

            if (sector is null && problems.Count == before)
            {
                Problem("sector", "sector is empty and body_id does not name a registry body");
            }

            if (body is null && name.Length > 0 && sector is not null)
            {
                body = await FindByNameAsync(name, sector.Value, cancellationToken).ConfigureAwait(false);
            }

            if (name.Length == 0 && body is null)
            {
                Problem("body_name", "body_name is empty");
            }

            Nation? nation = body?.Nation;
            if (row.Get("nation") is { } nationText && !Geography.TryParseNation(nationText, out nation))
            {
                Problem("nation", $"unknown nation '{nationText}' (accepted: {string.Join(", ", Geography.NationCodes)})");
            }

            Region? region = body?.Region;
            if (row.Get("region") is { } regionText && !Geography.TryParseRegion(regionText, out region))
            {
                if (Geography.TryParseNation(regionText, out Nation? asNation) && asNation != Nation.England)
                {
                    nation ??= asNation;
                }
                else
                {
                    Problem("region", $"unknown region '{regionText}' (accepted: {string.Join(", ", Geography.RegionCodes)})");
                }
            }

            string outcomeText = row.Get("outcome") ?? string.Empty;
            if (!ResultCodes.TryParseOutcome(outcomeText, out ResultOutcome outcome))
            {
                Problem("outcome", $"unknown outcome '{outcomeText}' (accepted: {string.Join(", ", ResultCodes.OutcomeCodes)})");
            }

            Finding Finding(string column)
            {
                if (ResultCodes.TryParseFinding(row.Get(column), out Finding f))
                {
                    return f;
                }

                Problem(column, $"'{row.Get(column)}' is not yes, no or unknown");
                return Core.Statistics.Finding.Unknown;
            }

            Finding hikvision = Finding("hikvision"), dahua = Finding("dahua"), other = Finding("other_chinese");
            HashSet<Capability> Caps(string column)
            {
                var set = new HashSet<Capability>();
                foreach (string code in Split(row.Get(column)))
                {
                    if (Capabilities.TryParse(code, out Capability? c))
                    {
                        set.Add(c.Value);
                    }
                    else
                    {
                        Problem(column, $"unknown capability '{code}' (accepted: {string.Join(", ", Capabilities.Codes)})");
                    }
                }

                return set;
            }

            HashSet<Capability> has = Caps("capabilities"), inUse = Caps("capabilities_in_use");
            var exemptions = new List<string>();
            foreach (string code in Split(row.Get("exemptions")))
            {
                string normal = code.ToLowerInvariant();
                if (ExemptionPattern().IsMatch(normal))
                {
                    exemptions.Add(normal);
                }
                else
                {
                    Problem("exemptions", $"'{code}' is not an exemption code like foia:s24 or foisa:s35");
                }
            }

            int? Count(string column)
            {
                string? text = row.Get(column);
                if (text is null)
                {
                    return null;
                }

                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
                {
                    return n;
                }

                Problem(column, $"'{text}' is not a whole number");
                return null;
            }

            int? hikvisionCount = Count("hikvision_count"), dahuaCount = Count("dahua_count");
            if (problems.Count > before || sector is null)
            {
                continue;
            }

            string key = body?.Id.Value ?? $"campaign-only:{NameNormalizer.Slug(name)}";
            if (firstLine.TryGetValue(key, out int earlier))
            {
                Problem("body_id", $"duplicate body: '{name}' is the same body ({key}) as line {earlier}");
                continue;
            }

            firstLine[key] = row.Line;
            if (body is null)
            {
                unmatched.Add($"{table.File}:{row.Line}: {name}");
            }

            bool isResponse = outcome is ResultOutcome.Answered or ResultOutcome.Partial;
            if (!isResponse && (hikvision == Core.Statistics.Finding.Yes || dahua == Core.Statistics.Finding.Yes))
            {
                warnings.Add(new ImportProblem(table.File, row.Line, "outcome", $"contradictory: outcome '{outcome.ToCode()}' with a maker coded yes"));
            }

            if (!inUse.IsSubsetOf(has))
            {
                warnings.Add(new ImportProblem(table.File, row.Line, "capabilities_in_use", "a capability in use is not listed under capabilities; it is counted as both"));
                has.UnionWith(inUse);
            }

            coded.Add(new CodedResult(key, body?.Name ?? name, sector.Value, nation, region, outcome, hikvision, dahua, other, has, inUse, exemptions,
                hikvisionCount, dahuaCount, row.Get("notes")));
        }

        if (problems.Count > 0)
        {
            return new ResultsImportOutcome([], warnings, problems, []);
        }

        await results.ReplaceAsync(campaign, $"imported from {Path.GetFileName(path)}", coded, cancellationToken).ConfigureAwait(false);
        return new ResultsImportOutcome(coded, warnings, [], unmatched);
    }

    private async Task<Body?> FindByNameAsync(string name, Sector sector, CancellationToken cancellationToken)
    {
        string normal = NameNormalizer.Normalize(name);
        BodyPage page = await bodies.SearchAsync(new BodyQuery { Text = name.Length > BodyQuery.MaxTextLength ? name[..BodyQuery.MaxTextLength] : name, Sector = sector, Limit = 20 }, cancellationToken).ConfigureAwait(false);
        var exact = page.Bodies.Where(b => NameNormalizer.Normalize(b.Name) == normal).ToList();
        return exact.Count == 1 ? exact[0] : null;
    }

    private static string[] Split(string? text) =>
        (text ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^(foia|foisa|eir|eisr):(s|r)\d{1,3}[a-z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExemptionPattern();
}

/// <summary>What an import stored (nothing when <see cref="Problems"/> is not empty), its warnings and the unmatched rows.</summary>
public sealed record ResultsImportOutcome(IReadOnlyList<CodedResult> Imported, IReadOnlyList<ImportProblem> Warnings, IReadOnlyList<ImportProblem> Problems, IReadOnlyList<string> Unmatched);
