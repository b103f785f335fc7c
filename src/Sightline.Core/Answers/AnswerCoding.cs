namespace Sightline.Core.Answers;

/// <summary>The codes the answer coder uses, exactly as they appear in JSON, results files and the review queue.</summary>
public static class ReplyCodes
{
    public static IReadOnlyList<string> Kinds { get; } =
        ["answer", "acknowledgement", "auto_reply", "clarification_request", "fees_notice", "refusal_notice", "review_outcome", "delivery_failure", "other"];

    public static IReadOnlyList<string> Outcomes { get; } = ["answered", "partial", "refused", "not_held", "ncnd", "none"];

    public static IReadOnlyList<string> MakerValues { get; } = ["yes", "no", "unknown"];

    public const string Yes = "yes";
    public const string No = "no";
    public const string Unknown = "unknown";
}

/// <summary>Where a coded value came from: the quoted words, the document and the span within its text.</summary>
/// <param name="Field">The field it supports (<c>kind</c>, <c>outcome</c>, <c>hikvision</c>, <c>exemptions</c>, <c>capabilities_has</c>, ...).</param>
/// <param name="Value">The value it supports (<c>yes</c>, <c>foia:s31</c>, <c>face_detection</c>, <c>42</c>).</param>
/// <param name="Quote">The sentence or table row, as written.</param>
/// <param name="Start">Index of the quote's first character in the document's text.</param>
/// <param name="End">Index just past its last character.</param>
public sealed record CodingEvidence(string Field, string Value, string Quote, string Document, int Start, int End, int? Page, string? Sheet, string? Cell);

/// <summary>What a reply says, as proposed codes with the evidence for each; a person confirms or corrects them.</summary>
/// <param name="Kind">One of <see cref="ReplyCodes.Kinds"/>.</param>
/// <param name="Outcome">One of <see cref="ReplyCodes.Outcomes"/>.</param>
/// <param name="Confidence">0 to 1: low when evidence is hedged, conflicting, read by OCR, or missing.</param>
public sealed record AnswerCoding(
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
    IReadOnlyList<string> Models,
    IReadOnlyList<CodingEvidence> Evidence,
    double Confidence);
