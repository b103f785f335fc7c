using System.Globalization;
using System.Text.Json;
using Sightline.Core.Devices;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Devices;

/// <summary>Reads the IEEE OUI registry (as Debian's ieee-data ships it) and CISA's KEV catalogue (JSON) for the knowledge base.
/// Malformed lines are skipped and reported with their numbers; a file that cannot be read at all yields nothing.</summary>
public static class KnowledgeBaseFileReader
{
    public const long MaxKevBytes = 200L * 1024 * 1024;

    /// <summary>The prefixes in <paramref name="path"/> registered to the knowledge base's makers. Organisations that merely look
    /// like a maker ("Shanghai Dahua Scale Factory") are left out.</summary>
    public static async Task<OuiReadResult> ReadOuiRegistryAsync(string path, DeviceKnowledgeBase knowledgeBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        TableReadResult read = await TableReader.ReadFileAsync(path, TableFormat.Csv, cancellationToken).ConfigureAwait(false);
        if (read.Table is not { } table)
        {
            return new OuiReadResult([], [], 0, read.Problem);
        }

        string[] required = ["Assignment", "Organization Name"];
        if (required.FirstOrDefault(c => !table.HasColumn(c)) is { } missing)
        {
            return new OuiReadResult([], [], 0, new ImportProblem(table.File, 1, missing,
                $"not an IEEE registry file: column '{missing}' is missing (expected Registry,Assignment,Organization Name,Organization Address)"));
        }

        var entries = new List<OuiEntry>();
        var skipped = new List<ImportProblem>();
        string source = $"IEEE registry file {Path.GetFileName(path)}";
        foreach (TableRow row in table.Rows)
        {
            string? assignment = row.Get("Assignment");
            string? organisation = row.Get("Organization Name");
            if (assignment is null || organisation is null || assignment.Length != 6 || !assignment.All(char.IsAsciiHexDigit))
            {
                skipped.Add(new ImportProblem(table.File, row.Line, "Assignment", $"'{assignment}' is not a 6-hex-digit MA-L assignment; line skipped"));
                continue;
            }

            if (knowledgeBase.MakerOfOrganisation(organisation) is { } maker)
            {
                entries.Add(new OuiEntry(assignment.ToUpperInvariant(), organisation, maker.Maker, maker.Brand, source));
            }
        }

        return new OuiReadResult(entries, skipped, table.Rows.Count, null);
    }

    /// <summary>KEV status of the knowledge base's CVEs from a CISA <c>known_exploited_vulnerabilities.json</c> file.</summary>
    public static async Task<KevReadResult> ReadKevCatalogueAsync(string path, DeviceKnowledgeBase knowledgeBase, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        string name = Path.GetFileName(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return KevReadResult.Failed(new ImportProblem(path, null, null, "file not found"));
        }

        if (info.Length > MaxKevBytes)
        {
            return KevReadResult.Failed(new ImportProblem(name, null, null, $"file is {info.Length:N0} bytes; the limit is {MaxKevBytes:N0}"));
        }

        try
        {
            var stream = File.OpenRead(path);
            await using (stream.ConfigureAwait(false))
            {
                using JsonDocument document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken).ConfigureAwait(false);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("vulnerabilities", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                {
                    return KevReadResult.Failed(new ImportProblem(name, null, "vulnerabilities", "not a CISA KEV catalogue: no 'vulnerabilities' array"));
                }

                string version = root.TryGetProperty("catalogVersion", out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "unknown";
                var listed = new Dictionary<string, DateOnly>(StringComparer.OrdinalIgnoreCase);
                var skipped = new List<ImportProblem>();
                int index = 0;
                foreach (JsonElement entry in list.EnumerateArray())
                {
                    index++;
                    if (entry.ValueKind != JsonValueKind.Object
                        || !entry.TryGetProperty("cveID", out JsonElement cve) || cve.ValueKind != JsonValueKind.String
                        || !entry.TryGetProperty("dateAdded", out JsonElement added) || added.ValueKind != JsonValueKind.String
                        || !DateOnly.TryParseExact(added.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
                    {
                        skipped.Add(new ImportProblem(name, null, $"vulnerabilities[{index - 1}]", "entry without a cveID and a dateAdded (YYYY-MM-DD); skipped"));
                        continue;
                    }

                    listed[cve.GetString()!] = date;
                }

                var kev = knowledgeBase.Vulnerabilities.ToDictionary(k => k.Cve, k => listed.TryGetValue(k.Cve, out DateOnly d) ? d : (DateOnly?)null, StringComparer.Ordinal);
                return new KevReadResult(kev, version, index, skipped, null);
            }
        }
        catch (JsonException ex)
        {
            return KevReadResult.Failed(new ImportProblem(name, (int?)(ex.LineNumber + 1), null, $"invalid JSON: {ex.Message.Split('.')[0]}"));
        }
        catch (IOException ex)
        {
            return KevReadResult.Failed(new ImportProblem(name, null, null, $"cannot read the file: {ex.Message}"));
        }
    }
}

/// <summary>Prefixes of known makers, lines skipped, rows read, or the problem that stopped reading.</summary>
public sealed record OuiReadResult(IReadOnlyList<OuiEntry> Entries, IReadOnlyList<ImportProblem> Skipped, int Rows, ImportProblem? Problem);

/// <summary>KEV dates for the knowledge base's CVEs, the catalogue version, entries read and skipped, or the problem.</summary>
public sealed record KevReadResult(IReadOnlyDictionary<string, DateOnly?> Kev, string CatalogVersion, int Entries, IReadOnlyList<ImportProblem> Skipped, ImportProblem? Problem)
{
    public static KevReadResult Failed(ImportProblem problem) => new(new Dictionary<string, DateOnly?>(), string.Empty, 0, [], problem);
}
