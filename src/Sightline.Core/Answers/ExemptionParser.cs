using System.Text.RegularExpressions;

namespace Sightline.Core.Answers;

/// <summary>Finds the exemptions a reply cites, however officers write them: "section 31(1)(a)", "s.24(1)", "s43(2)",
/// "sections 24 and 31", "Section 12 of the Freedom of Information (Scotland) Act 2002", "regulation 12(5)(a)".</summary>
/// <remarks>Thread-safe. Sections that are not exemptions (the general right, time limits, advice, FOIA's refusal-notice
/// section) are ignored. The law comes from the words after the citation, else from the reply as a whole (a reply that
/// names the Scottish Act or FOISA is read under FOISA), else FOIA.</remarks>
public static partial class ExemptionParser
{
    // FOIA Part II exemptions and the cost/vexatious provisions; FOISA's equivalents and its s.17 "not held" notice.
    private static readonly HashSet<int> FoiaSections = [12, 14, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44];
    private static readonly HashSet<int> FoisaSections = [12, 14, 17, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41];

    public static IReadOnlyList<ExemptionCitation> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        bool scottishReply = ScottishAct().IsMatch(text);
        var citations = new List<ExemptionCitation>();
        foreach (Match match in SectionList().Matches(text))
        {
            string after = text.Substring(match.Index + match.Length, Math.Min(120, text.Length - match.Index - match.Length));
            bool scottish = ScottishAct().IsMatch(after) || (!UkAct().IsMatch(after) && scottishReply);
            bool regulations = match.Groups["reg"].Success;
            string law = regulations ? (scottish ? "eisr" : "eir") : (scottish ? "foisa" : "foia");
            foreach (Capture number in match.Groups["n"].Captures)
            {
                int n = int.Parse(number.Value, System.Globalization.CultureInfo.InvariantCulture);
                bool exemption = regulations ? n is 12 or 13 : (scottish ? FoisaSections : FoiaSections).Contains(n);
                if (exemption)
                {
                    citations.Add(new ExemptionCitation($"{law}:{(regulations ? 'r' : 's')}{n}", match.Index, match.Index + match.Length, match.Value));
                }
            }
        }

        return citations;
    }

    /// <summary>The distinct codes, in order of first citation.</summary>
    public static IReadOnlyList<string> Codes(string text) => [.. Parse(text).Select(c => c.Code).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<![A-Za-z'’\-/\d])(?:(?<reg>regulations?|regs?\.?)|sections?|secs?\.?|ss?\.?)\s*(?<n>\d{1,2})(?:\s*(?:(?:,|and|or|&)\s*)?\(\s*[0-9a-z]{1,3}\s*\))*(?:\s*\([A-Za-z][^()\d]{3,160}\))?(?:\s*(?:,|and|or|&|/)\s*(?:s\.?\s*)?(?<n>\d{1,2})(?:\s*(?:(?:,|and|or|&)\s*)?\(\s*[0-9a-z]{1,3}\s*\))*(?:\s*\([A-Za-z][^()\d]{3,160}\))?)*(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SectionList();

    [GeneratedRegex(@"\(Scotland\)\s*Act|\bFOISA\b|\bEISR\b|Scottish Information Commissioner", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScottishAct();

    [GeneratedRegex(@"^\s*(?:\(\s*[0-9a-z]{1,3}\s*\)\s*)*of\s+the\s+(?:Freedom\s+of\s+Information\s+Act|FOIA\b|Environmental\s+Information\s+Regulations\s+2004)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UkAct();
}
