using Sightline.Core.Devices;
using Sightline.Testing;

namespace Sightline.Core.Tests.Devices;

/// <summary>Precision and recall of "made by Hikvision / Dahua" over the labelled corpus (tests/data/devices/corpus.tsv) and over
/// model numbers generated from the makers' grammar that the corpus never lists.</summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly DeviceTextScanner Scanner = new(DeviceKnowledgeBase.Default);

    public static IReadOnlyList<(string Label, string Group, string Text)> Corpus { get; } =
        [.. File.ReadLines(TestPaths.Data("devices", "corpus.tsv")).Skip(1).Select(l => l.Split('\t')).Select(p => (p[0], p[1], p[2]))];

    private static HashSet<string> Predicted(string text) =>
        [.. Scanner.Scan(text).Where(m => m.Maker is "hikvision" or "dahua").Select(m => m.Maker!)];

    internal static (double Precision, double Recall, int Tp, int Fp, int Fn, List<string> Errors) Measure(string maker, IEnumerable<(string Label, string Text)> items)
    {
        int tp = 0, fp = 0, fn = 0;
        var errors = new List<string>();
        foreach (var (label, text) in items)
        {
            bool predicted = Predicted(text).Contains(maker);
            bool actual = label == maker;
            if (predicted && actual)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
                errors.Add($"FP {maker}: {text}");
            }
            else if (actual)
            {
                fn++;
                errors.Add($"FN {maker}: {text}");
            }
        }

        return (tp + fp == 0 ? 1 : (double)tp / (tp + fp), tp + fn == 0 ? 1 : (double)tp / (tp + fn), tp, fp, fn, errors);
    }

    [Fact]
    public void The_corpus_has_at_least_1500_labelled_strings_of_every_kind()
    {
        Assert.True(Corpus.Count >= 1500, $"{Corpus.Count} strings");
        Assert.All(new[] { "model", "sentence", "inventory", "lookalike", "lower", "dashless" }, g => Assert.Contains(Corpus, c => c.Group == g));
        Assert.All(new[] { "hikvision", "dahua", "other_chinese", "other", "none" }, l => Assert.Contains(Corpus, c => c.Label == l));
    }

    [Theory]
    [InlineData("hikvision")]
    [InlineData("dahua")]
    public void Each_maker_is_found_with_high_precision_and_recall(string maker)
    {
        var (precision, recall, tp, fp, fn, errors) = Measure(maker, Corpus.Select(c => (c.Label, c.Text)));
        output.WriteLine($"{maker}: precision {precision:P2}, recall {recall:P2} (tp {tp}, fp {fp}, fn {fn}) over {Corpus.Count} strings");
        foreach (string error in errors.Take(30))
        {
            output.WriteLine(error);
        }

        Assert.True(recall >= 0.98, $"{maker} recall {recall:P2}: {string.Join(" | ", errors.Take(10))}");
        Assert.True(precision >= 0.995, $"{maker} precision {precision:P2}: {string.Join(" | ", errors.Take(10))}");
    }

    [Fact]
    public void Look_alikes_never_fire_as_hikvision_or_dahua()
    {
        var fired = Corpus.Where(c => c.Label is "none" or "other" or "other_chinese").Where(c => Predicted(c.Text).Count > 0).Select(c => c.Text).ToList();
        Assert.Empty(fired);
    }
}
