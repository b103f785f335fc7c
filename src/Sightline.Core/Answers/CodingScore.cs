using System.Globalization;
using System.Text.Json;

namespace Sightline.Core.Answers;

/// <summary>A person's codes for one reply, to measure the coder against (one line of a labels file).</summary>
public sealed record CodingLabel(
    string File,
    string? Split,
    string Kind,
    string Outcome,
    string Hikvision,
    string Dahua,
    string OtherChinese,
    IReadOnlyList<string> Exemptions,
    IReadOnlyList<string> CapabilitiesHas,
    IReadOnlyList<string> CapabilitiesInUse,
    int? HikvisionCount,
    int? DahuaCount,
    IReadOnlyList<string> Models)
{
    /// <summary>Reads JSON lines with the coder's own keys (<c>file</c>, <c>kind</c>, <c>outcome</c>, <c>hikvision</c>, ...);
    /// a bad line is reported as <c>source:line: message</c>.</summary>
    public static IReadOnlyList<CodingLabel> ParseJsonLines(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var labels = new List<CodingLabel>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using JsonDocument json = JsonDocument.Parse(line);
                JsonElement root = json.RootElement;
                labels.Add(new CodingLabel(
                    Required(root, "file"),
                    root.TryGetProperty("split", out JsonElement split) ? split.GetString() : null,
                    OneOf(root, "kind", ReplyCodes.Kinds),
                    OneOf(root, "outcome", ReplyCodes.Outcomes),
                    OneOf(root, "hikvision", ReplyCodes.MakerValues),
                    OneOf(root, "dahua", ReplyCodes.MakerValues),
                    OneOf(root, "other_chinese", ReplyCodes.MakerValues),
                    Strings(root, "exemptions"),
                    Strings(root, "capabilities_has"),
                    Strings(root, "capabilities_in_use"),
                    Count(root, "hikvision"),
                    Count(root, "dahua"),
                    Strings(root, "models")));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new FormatException($"{source}:{i + 1}: {e.Message}", e);
            }
        }

        return labels;
    }

    private static string Required(JsonElement root, string key) =>
        root.TryGetProperty(key, out JsonElement value) && value.GetString() is { Length: > 0 } s ? s : throw new FormatException($"field '{key}' is missing");

    private static string OneOf(JsonElement root, string key, IReadOnlyList<string> allowed)
    {
        string value = Required(root, key);
        return allowed.Contains(value) ? value : throw new FormatException($"field '{key}': '{value}' is not one of {string.Join(", ", allowed)}");
    }

    private static string[] Strings(JsonElement root, string key) =>
        root.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString() ?? "")] : [];

    private static int? Count(JsonElement root, string maker) =>
        root.TryGetProperty("counts", out JsonElement counts) && counts.ValueKind == JsonValueKind.Object && counts.TryGetProperty(maker, out JsonElement n) && n.ValueKind == JsonValueKind.Number
            ? n.GetInt32()
            : null;
}

/// <summary>How well the coder's proposals match a person's codes: per-field accuracy, exact exemption sets, capability
/// F1, and every mismatch so it can be read.</summary>
public sealed class CodingScore
{
    public static IReadOnlyList<string> Fields { get; } = ["kind", "outcome", "hikvision", "dahua", "other_chinese", "exemptions", "counts", "models"];

    private readonly Dictionary<string, (int Correct, int Total)> _fields = Fields.ToDictionary(f => f, _ => (0, 0), StringComparer.Ordinal);
    private readonly Dictionary<string, (int TruePositive, int FalsePositive, int FalseNegative)> _capabilities = new(StringComparer.Ordinal)
    {
        ["capabilities_has"] = (0, 0, 0),
        ["capabilities_in_use"] = (0, 0, 0),
    };

    public List<(string File, string Field, string Expected, string Actual)> Mismatches { get; } = [];

    /// <summary>Makers coded <c>yes</c> with no evidence naming them (must stay 0).</summary>
    public int YesWithoutEvidence { get; private set; }

    public int Replies { get; private set; }

    /// <summary>The confidence from which a reply counts as one the coder is sure of; below it, a person should read the reply.</summary>
    public const double ConfidentFrom = 0.7;

    /// <summary>Replies coded with a confidence of at least <see cref="ConfidentFrom"/>.</summary>
    public int ConfidentReplies { get; private set; }

    private readonly Dictionary<string, int> _confidentCorrect = new(StringComparer.Ordinal);

    /// <summary>The fields that decide what a reply says about the estate, measured again over the confident replies alone.</summary>
    public static IReadOnlyList<string> ConfidentFields { get; } = ["kind", "outcome", "hikvision", "dahua", "other_chinese"];

    public void Add(CodingLabel label, AnswerCoding coding)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(coding);
        Replies++;
        bool confident = coding.Confidence >= ConfidentFrom;
        ConfidentReplies += confident ? 1 : 0;
        Compare(label.File, "kind", label.Kind, coding.Kind, confident);
        Compare(label.File, "outcome", label.Outcome, coding.Outcome, confident);
        Compare(label.File, "hikvision", label.Hikvision, coding.Hikvision, confident);
        Compare(label.File, "dahua", label.Dahua, coding.Dahua, confident);
        Compare(label.File, "other_chinese", label.OtherChinese, coding.OtherChinese, confident);
        Compare(label.File, "exemptions", Set(label.Exemptions), Set(coding.Exemptions));
        Compare(label.File, "counts", $"{label.HikvisionCount}/{label.DahuaCount}", $"{coding.HikvisionCount}/{coding.DahuaCount}");
        Compare(label.File, "models", Set(label.Models.Select(m => m.ToUpperInvariant())), Set(coding.Models));
        Overlap("capabilities_has", label.File, label.CapabilitiesHas, coding.CapabilitiesHas);
        Overlap("capabilities_in_use", label.File, label.CapabilitiesInUse, coding.CapabilitiesInUse);
        foreach ((string field, string value) in new[] { ("hikvision", coding.Hikvision), ("dahua", coding.Dahua), ("other_chinese", coding.OtherChinese) })
        {
            if (value == ReplyCodes.Yes && !coding.Evidence.Any(e => e.Field == field && e.Value == ReplyCodes.Yes))
            {
                YesWithoutEvidence++;
            }
        }
    }

    /// <summary>Accuracy of one of <see cref="ConfidentFields"/> over the replies coded with confidence of at least
    /// <see cref="ConfidentFrom"/>.</summary>
    public double ConfidentAccuracy(string field) => ConfidentReplies > 0 ? (double)_confidentCorrect.GetValueOrDefault(field) / ConfidentReplies : 1;

    public double Accuracy(string field) => _fields[field] is var (correct, total) && total > 0 ? (double)correct / total : 1;

    public double F1(string field)
    {
        (int tp, int fp, int fn) = _capabilities[field];
        return tp + fp + fn == 0 ? 1 : 2.0 * tp / ((2 * tp) + fp + fn);
    }

    public string Report()
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Replies} replies") };
        foreach (string field in Fields)
        {
            (int correct, int total) = _fields[field];
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {field,-20} {correct,4}/{total,-4} {Accuracy(field):P1}"));
        }

        foreach (string field in _capabilities.Keys)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {field,-20} F1 {F1(field):0.000}"));
        }

        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  yes without evidence {YesWithoutEvidence}"));
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"  confidence >= {ConfidentFrom:0.0}    {ConfidentReplies,4}/{Replies,-4} replies: ")
            + string.Join(", ", ConfidentFields.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f} {ConfidentAccuracy(f):P1}"))));
        return string.Join('\n', lines);
    }

    /// <param name="confident">The reply was coded with confidence of at least <see cref="ConfidentFrom"/>; passed only for the
    /// <see cref="ConfidentFields"/>.</param>
    private void Compare(string file, string field, string expected, string actual, bool confident = false)
    {
        (int correct, int total) = _fields[field];
        bool same = string.Equals(expected, actual, StringComparison.Ordinal);
        _fields[field] = (correct + (same ? 1 : 0), total + 1);
        if (confident && same)
        {
            _confidentCorrect[field] = _confidentCorrect.GetValueOrDefault(field) + 1;
        }

        if (!same)
        {
            Mismatches.Add((file, field, expected, actual));
        }
    }

    private void Overlap(string field, string file, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        (int tp, int fp, int fn) = _capabilities[field];
        int hits = actual.Count(expected.Contains);
        _capabilities[field] = (tp + hits, fp + actual.Count - hits, fn + expected.Count - hits);
        if (hits != expected.Count || hits != actual.Count)
        {
            Mismatches.Add((file, field, Set(expected), Set(actual)));
        }
    }

    private static string Set(IEnumerable<string> values) => string.Join(",", values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
}
