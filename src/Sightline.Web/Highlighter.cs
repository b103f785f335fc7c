using Sightline.Core.Answers;

namespace Sightline.Web;

/// <summary>One piece of a reply's text: plain, or evidence for a code.</summary>
public sealed record TextSegment(string Text, IReadOnlyList<CodingEvidence> Evidence)
{
    public bool IsEvidence => Evidence.Count > 0;
}

/// <summary>Cuts a reply's text into plain and evidence segments, so that a page can mark the evidence while the text itself is
/// written escaped (never as HTML).</summary>
public static class Highlighter
{
    public static IReadOnlyList<TextSegment> Segments(string text, IReadOnlyList<CodingEvidence> evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(evidence);
        var cuts = new SortedSet<int> { 0, text.Length };
        var spans = evidence.Where(e => e.Start >= 0 && e.End > e.Start && e.Start < text.Length).Select(e => (Start: e.Start, End: Math.Min(e.End, text.Length), Evidence: e)).ToList();
        foreach (var s in spans)
        {
            cuts.Add(s.Start);
            cuts.Add(s.End);
        }

        var segments = new List<TextSegment>();
        int previous = 0;
        foreach (int cut in cuts.Skip(1))
        {
            var covering = spans.Where(s => s.Start <= previous && s.End >= cut).Select(s => s.Evidence).ToList();
            segments.Add(new TextSegment(text[previous..cut], covering));
            previous = cut;
        }

        return segments;
    }
}
