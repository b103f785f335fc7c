using Sightline.Core.Answers;
using Sightline.Core.Devices;
using Sightline.Testing;

namespace Sightline.Documents.Tests;

/// <summary>The coder against the labelled corpus in tests/data/replies: real e-mails, PDFs (with text and scanned), Word,
/// Excel, HTML and images, read by the real document reader. The "test" split was labelled separately and is never used
/// to tune the rules; its floors are the accuracy the project promises. A change that lowers them fails here.</summary>
public sealed class CorpusAccuracyTests
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, CodingScore>>> Scores = new(ScoreAsync);

    [Fact]
    public void The_corpus_is_large_and_covers_every_kind_and_outcome()
    {
        IReadOnlyList<CodingLabel> labels = Labels();

        Assert.True(labels.Count >= 200, $"{labels.Count} labelled replies");
        Assert.All(ReplyCodes.Kinds, kind => Assert.Contains(labels, l => l.Kind == kind));
        Assert.All(ReplyCodes.Outcomes, outcome => Assert.Contains(labels, l => l.Outcome == outcome));
        foreach (string extension in (string[])[".txt", ".eml", ".pdf", ".docx", ".xlsx", ".html", ".png"])
        {
            Assert.Contains(labels, l => l.File.EndsWith(extension, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Held_out_replies_meet_the_accuracy_floors()
    {
        CodingScore score = (await Scores.Value)["test"];
        TestContext.Current.SendDiagnosticMessage(score.Report());

        // Floors just under what the rules reach on these unseen replies (220): t1876-t1930, t1931-t1985, t1986-t2040 and
        // t2041-t2095, four other authors' batches written after the other_chinese call was settled, each scored on joining
        // (docs/answers.md has the figures of each batch). Every field meets what the project aims for (95%, exemptions 90%).
        Assert.True(score.Accuracy("outcome") >= 0.97, score.Report());
        Assert.True(score.Accuracy("hikvision") >= 0.99, score.Report());
        Assert.True(score.Accuracy("dahua") >= 0.97, score.Report());
        Assert.True(score.Accuracy("other_chinese") >= 0.95, score.Report());
        Assert.True(score.Accuracy("exemptions") >= 0.975, score.Report());
        Assert.True(score.Accuracy("kind") >= 0.965, score.Report());
        Assert.True(score.F1("capabilities_has") >= 0.93, score.Report());
        Assert.True(score.F1("capabilities_in_use") >= 0.93, score.Report());
    }

    [Fact]
    public async Task Held_out_replies_coded_with_confidence_meet_the_aims()
    {
        CodingScore score = (await Scores.Value)["test"];

        // The confidence sends the replies whose reading is uncertain to a person: on the two thirds of unseen replies coded at
        // 0.7 or more, outcome and every maker reach the project's 95% (141 of 220 today).
        Assert.True(score.ConfidentReplies >= score.Replies * 0.6, score.Report());
        Assert.True(score.ConfidentAccuracy("outcome") >= 0.965, score.Report());
        Assert.True(score.ConfidentAccuracy("hikvision") >= 0.985, score.Report());
        Assert.True(score.ConfidentAccuracy("dahua") >= 0.98, score.Report());
        Assert.True(score.ConfidentAccuracy("other_chinese") >= 0.96, score.Report());
    }

    [Fact]
    public async Task No_maker_is_ever_yes_without_evidence()
    {
        IReadOnlyDictionary<string, CodingScore> scores = await Scores.Value;

        Assert.All(scores.Values, s => Assert.Equal(0, s.YesWithoutEvidence));
    }

    [Fact]
    public async Task The_tuning_split_stays_where_it_was()
    {
        CodingScore score = (await Scores.Value)["dev"];

        // Dev floors just under today's figures on the 2,188 dev replies, with d1001-d1112, d1611-d1720 and d2766-d2875 (first
        // held out, never tuned on) just joined.
        Assert.True(score.Accuracy("kind") >= 0.985, score.Report());
        Assert.True(score.Accuracy("outcome") >= 0.975, score.Report());
        Assert.True(score.Accuracy("hikvision") >= 0.99, score.Report());
        Assert.True(score.Accuracy("dahua") >= 0.985, score.Report());
        Assert.True(score.Accuracy("other_chinese") >= 0.975, score.Report());
        Assert.True(score.Accuracy("exemptions") >= 0.99, score.Report());
        Assert.True(score.F1("capabilities_has") >= 0.96, score.Report());
        Assert.True(score.F1("capabilities_in_use") >= 0.96, score.Report());
        Assert.True(score.ConfidentAccuracy("other_chinese") >= 0.99, score.Report());
    }

    private static IReadOnlyList<CodingLabel> Labels()
    {
        string file = TestPaths.Data("replies", "labels.jsonl");
        return CodingLabel.ParseJsonLines(File.ReadAllText(file), file);
    }

    private static async Task<IReadOnlyDictionary<string, CodingScore>> ScoreAsync()
    {
        var reader = new DocumentReader();
        var coder = new AnswerCoder(new DeviceTextScanner(DeviceKnowledgeBase.Default));
        var scores = new Dictionary<string, CodingScore>(StringComparer.Ordinal);
        IReadOnlyList<CodingLabel> labels = Labels();
        Reply[] replies = new Reply[labels.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, labels.Count), async (i, token) =>
            replies[i] = await reader.ReadFileAsync(TestPaths.Data("replies", labels[i].File), token));
        for (int i = 0; i < labels.Count; i++)
        {
            string split = labels[i].Split ?? "all";
            if (!scores.TryGetValue(split, out CodingScore? score))
            {
                scores[split] = score = new CodingScore();
            }

            score.Add(labels[i], coder.Code(replies[i]));
        }

        return scores;
    }
}
