using System.CommandLine;
using Sightline.Core.Answers;
using Sightline.Core.Devices;
using Sightline.Documents;
using Spectre.Console;

namespace Sightline.Cli.Commands.Answers;

/// <summary><c>sightline classify</c>: read replies and propose their codes with evidence; or group template replies.</summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Replies to read: .eml, .pdf, .docx, .xlsx, .csv, .html, .txt or images (formats are judged from content). " +
                "A folder is read recursively.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var cluster = new Option<bool>("--cluster") { Description = "Report groups of near-identical replies (one template from many bodies) instead of codes." };
        var threshold = new Option<double>("--similarity")
        {
            Description = "With --cluster: how alike two replies' own words must be to share a group (0–1, word 4-gram Jaccard).",
            DefaultValueFactory = _ => 0.8,
        };
        var labels = new Option<string?>("--labels")
        {
            Description = "Measure the coder against a person's codes: a JSON-lines file with the same keys as --json output (file paths " +
                "relative to it). Prints per-field accuracy, capability F1, the fields again over the replies coded with confidence " +
                "0.7 or more, and every mismatch.",
            HelpName = "FILE",
        };
        var split = new Option<string?>("--split") { Description = "With --labels: only the lines whose \"split\" is this (e.g. test).", HelpName = "NAME" };
        var showText = new Option<bool>("--text") { Description = "Print the text read from each document (quoted history marked with '> ') instead of codes: what the coder saw." };
        var noOcr = new Option<bool>("--no-ocr") { Description = "Do not run OCR on scans and images (faster; their text is reported as unread)." };
        var command = new Command("classify", "Read FOI replies (e-mail with attachments, PDF letters, Word, spreadsheets, scans) and propose " +
            "their codes: kind, outcome, Hikvision / Dahua / other Chinese use, exemptions, capabilities, counts and models, each with " +
            "the sentence that justifies it. Nothing is stored; a person confirms the codes.")
        {
            files, cluster, threshold, labels, split, showText, noOcr,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            TextWriter error = parse.InvocationConfiguration.Error;
            double similarity = parse.GetValue(threshold);
            if (similarity is <= 0 or > 1)
            {
                await error.WriteLineAsync("error: --similarity must be between 0 and 1");
                return ExitCodes.UsageError;
            }

            List<string> paths = [];
            IReadOnlyList<CodingLabel>? expected = null;
            if (parse.GetValue(labels) is { } labelsFile)
            {
                if (parse.GetValue(files) is { Length: > 0 })
                {
                    await error.WriteLineAsync("error: give FILE... or --labels, not both");
                    return ExitCodes.UsageError;
                }

                try
                {
                    string wanted = parse.GetValue(split) ?? "";
                    expected = [.. CodingLabel.ParseJsonLines(await File.ReadAllTextAsync(labelsFile, cancellationToken), labelsFile)
                        .Where(l => wanted.Length == 0 || string.Equals(l.Split, wanted, StringComparison.Ordinal))];
                }
                catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"error: {e.Message}");
                    return ExitCodes.BadInput;
                }

                string root = Path.GetDirectoryName(Path.GetFullPath(labelsFile))!;
                paths.AddRange(expected.Select(l => Path.Combine(root, l.File)));
            }
            else if (parse.GetValue(files) is not { Length: > 0 })
            {
                await error.WriteLineAsync("error: nothing to classify: give FILE... or --labels FILE");
                return ExitCodes.UsageError;
            }

            foreach (string path in parse.GetValue(files) ?? [])
            {
                if (Directory.Exists(path))
                {
                    paths.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
                }
                else
                {
                    paths.Add(path);
                }
            }

            var reader = new DocumentReader(ExtractionLimits.Default with { Ocr = !parse.GetValue(noOcr) });
            var coder = new AnswerCoder(new DeviceTextScanner(DeviceKnowledgeBase.Default));
            var replies = new Reply[paths.Count];
            await Parallel.ForEachAsync(Enumerable.Range(0, paths.Count), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (i, token) => replies[i] = await reader.ReadFileAsync(paths[i], token));

            bool unreadable = false;
            for (int i = 0; i < paths.Count; i++)
            {
                foreach (string problem in replies[i].Problems)
                {
                    await error.WriteLineAsync($"warning: {(Path.GetFileName(paths[i]) == replies[i].Name && problem.StartsWith(replies[i].Name, StringComparison.Ordinal) ? paths[i] + problem[replies[i].Name.Length..] : problem)}");
                }

                unreadable |= replies[i].Documents.Count == 0;
            }

            bool json = parse.GetValue(GlobalOptions.Json);
            if (expected is not null)
            {
                var score = new CodingScore();
                for (int i = 0; i < paths.Count; i++)
                {
                    score.Add(expected[i], coder.Code(replies[i]));
                }

                await WriteScoreAsync(output, json, score);
                return ExitCodes.Ok;
            }

            if (parse.GetValue(showText))
            {
                await WriteTextAsync(output, paths, replies);
                return unreadable ? ExitCodes.BadInput : ExitCodes.Ok;
            }

            if (parse.GetValue(cluster))
            {
                IReadOnlyList<ReplyCluster> clusters = ReplyClusterer.Cluster([.. replies.Select(ReplyText.OwnWords)], similarity);
                await WriteClustersAsync(output, json, paths, replies, clusters, coder);
            }
            else
            {
                var codings = new AnswerCoding[paths.Count];
                Parallel.For(0, paths.Count, i => codings[i] = coder.Code(replies[i]));
                await WriteCodingsAsync(output, json, paths, codings);
            }

            return unreadable ? ExitCodes.BadInput : ExitCodes.Ok;
        });
        return command;
    }

    private static async Task WriteCodingsAsync(TextWriter output, bool json, List<string> paths, AnswerCoding[] codings)
    {
        if (json)
        {
            await CliJson.WriteAsync(output, paths.Select((path, i) => ToJson(path, codings[i])));
            return;
        }

        var table = new Table().AddColumns("file", "kind", "outcome", "hikvision", "dahua", "other Chinese", "exemptions", "capabilities (in use*)", "confidence");
        for (int i = 0; i < paths.Count; i++)
        {
            AnswerCoding c = codings[i];
            string capabilities = string.Join(", ", c.CapabilitiesHas.Select(h => c.CapabilitiesInUse.Contains(h) ? h + "*" : h));
            table.AddRow(
                Markup.Escape(paths[i]), c.Kind, c.Outcome, Count(c.Hikvision, c.HikvisionCount), Count(c.Dahua, c.DahuaCount), c.OtherChinese,
                Markup.Escape(string.Join(", ", c.Exemptions)), Markup.Escape(capabilities), c.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
        {
            console.Profile.Width = 200; // a file or pipe has no width; do not fold the table to 80 columns
        }

        console.Write(table);
    }

    private static async Task WriteTextAsync(TextWriter output, List<string> paths, Reply[] replies)
    {
        for (int i = 0; i < paths.Count; i++)
        {
            foreach (ReplyDocument document in replies[i].Documents)
            {
                await output.WriteLineAsync($"=== {document.Name} ({document.MediaType})");
                string text = document.Text;
                int position = 0;
                foreach (TextRegion quoted in document.Regions.Where(r => r.Kind == RegionKind.Quoted))
                {
                    await output.WriteAsync(text.AsMemory(position, Math.Max(0, quoted.Start - position)));
                    foreach (string line in text[quoted.Start..quoted.End].Split('\n'))
                    {
                        await output.WriteLineAsync("> " + line);
                    }

                    position = quoted.End;
                }

                await output.WriteLineAsync(text.AsMemory(Math.Min(position, text.Length)));
            }
        }
    }

    private static async Task WriteScoreAsync(TextWriter output, bool json, CodingScore score)
    {
        if (json)
        {
            await CliJson.WriteAsync(output, new
            {
                score.Replies,
                Accuracy = CodingScore.Fields.ToDictionary(f => f, f => Math.Round(score.Accuracy(f), 4)),
                CapabilitiesHasF1 = Math.Round(score.F1("capabilities_has"), 4),
                CapabilitiesInUseF1 = Math.Round(score.F1("capabilities_in_use"), 4),
                score.YesWithoutEvidence,
                Confident = new
                {
                    From = CodingScore.ConfidentFrom,
                    score.ConfidentReplies,
                    Accuracy = CodingScore.ConfidentFields.ToDictionary(f => f, f => Math.Round(score.ConfidentAccuracy(f), 4)),
                },
                Mismatches = score.Mismatches.Select(m => new { m.File, m.Field, m.Expected, m.Actual }),
            });
            return;
        }

        await output.WriteLineAsync(score.Report());
        foreach (var (file, field, expectedValue, actual) in score.Mismatches)
        {
            await output.WriteLineAsync($"  {file}: {field} expected '{expectedValue}', got '{actual}'");
        }
    }

    private static string Count(string value, int? count) => count is int n ? $"{value} ({n})" : value;

    private static object ToJson(string path, AnswerCoding c) => new
    {
        File = path,
        c.Kind,
        c.Outcome,
        c.Hikvision,
        c.Dahua,
        OtherChinese = c.OtherChinese,
        c.Exemptions,
        c.CapabilitiesHas,
        c.CapabilitiesInUse,
        Counts = new { Hikvision = c.HikvisionCount, Dahua = c.DahuaCount },
        c.Models,
        Evidence = c.Evidence.Select(e => new { e.Field, e.Value, e.Quote, e.Document, e.Start, e.End, e.Page, e.Sheet, e.Cell }),
        c.Confidence,
    };

    private static async Task WriteClustersAsync(TextWriter output, bool json, List<string> paths, Reply[] replies, IReadOnlyList<ReplyCluster> clusters, AnswerCoder coder)
    {
        var groups = clusters.Select((cluster, n) =>
        {
            AnswerCoding coding = coder.Code(replies[cluster.Members[0]]);
            return new
            {
                Group = n + 1,
                Size = cluster.Members.Count,
                MinSimilarity = cluster.MinSimilarity,
                Representative = paths[cluster.Members[0]],
                ProposedKind = coding.Kind,
                ProposedOutcome = coding.Outcome,
                Members = cluster.Members.Select(m => paths[m]).ToList(),
            };
        }).ToList();
        int grouped = clusters.Sum(c => c.Members.Count);
        if (json)
        {
            await CliJson.WriteAsync(output, new { Replies = paths.Count, Grouped = grouped, Ungrouped = paths.Count - grouped, Groups = groups });
            return;
        }

        await output.WriteLineAsync($"{paths.Count} replies: {groups.Count} groups of near-identical replies cover {grouped}; {paths.Count - grouped} stand alone.");
        foreach (var group in groups)
        {
            await output.WriteLineAsync($"\ngroup {group.Group}: {group.Size} replies (similarity ≥ {group.MinSimilarity:0.00}), proposed {group.ProposedKind}/{group.ProposedOutcome}");
            foreach (string member in group.Members)
            {
                await output.WriteLineAsync($"  {member}");
            }
        }
    }
}
