using Sightline.Core.Answers;
using Sightline.Core.Correspondence;

namespace Sightline.Core.Tests.Correspondence;

public sealed class ProposedCodingTests
{
    private static CodingEvidence Quote(ReplyDocument document, string quote)
    {
        int start = document.Text.IndexOf(quote, StringComparison.Ordinal);
        return new CodingEvidence("hikvision", "yes", quote, document.Name, start, start + quote.Length, null, null, null);
    }

    [Fact]
    public void Evidence_in_any_document_of_a_reply_points_at_its_quote_in_the_joined_review_text()
    {
        var body = ReplyDocument.Plain("reply.eml", "Please find our response attached. We use Dahua.");
        var letter = ReplyDocument.Plain("reply.eml › letter.pdf", "The council operates 12 Hikvision cameras.");
        var reply = new Reply("reply.eml", [body, letter], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);
        var coding = new AnswerCoding("answer", "answered", "yes", "yes", "unknown", [], [], [], 12, null, [],
            [Quote(body, "We use Dahua."), Quote(letter, "12 Hikvision cameras"), new CodingEvidence("x", "y", "gone", "elsewhere.pdf", 0, 4, null, null, null)], 0.9);

        ProposedCoding proposal = ProposedCoding.For(reply, coding);

        Assert.Equal("reply.eml", proposal.Document);
        Assert.Equal(["We use Dahua.", "12 Hikvision cameras"], proposal.Coding.Evidence.Take(2).Select(e => proposal.Text[e.Start..e.End]));
        Assert.Contains(ProposedCoding.Heading(letter.Name), proposal.Text, StringComparison.Ordinal);
        Assert.Equal(-1, proposal.Coding.Evidence[2].Start); // a document the text does not hold is not highlighted anywhere
    }

    [Fact]
    public void A_reply_of_one_document_is_reviewed_in_that_documents_own_text()
    {
        var body = ReplyDocument.Plain("reply.eml", "We use Hikvision.");
        var reply = new Reply("reply.eml", [body], new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), []);
        var coding = new AnswerCoding("answer", "answered", "yes", "no", "unknown", [], [], [], null, null, [], [Quote(body, "Hikvision")], 0.9);

        ProposedCoding proposal = ProposedCoding.For(reply, coding);

        Assert.Equal((body.Text, coding), (proposal.Text, proposal.Coding));
    }
}
