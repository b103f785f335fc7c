using System.Diagnostics;
using System.Globalization;
using Sightline.Core.Answers;
using Sightline.Core.Devices;
using Sightline.Documents;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sightline.Benchmarks.Answers;

/// <summary>Reading and coding replies: pages extracted per second (text PDFs, and scans through OCR), replies coded per second
/// with text already extracted, and template grouping of 5,000 replies. Accuracy is not printed here: it is measured with
/// <c>sightline classify --labels</c> (docs/answers.md), so that timing the coder never shows held-out figures.
/// Run: dotnet run -c Release --project bench/Sightline.Benchmarks -- scenario replies [CORPUS-DIR]</summary>
internal static class RepliesScenario
{
    public static async Task<int> RunAsync(string[] args)
    {
        string corpus = args.Length > 0 ? args[0] : FindCorpus();
        var reader = new DocumentReader();
        var coder = new AnswerCoder(new DeviceTextScanner(DeviceKnowledgeBase.Default));
        string work = Directory.CreateTempSubdirectory("sightline-bench-replies").FullName;
        try
        {
            await TextPdfPagesAsync(reader, work);
            await ScannedPagesAsync(reader, work);
            IReadOnlyList<(CodingLabel Label, Reply Reply)> replies = await ReadCorpusAsync(reader, corpus);
            Coding(coder, replies);
            Clustering(replies);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static async Task TextPdfPagesAsync(DocumentReader reader, string work)
    {
        const int documents = 100, pages = 5;
        var files = new List<string>();
        for (int d = 0; d < documents; d++)
        {
            string path = Path.Combine(work, $"letter{d}.pdf");
            await File.WriteAllBytesAsync(path, Letter(d, pages));
            files.Add(path);
        }

        var clock = Stopwatch.StartNew();
        int read = 0;
        foreach (string file in files)
        {
            Reply reply = await reader.ReadFileAsync(file);
            read += reply.Documents.Sum(x => x.Regions.Count(r => r.Page is not null));
        }

        clock.Stop();
        Print($"text PDF pages extracted: {read} pages in {clock.Elapsed.TotalSeconds:0.00} s = {read / clock.Elapsed.TotalSeconds:0} pages/s (PdfPig, one thread)");
    }

    private static async Task ScannedPagesAsync(DocumentReader reader, string work)
    {
        const int scans = 6;
        string pdf = Path.Combine(work, "source.pdf");
        await File.WriteAllBytesAsync(pdf, Letter(1, 1));
        using (var process = Process.Start("pdftoppm", ["-r", "200", "-png", "-singlefile", pdf, Path.Combine(work, "page")])!)
        {
            await process.WaitForExitAsync();
        }

        byte[] png = await File.ReadAllBytesAsync(Path.Combine(work, "page.png"));
        var builder = new PdfDocumentBuilder();
        for (int i = 0; i < scans; i++)
        {
            builder.AddPage(PageSize.A4).AddPng(png, new PdfRectangle(0, 0, 595, 842));
        }

        string scanned = Path.Combine(work, "scan.pdf");
        await File.WriteAllBytesAsync(scanned, builder.Build());
        var clock = Stopwatch.StartNew();
        Reply reply = await reader.ReadFileAsync(scanned);
        clock.Stop();
        int pages = reply.Documents.Sum(d => d.Regions.Count);
        bool read = reply.Documents.Any(d => d.Text.Contains("Hikvision", StringComparison.Ordinal));
        Print($"scanned PDF pages (pdftoppm 300 dpi + tesseract): {pages} pages in {clock.Elapsed.TotalSeconds:0.00} s = {pages / clock.Elapsed.TotalSeconds:0.00} pages/s; text recovered: {read}");
    }

    private static async Task<IReadOnlyList<(CodingLabel, Reply)>> ReadCorpusAsync(DocumentReader reader, string corpus)
    {
        string labelsFile = Path.Combine(corpus, "labels.jsonl");
        IReadOnlyList<CodingLabel> labels = CodingLabel.ParseJsonLines(await File.ReadAllTextAsync(labelsFile), labelsFile);
        var clock = Stopwatch.StartNew();
        var replies = new List<(CodingLabel, Reply)>();
        foreach (CodingLabel label in labels)
        {
            replies.Add((label, await reader.ReadFileAsync(Path.Combine(corpus, label.File))));
        }

        clock.Stop();
        Print($"labelled corpus read (all formats, OCR included): {replies.Count} replies in {clock.Elapsed.TotalSeconds:0.00} s");
        return replies;
    }

    private static void Coding(AnswerCoder coder, IReadOnlyList<(CodingLabel Label, Reply Reply)> replies)
    {
        for (int i = 0; i < 3; i++)
        {
            foreach (var (_, reply) in replies)
            {
                coder.Code(reply);
            }
        }

        var clock = Stopwatch.StartNew();
        int coded = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            foreach (var (_, reply) in replies)
            {
                coder.Code(reply);
                coded++;
            }
        }

        clock.Stop();
        long characters = replies.Sum(r => r.Reply.Documents.Sum(d => (long)d.Text.Length));
        Print($"replies coded (text already extracted, one thread): {coded / clock.Elapsed.TotalSeconds:0} replies/s; corpus average {characters / Math.Max(1, replies.Count):N0} characters a reply");

        // One pathological reply can halve the corpus figure: name the slowest, each coded ten times.
        var slowest = replies.Select(r =>
        {
            var one = Stopwatch.StartNew();
            for (int i = 0; i < 10; i++)
            {
                coder.Code(r.Reply);
            }

            return (r.Label.File, Milliseconds: one.Elapsed.TotalMilliseconds / 10, Characters: r.Reply.Documents.Sum(d => d.Text.Length));
        }).OrderByDescending(t => t.Milliseconds).Take(5);
        Print("slowest replies: " + string.Join("; ", slowest.Select(t => $"{t.File} {t.Milliseconds:0.0} ms ({t.Characters:N0} characters)")));
    }

    private static void Clustering(IReadOnlyList<(CodingLabel Label, Reply Reply)> replies)
    {
        string[] own = [.. replies.Select(r => ReplyText.OwnWords(r.Reply))];
        var texts = new List<string>();
        var random = new Random(5);
        while (texts.Count < 5000)
        {
            // Each corpus reply re-sent by many bodies with its names and numbers changed: a campaign's worth of templates.
            string text = own[random.Next(own.Length)];
            texts.Add(text.Replace("Council", $"Council {random.Next(1000)}", StringComparison.Ordinal) + $" Ref FOI-{random.Next(100000)}");
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<ReplyCluster> clusters = ReplyClusterer.Cluster(texts);
        clock.Stop();
        Print($"template grouping: 5,000 replies into {clusters.Count} groups covering {clusters.Sum(c => c.Members.Count):N0} in {clock.Elapsed.TotalSeconds:0.00} s");
    }

    private static byte[] Letter(int seed, int pages)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (int p = 0; p < pages; p++)
        {
            PdfPageBuilder page = builder.AddPage(PageSize.A4);
            for (int line = 0; line < 40; line++)
            {
                string text = (line % 4) switch
                {
                    0 => $"Freedom of Information request FOI-{seed:0000}-{p}: response of the Council, page {p + 1}.",
                    1 => "The Council operates 42 Hikvision cameras and 3 Dahua recorders across its leisure centres.",
                    2 => "Facial recognition is not enabled; ANPR is used at the car park under section 31 conditions.",
                    _ => "If you are unhappy with this response you may ask for an internal review within 40 working days.",
                };
                page.AddText(text, 10, new PdfPoint(40, 800 - (line * 19)), font);
            }
        }

        return builder.Build();
    }

    private static string FindCorpus()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string candidate = Path.Combine(dir, "tests", "data", "replies");
            if (File.Exists(Path.Combine(candidate, "labels.jsonl")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/data/replies/labels.jsonl not found; pass the corpus folder");
    }

    private static void Print(string line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
}
