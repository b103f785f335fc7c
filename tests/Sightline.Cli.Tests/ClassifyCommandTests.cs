using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline classify` through the real executable, on files of the labelled reply corpus.</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private static readonly string[] Keys =
        ["file", "kind", "outcome", "hikvision", "dahua", "other_chinese", "exemptions", "capabilities_has", "capabilities_in_use", "counts", "models", "evidence", "confidence"];

    private readonly string _directory = TestPaths.NewTempDirectory("sightline-classify");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Corpus(string file) => TestPaths.Data("replies", "dev", file);

    [Fact]
    public async Task Json_has_exactly_the_documented_keys_and_evidence_for_every_finding()
    {
        string letter = Path.Combine(_directory, "reply.txt");
        await File.WriteAllTextAsync(letter, "Dear Requester,\n\nThe Council uses 42 Hikvision cameras (DS-2CD2347G2-LU). We do not use Dahua. " +
            "Facial recognition is available but not enabled. Locations are withheld under section 31(1)(a).\n", TestContext.Current.CancellationToken);

        CliResult result = await CliProcess.RunAsync(["classify", "--json", letter]);

        Assert.Equal(0, result.ExitCode);
        JsonElement reply = Assert.Single(result.Json().EnumerateArray());
        Assert.Equal(Keys, reply.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("answer", "partial", "yes", "no"), (reply.GetProperty("kind").GetString(), reply.GetProperty("outcome").GetString(), reply.GetProperty("hikvision").GetString(), reply.GetProperty("dahua").GetString()));
        Assert.Equal(42, reply.GetProperty("counts").GetProperty("hikvision").GetInt32());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("counts").GetProperty("dahua").ValueKind);
        Assert.Equal(["foia:s31"], reply.GetProperty("exemptions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["face_recognition"], reply.GetProperty("capabilities_has").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(reply.GetProperty("capabilities_in_use").EnumerateArray());
        Assert.Equal(["DS-2CD2347G2-LU"], reply.GetProperty("models").EnumerateArray().Select(e => e.GetString()));
        JsonElement hikvision = reply.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("field").GetString() == "hikvision");
        Assert.Equal("The Council uses 42 Hikvision cameras (DS-2CD2347G2-LU).", hikvision.GetProperty("quote").GetString());
        Assert.Equal("reply.txt", hikvision.GetProperty("document").GetString());
        Assert.Equal(17, hikvision.GetProperty("start").GetInt32());
    }

    [Fact]
    public async Task A_batch_goes_on_past_broken_files_and_says_which_and_why()
    {
        string empty = Path.Combine(_directory, "empty.txt");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);

        CliResult result = await CliProcess.RunAsync(["classify", "--json", empty, Corpus("d073-council-fenmarsh.docx"), Corpus("d012-council-mournevalley.txt")]);

        Assert.Equal(3, result.ExitCode);
        JsonElement[] replies = [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray()];
        Assert.Equal(["other", "other", "answer"], replies.Select(r => r.GetProperty("kind").GetString()));
        Assert.Contains("the file is empty", replies[0].GetProperty("evidence")[0].GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains("password-protected", replies[1].GetProperty("evidence")[0].GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Contains("d073-council-fenmarsh.docx", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_in_an_attachment_points_to_the_attachment()
    {
        CliResult result = await CliProcess.RunAsync(["classify", "--json", Corpus("d023-council-oakhurst.eml")]);

        JsonElement reply = Assert.Single(result.Json().EnumerateArray());
        JsonElement dahua = reply.GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("field").GetString() == "dahua");
        Assert.Equal("yes", reply.GetProperty("dahua").GetString());
        Assert.EndsWith(".pdf", dahua.GetProperty("document").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, dahua.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Cluster_groups_one_template_sent_by_several_bodies()
    {
        const string Template = "Dear Requester, {0} has considered your request and is refusing it under section 24(1) and section 31(1)(a) of the " +
            "Freedom of Information Act 2000, because disclosing the make and model of its security systems would assist those intending to commit crime. " +
            "Our reference is FOI-{1}. If you are unhappy you may ask for an internal review.";
        for (int i = 0; i < 4; i++)
        {
            string text = Template.Replace("{0}", $"Borough Council {i}", StringComparison.Ordinal).Replace("{1}", $"{4000 + i}", StringComparison.Ordinal);
            await File.WriteAllTextAsync(Path.Combine(_directory, $"template{i}.txt"), text, TestContext.Current.CancellationToken);
        }

        File.Copy(Corpus("d012-council-mournevalley.txt"), Path.Combine(_directory, "other.txt"));

        CliResult result = await CliProcess.RunAsync(["classify", "--cluster", "--json", _directory]);

        Assert.Equal(0, result.ExitCode);
        JsonElement json = result.Json();
        Assert.Equal((5, 4, 1), (json.GetProperty("replies").GetInt32(), json.GetProperty("grouped").GetInt32(), json.GetProperty("ungrouped").GetInt32()));
        JsonElement group = Assert.Single(json.GetProperty("groups").EnumerateArray());
        Assert.Equal(("refusal_notice", "refused"), (group.GetProperty("proposed_kind").GetString(), group.GetProperty("proposed_outcome").GetString()));
        Assert.All(group.GetProperty("members").EnumerateArray(), m => Assert.Contains("template", m.GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Labels_measure_the_coder_and_bad_labels_are_named_by_line()
    {
        string labels = Path.Combine(_directory, "labels.jsonl");
        File.Copy(Corpus("d012-council-mournevalley.txt"), Path.Combine(_directory, "a.txt"));
        await File.WriteAllTextAsync(labels, """
            {"file":"a.txt","kind":"answer","outcome":"answered","hikvision":"yes","dahua":"no","other_chinese":"no","exemptions":[],"capabilities_has":[],"capabilities_in_use":[],"counts":{"hikvision":11,"dahua":null},"models":[]}
            """, TestContext.Current.CancellationToken);

        CliResult good = await CliProcess.RunAsync(["classify", "--json", "--labels", labels]);
        await File.AppendAllTextAsync(labels, "\n{\"file\":\"a.txt\",\"kind\":\"reply\"}\n", TestContext.Current.CancellationToken);
        CliResult bad = await CliProcess.RunAsync(["classify", "--labels", labels]);

        Assert.Equal(0, good.ExitCode);
        Assert.Equal(1.0, good.Json().GetProperty("accuracy").GetProperty("hikvision").GetDouble());
        Assert.Equal(3, bad.ExitCode);
        Assert.Contains("labels.jsonl:2: field 'kind': 'reply' is not one of", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_shows_what_was_read_with_quoted_history_marked()
    {
        CliResult result = await CliProcess.RunAsync(["classify", "--text", Corpus("d023-council-oakhurst.eml")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("=== d023-council-oakhurst.eml › ", result.Output, StringComparison.Ordinal);
        Assert.Contains("Honeywell-branded", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_to_classify_is_a_usage_error()
    {
        CliResult result = await CliProcess.RunAsync(["classify"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nothing to classify", result.Error, StringComparison.Ordinal);
    }
}
