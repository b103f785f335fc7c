using System.Text;
using MimeKit;
using Sightline.Core.Answers;

namespace Sightline.Documents.Tests;

public sealed class HostileInputTests
{
    [Fact]
    public async Task An_empty_file_is_a_problem_not_an_exception()
    {
        Reply reply = await new DocumentReader().ReadAsync([], "empty.txt", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Documents);
        Assert.Equal("empty.txt: the file is empty", Assert.Single(reply.Problems));
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        Reply reply = await new DocumentReader().ReadFileAsync("/nonexistent/reply.pdf", TestContext.Current.CancellationToken);

        Assert.Equal("reply.pdf: file not found", Assert.Single(reply.Problems));
    }

    [Fact]
    public async Task A_truncated_pdf_is_read_as_far_as_possible_or_reported()
    {
        byte[] pdf = Samples.Pdf(["The Council uses Hikvision cameras."]);
        byte[] truncated = pdf[..(pdf.Length / 2)];

        Reply reply = await new DocumentReader().ReadAsync(truncated, "cut.pdf", TestContext.Current.CancellationToken);

        Assert.True(reply.Problems.Count > 0 || reply.Documents.Count == 1);
        Assert.All(reply.Problems, p => Assert.StartsWith("cut.pdf: ", p, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Garbage_after_a_pdf_header_is_reported_as_a_damaged_pdf()
    {
        byte[] junk = [.. "%PDF-1.7\n"u8, .. Enumerable.Repeat((byte)'x', 5000)];

        Reply reply = await new DocumentReader().ReadAsync(junk, "junk.pdf", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Documents);
        Assert.Contains("junk.pdf: ", Assert.Single(reply.Problems), StringComparison.Ordinal);
        Assert.Contains("PDF", reply.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_encrypted_office_file_is_named_as_password_protected()
    {
        byte[] compound = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Reply reply = await new DocumentReader().ReadAsync(compound, "locked.docx", TestContext.Current.CancellationToken);

        Assert.Contains("password-protected", Assert.Single(reply.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_docx_is_reported_and_the_rest_of_the_message_is_read()
    {
        byte[] corrupt = Samples.Zip(("[Content_Types].xml", "<Types"u8.ToArray()), ("word/document.xml", "<not xml"u8.ToArray()));
        MimeMessage message = Samples.Message("Response", "We do not use Hikvision.", null,
            ("broken.docx", "application/octet-stream", corrupt), ("letter.pdf", "application/pdf", Samples.Pdf(["All cameras are Axis."])));

        Reply reply = await new DocumentReader().ReadAsync(Samples.Bytes(message), "reply.eml", TestContext.Current.CancellationToken);

        Assert.StartsWith("reply.eml › broken.docx: unreadable", Assert.Single(reply.Problems), StringComparison.Ordinal);
        Assert.Contains(reply.Documents, d => d.Text.Contains("All cameras are Axis.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_zip_bomb_is_stopped_at_the_decompression_limit()
    {
        byte[] bomb = Samples.Zip(("zeros.txt", new byte[20 * 1024 * 1024]), ("note.txt", "We use Dahua."u8.ToArray()));
        var reader = new DocumentReader(ExtractionLimits.Default with { MaxDecompressedBytes = 5 * 1024 * 1024 });

        Reply reply = await reader.ReadAsync(bomb, "annex.zip", TestContext.Current.CancellationToken);

        Assert.Contains(reply.Problems, p => p.StartsWith("annex.zip › zeros.txt:", StringComparison.Ordinal) && p.Contains("decompression limit", StringComparison.Ordinal));
        Assert.Contains(reply.Documents, d => d.Text == "We use Dahua.");
    }

    [Fact]
    public async Task Nesting_deeper_than_the_limit_is_refused()
    {
        byte[] content = "We use Hikvision."u8.ToArray();
        for (int i = 0; i < 4; i++)
        {
            content = Samples.Zip(($"level{i}.zip", content));
        }

        var reader = new DocumentReader(ExtractionLimits.Default with { MaxDepth = 2 });
        Reply reply = await reader.ReadAsync(content, "outer.zip", TestContext.Current.CancellationToken);

        Assert.Contains(reply.Problems, p => p.Contains("nested more than 2 levels", StringComparison.Ordinal));
        Assert.Empty(reply.Documents);
    }

    [Fact]
    public async Task An_enormous_table_is_cut_at_the_cell_limit_and_says_so()
    {
        var csv = new StringBuilder("Make,Qty\n");
        for (int i = 0; i < 5000; i++)
        {
            csv.Append("Axis,1\n");
        }

        var reader = new DocumentReader(ExtractionLimits.Default with { MaxCells = 1000 });
        Reply reply = await reader.ReadAsync(Samples.Utf8(csv.ToString()), "big.csv", TestContext.Current.CancellationToken);

        Assert.Equal("big.csv: more than 1,000 cells; the rest of the file was not read", Assert.Single(reply.Problems));
        Assert.True(Assert.Single(reply.Documents).Text.Length < 20_000);
    }

    [Fact]
    public async Task A_slow_external_tool_is_stopped_at_its_time_out()
    {
        var reader = new DocumentReader(ExtractionLimits.Default with { ToolTimeout = TimeSpan.FromMilliseconds(1) });

        Reply reply = await reader.ReadAsync(Samples.Png("Hikvision"), "scan.png", TestContext.Current.CancellationToken);

        Assert.Contains("took longer than", Assert.Single(reply.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_file_is_refused_before_it_is_read()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "huge.txt");
        await File.WriteAllBytesAsync(path, new byte[2048], TestContext.Current.CancellationToken);
        var reader = new DocumentReader(ExtractionLimits.Default with { MaxFileBytes = 1024 });

        Reply reply = await reader.ReadFileAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("huge.txt: file is 2048 bytes, over the 1024 bytes limit", Assert.Single(reply.Problems));
    }

    [Fact]
    public async Task Binary_content_of_an_unknown_kind_is_named()
    {
        Reply reply = await new DocumentReader().ReadAsync([1, 0, 2, 0, 3, 0, 4], "blob.txt", TestContext.Current.CancellationToken);

        Assert.Contains("binary content", Assert.Single(reply.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_mime_still_yields_the_text_that_is_there()
    {
        string raw = "From: foi@council.example\r\nSubject: Response\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\nContent-Type: text/plain\r\n\r\nWe do not use Hikvision.\r\n--b1\r\nContent-Type: application/pdf; name=x.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%not base64";

        Reply reply = await new DocumentReader().ReadAsync(Encoding.ASCII.GetBytes(raw), "odd.eml", TestContext.Current.CancellationToken);

        Assert.Contains(reply.Documents, d => d.Text.Contains("We do not use Hikvision.", StringComparison.Ordinal));
    }
}
