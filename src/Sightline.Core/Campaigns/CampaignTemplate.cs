using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Sightline.Core.Campaigns;

/// <summary>The request text of a campaign: an optional <c>Subject:</c> line, a blank line, then the body, with merge fields in
/// braces. Unknown fields are an error that names the field and the line, so a typo never reaches a public body.</summary>
public sealed record CampaignTemplate(string Subject, string Body)
{
    public const string DefaultSubject = "Freedom of Information request {reference}";

    /// <summary>The merge fields, in the order the documentation lists them.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["body_name", "reference", "law", "law_citation", "due_date", "requester_name", "requester_address"];

    public static bool TryParse(string text, string fileName, [NotNullWhen(true)] out CampaignTemplate? template, out IReadOnlyList<string> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problems = new List<string>();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string subject = DefaultSubject;
        int bodyStart = 0;
        if (lines.Length > 0 && lines[0].StartsWith("Subject:", StringComparison.OrdinalIgnoreCase))
        {
            subject = lines[0]["Subject:".Length..].Trim();
            bodyStart = lines.Length > 1 && lines[1].Trim().Length == 0 ? 2 : 1;
            if (subject.Length == 0)
            {
                problems.Add($"{fileName}:1: the Subject line is empty");
            }
        }

        for (int i = 0; i < lines.Length; i++)
        {
            foreach (string problem in CheckLine(lines[i]))
            {
                problems.Add($"{fileName}:{i + 1}: {problem}");
            }
        }

        string body = string.Join('\n', lines[bodyStart..]).Trim('\n');
        if (body.Trim().Length == 0)
        {
            problems.Add($"{fileName}: the request text is empty");
        }

        if (!subject.Contains("{reference}", StringComparison.Ordinal))
        {
            subject += " [{reference}]"; // the reference must be in every subject so replies file themselves
        }

        errors = problems;
        template = problems.Count == 0 ? new CampaignTemplate(subject, body + "\n") : null;
        return template is not null;
    }

    /// <summary>Fills the fields. Every field must have a value.</summary>
    public (string Subject, string Body) Render(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return (Fill(Subject, values), Fill(Body, values));
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        var result = new StringBuilder(text.Length + 200);
        int position = 0;
        while (position < text.Length)
        {
            int open = text.IndexOf('{', position);
            int close = open < 0 ? -1 : text.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                result.Append(text, position, text.Length - position);
                break;
            }

            result.Append(text, position, open - position);
            string key = text[(open + 1)..close];
            result.Append(values.TryGetValue(key, out string? value) ? value : text[open..(close + 1)]);
            position = close + 1;
        }

        return result.ToString();
    }

    private static IEnumerable<string> CheckLine(string line)
    {
        int position = 0;
        while (position < line.Length)
        {
            int open = line.IndexOf('{', position);
            if (open < 0)
            {
                yield break;
            }

            int close = line.IndexOf('}', open);
            if (close < 0)
            {
                yield return $"'{{' without a closing '}}' at column {open + 1}";
                yield break;
            }

            string key = line[(open + 1)..close];
            if (!Fields.Contains(key, StringComparer.Ordinal))
            {
                yield return $"unknown merge field {{{key}}} (known: {string.Join(", ", Fields.Select(f => "{" + f + "}"))})";
            }

            position = close + 1;
        }
    }
}
