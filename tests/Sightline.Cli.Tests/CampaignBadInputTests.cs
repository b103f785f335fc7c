using System.Text.Json;
using Sightline.Testing;
using Sightline.Testing.Mail;

namespace Sightline.Cli.Tests;

/// <summary>Bad input to the campaign and mail commands: clear, specific errors, nothing lost, sync resumable.</summary>
public sealed class CampaignBadInputTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-campaign-bad");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Db => Path.Combine(_directory, "bad.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args]);

    private async Task<string[]> CouncilsAsync(int count) =>
        [.. (await RunAsync("bodies", "list", "--sector", "council", "--limit", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json")).Json()
            .GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];

    private string Write(string name, string text)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<CliResult> CreateAsync(string template, string bodies, string? contacts, string name = "bad") => RunAsync(
        ["campaign", "create", "--name", name, "--prefix", "BAD", "--template", template, "--bodies", bodies, .. contacts is null ? Array.Empty<string>() : ["--contacts", contacts],
        "--reply-domain", "example.test", "--from", "Jo <jo@example.test>", "--json"]);

    [Fact]
    public async Task A_template_with_an_unknown_merge_field_is_refused_naming_the_field_and_line()
    {
        string[] ids = await CouncilsAsync(1);
        string template = Write("t.txt", "Subject: FOI {reference}\n\nDear {body_name},\nplease reply by {deu_date}.\n");

        CliResult result = await CreateAsync(template, Write("b.txt", ids[0]), Write("c.csv", $"{ids[0]},foi@council.example.test"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("t.txt:4: unknown merge field {deu_date}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_contact_address_is_refused_with_file_line_and_field()
    {
        string[] ids = await CouncilsAsync(2);
        string template = Write("t.txt", "Dear {body_name}, ({reference})\n");

        CliResult result = await CreateAsync(template, Write("b.txt", string.Join('\n', ids)), Write("c.csv", $"body,email\n{ids[0]},foi@council.example.test\n{ids[1]},foi at council\n"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("c.csv:3: field 'email': 'foi at council' is not an e-mail address", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_without_an_foi_address_are_reported_and_left_out()
    {
        string[] ids = await CouncilsAsync(3);
        string template = Write("t.txt", "Dear {body_name}, ({reference})\n");

        JsonElement created = (await CreateAsync(template, Write("b.txt", string.Join('\n', ids)), Write("c.csv", $"{ids[1]},foi@council.example.test\n"))).Json();
        CliResult none = await CreateAsync(template, Write("b2.txt", ids[0]), null, "other");

        Assert.Equal(1, created.GetProperty("requests").GetInt32());
        Assert.Equal(2, created.GetProperty("skipped_by_reason").GetProperty("no_foi_address").GetInt32());
        Assert.Equal([ids[0], ids[2]], created.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(3, none.ExitCode);
        Assert.Contains("none of the 1 chosen bodies has a usable FOI address", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_mime_and_oversized_attachments_are_kept_and_reported()
    {
        string folder = Path.Combine(_directory, "saved");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "broken.eml"), "From: foi@council.example.test\r\nSubject: broken\r\nContent-Type: multipart/mixed; boundary=\"nope\"\r\n\r\n--nope\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64%%%\r\n");
        var big = new MimeKit.BodyBuilder { TextBody = "Our answer is attached." };
        big.Attachments.Add("scan.pdf", new byte[(int)(1.5 * 1024 * 1024)]);
        var message = new MimeKit.MimeMessage { Subject = "Your request", Body = big.ToMessageBody() };
        message.From.Add(MimeKit.MailboxAddress.Parse("foi@council.example.test"));
        message.To.Add(MimeKit.MailboxAddress.Parse("foi@example.test"));
        await message.WriteToAsync(Path.Combine(folder, "big.eml"), Ct);

        JsonElement sync = (await RunAsync("mail", "sync", "--eml", folder, "--max-attachment-mb", "1", "--json")).Json();
        JsonElement again = (await RunAsync("mail", "sync", "--eml", folder, "--json")).Json();
        JsonElement held = (await RunAsync("mail", "unmatched", "--json")).Json();

        Assert.Equal(2, sync.GetProperty("outcomes").GetProperty("held").GetInt32());
        string problems = string.Join(" ", sync.GetProperty("filed").EnumerateArray().SelectMany(f => f.GetProperty("problems").EnumerateArray().Select(p => p.GetString())));
        Assert.Contains("scan.pdf is 1.5 MB, over the 1 MB limit", problems, StringComparison.Ordinal);
        Assert.Equal(2, again.GetProperty("outcomes").GetProperty("duplicate").GetInt32());
        Assert.Equal(2, held.GetArrayLength());
    }

    [Fact]
    public async Task A_held_message_is_filed_by_hand_once_and_a_wrong_message_or_reference_is_named()
    {
        string[] ids = await CouncilsAsync(1);
        string template = Write("t.txt", "Dear {body_name}, ({reference})\n");
        Assert.Equal(0, (await CreateAsync(template, Write("b.txt", ids[0]), Write("c.csv", $"{ids[0]},foi@council.example.test\n"))).ExitCode);
        string folder = Path.Combine(_directory, "held");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "reply.eml"), "From: records@elsewhere.example.test\r\nTo: jo@example.test\r\nSubject: CCTV\r\n\r\n" +
            "We do not use Hikvision or Dahua equipment. All of our cameras are Axis.\r\n");
        Assert.Equal(0, (await RunAsync("mail", "sync", "--eml", folder)).ExitCode);
        long id = (await RunAsync("mail", "unmatched", "--json")).Json()[0].GetProperty("id").GetInt64();
        string idText = id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        CliResult noRequest = await RunAsync("mail", "assign", idText, "BAD-9999");
        CliResult noMessage = await RunAsync("mail", "assign", "987654", "BAD-0001");
        CliResult filed = await RunAsync("mail", "assign", idText, "bad-0001", "--json");
        CliResult again = await RunAsync("mail", "assign", idText, "BAD-0001");

        Assert.Equal((1, "error: no request BAD-9999"), (noRequest.ExitCode, noRequest.Error.Trim()));
        Assert.Equal((1, "error: no message #987654 (see: sightline mail unmatched)"), (noMessage.ExitCode, noMessage.Error.Trim()));
        Assert.Equal(0, filed.ExitCode);
        Assert.Equal(("BAD-0001", "answer"), (filed.Json().GetProperty("reference").GetString(), filed.Json().GetProperty("triage").GetString()));
        Assert.Equal((1, $"error: message #{id} is already filed under BAD-0001"), (again.ExitCode, again.Error.Trim()));
        Assert.Equal(0, (await RunAsync("mail", "unmatched", "--json")).Json().GetArrayLength());
    }

    [Fact]
    public async Task A_mailbox_that_goes_away_mid_sync_is_reported_and_the_next_sync_resumes_without_duplicates()
    {
        LocalMail.Require();
        string user = LocalMail.NewRun() + "@example.test";
        await LocalMail.SendAsync(Enumerable.Range(1, 12).Select(i =>
        {
            var m = new MimeKit.MimeMessage { Subject = $"Message {i}", Body = new MimeKit.TextPart("plain") { Text = new string('x', 4000) + i } };
            m.From.Add(MimeKit.MailboxAddress.Parse($"foi@b{i}.example.test"));
            m.To.Add(MimeKit.MailboxAddress.Parse(user));
            return m;
        }), Ct);
        Assert.Equal(12, await LocalMail.WaitForAsync(user, 12, cancellationToken: Ct));
        await using var proxy = new CuttingProxy(LocalMail.ImapPort, cutAfterBytes: 20_000);
        string url = $"imap://{Uri.EscapeDataString(user)}:secret@127.0.0.1:{proxy.Port}/INBOX";

        CliResult cut = await RunAsync("mail", "sync", "--imap", url, "--tls", "none", "--json");
        CliResult resumed = await RunAsync("mail", "sync", "--imap", url, "--tls", "none", "--json");
        CliResult missing = await RunAsync("mail", "sync", "--imap", $"imap://{Uri.EscapeDataString(user)}:secret@127.0.0.1:{LocalMail.ImapPort}/NoSuchFolder", "--tls", "none");

        Assert.Equal(1, cut.ExitCode);
        Assert.Contains("went away after", cut.Error, StringComparison.Ordinal);
        Assert.Contains("run 'mail sync' again to resume", cut.Error, StringComparison.Ordinal);
        int first = JsonDocument.Parse(cut.Output).RootElement.GetProperty("messages").GetInt32();
        Assert.InRange(first, 1, 11);
        Assert.Equal(12 - first, resumed.Json().GetProperty("messages").GetInt32());
        Assert.Equal(12, (await RunAsync("mail", "unmatched", "--json")).Json().GetArrayLength());
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("cannot read the mailbox", missing.Error, StringComparison.Ordinal);
    }
}
