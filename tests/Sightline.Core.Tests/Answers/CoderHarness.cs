using Sightline.Core.Answers;
using Sightline.Core.Devices;

namespace Sightline.Core.Tests.Answers;

/// <summary>Codes a reply written as plain text or as table rows, with the default knowledge base (what the coder's rule tests
/// share).</summary>
internal static class CoderHarness
{
    private static readonly AnswerCoder Coder = new(new DeviceTextScanner(DeviceKnowledgeBase.Default));

    public static AnswerCoding Code(string text) =>
        Coder.Code(new Reply("reply.txt", [ReplyDocument.Plain("reply.txt", text)], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []));

    /// <summary>A letter sentence, then table rows (each line one row of cells, as the document readers write them).</summary>
    public static AnswerCoding CodeTable(string lead, params string[] rows)
    {
        string text = lead + "\n" + string.Join("\n", rows) + "\n";
        var regions = new List<TextRegion>();
        int at = lead.Length + 1;
        foreach (string row in rows)
        {
            regions.Add(new TextRegion(at, at + row.Length, RegionKind.Cell, Sheet: "table 1", Cell: "A1"));
            at += row.Length + 1;
        }

        return Coder.Code(new Reply("reply.docx", [new ReplyDocument("reply.docx", "application/docx", text, regions)], new Dictionary<string, string>(), []));
    }
}
