using System.Text;
using MimeKit;
using Sightline.Core.Answers;

namespace Sightline.Documents.Tests;

public sealed class DocumentReaderTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public async Task Plain_text_in_Windows_1252_keeps_pound_signs_and_curly_quotes()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes("The fee is "), 0xA3, .. Encoding.ASCII.GetBytes("450 "), 0x93, .. Encoding.ASCII.GetBytes("approx"), 0x94];

        Reply reply = await _reader.ReadAsync(bytes, "reply.txt", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Problems);
        Assert.Equal("The fee is £450 “approx”", Assert.Single(reply.Documents).Text);
    }

    [Fact]
    public async Task Quoted_history_below_a_reply_is_marked_quoted()
    {
        string text = "We do not use Dahua.\n\n-----Original Message-----\nFrom: requester\nDo you use Hikvision or Dahua?\n";

        Reply reply = await _reader.ReadAsync(Samples.Utf8(text), "reply.txt", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        TextRegion quoted = Assert.Single(document.Regions);
        Assert.Equal(RegionKind.Quoted, quoted.Kind);
        Assert.StartsWith("-----Original Message-----", document.Text[quoted.Start..], StringComparison.Ordinal);
        Assert.DoesNotContain("Hikvision", ReplyText.OwnWords(reply), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reply.txt", "From: Trust FOI <foi@example.nhs.uk>\nSent: 03 June 2024 11:26\nTo: Requester\nSubject: FOI 24-0561\n\nThe Trust does not have any Hikvision or Dahua equipment.\n\n-----Original Message-----\nFrom: requester\nDo you use Dahua?\n")]
    [InlineData("reply.html", "<html><body><p>From: Trust FOI &lt;foi@example.nhs.uk&gt;<br>Sent: 03 June 2024 11:26<br>To: Requester<br>Subject: FOI 24-0561</p><p>The Trust does not have any Hikvision or Dahua equipment.</p><p>-----Original Message-----<br>From: requester<br>Do you use Dahua?</p></body></html>")]
    public async Task A_saved_e_mail_whose_own_header_block_opens_the_text_is_the_message_not_history(string name, string text)
    {
        Reply reply = await _reader.ReadAsync(Samples.Utf8(text), name, TestContext.Current.CancellationToken);

        string own = ReplyText.OwnWords(reply);
        Assert.Contains("does not have any Hikvision", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Do you use Dahua", own, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Thanks.\n\nOn Tue, 3 May 2022 at 10:15, Jane Smith <jane@example.org> wrote:\n> Do you use Hikvision?\n")]
    [InlineData("Thanks.\n\nFrom: Jane Smith <jane@example.org>\nSent: 03 May 2022 10:15\nTo: FOI\nSubject: CCTV\n\nDo you use Hikvision?\n")]
    [InlineData("Thanks.\n> Do you use Hikvision?\n> And Dahua?\n")]
    public async Task Every_common_quoting_style_is_recognised(string text)
    {
        Reply reply = await _reader.ReadAsync(Samples.Utf8(text), "reply.txt", TestContext.Current.CancellationToken);

        string own = ReplyText.OwnWords(reply);
        Assert.Contains("Thanks.", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Hikvision", own, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_letter_is_read_page_by_page_with_page_numbers()
    {
        byte[] pdf = Samples.Pdf(["Dear Requester,", "The Trust uses Hikvision cameras."], ["Locations are withheld under section 31(1)(a)."]);

        Reply reply = await _reader.ReadAsync(pdf, "letter.pdf", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Problems);
        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Equal("application/pdf", document.MediaType);
        int second = document.Text.IndexOf("section 31", StringComparison.Ordinal);
        Assert.True(second > 0);
        Assert.Equal(2, document.RegionAt(second)?.Page);
        Assert.Equal(1, document.RegionAt(document.Text.IndexOf("Hikvision", StringComparison.Ordinal))?.Page);
    }

    [Fact]
    public async Task Pdftotext_agrees_with_PdfPig_on_a_text_pdf()
    {
        byte[] pdf = Samples.Pdf(["The Council operates 42 Hikvision cameras and 3 Dahua recorders.", "Facial recognition is not enabled."]);
        string path = Path.Combine(Directory.CreateTempSubdirectory().FullName, "letter.pdf");
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);

        Reply reply = await _reader.ReadFileAsync(path, TestContext.Current.CancellationToken);
        string poppler = await ExternalTool.RunAsync("pdftotext", [path, "-"], TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal(Words(poppler), Words(Assert.Single(reply.Documents).Text));
    }

    [Fact]
    public async Task A_scanned_pdf_without_a_text_layer_is_read_by_ocr()
    {
        byte[] scan = Samples.ScannedPdf(Samples.Png("CCTV RESPONSE", "We operate 35 Hikvision cameras."));

        Reply reply = await _reader.ReadAsync(scan, "scan.pdf", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Problems);
        string text = Assert.Single(reply.Documents).Text;
        Assert.Contains("Hikvision", text, StringComparison.Ordinal);
        Assert.Contains("35", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_image_is_read_by_ocr()
    {
        Reply reply = await _reader.ReadAsync(Samples.Png("The school does not use Dahua equipment."), "photo.png", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Problems);
        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Equal("image/ocr", document.MediaType);
        Assert.Contains("Dahua", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_document_keeps_paragraphs_and_table_cells_with_positions()
    {
        byte[] docx = Samples.Docx(
            ["Response to FOI 2022/118", "Our cameras are listed below."],
            [["Site", "Make", "Quantity"], ["Library", "Hikvision", "12"], ["Depot", "Axis", "4"]]);

        Reply reply = await _reader.ReadAsync(docx, "response.docx", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("Our cameras are listed below.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Site: Library | Make: Hikvision | Quantity: 12", document.Text, StringComparison.Ordinal);
        TextRegion cell = document.RegionAt(document.Text.IndexOf("Hikvision", StringComparison.Ordinal))!;
        Assert.Equal(("table 1", "B2"), (cell.Sheet, cell.Cell));
    }

    [Fact]
    public async Task A_workbook_keeps_rows_sheet_names_and_cell_references()
    {
        byte[] xlsx = Samples.Xlsx("Cameras", [["CCTV asset register"], ["Site", "Make", "Model", "Qty"], ["Town Hall", "Dahua", "IPC-HFW5442E-ZE", "7"]]);

        Reply reply = await _reader.ReadAsync(xlsx, "assets.xlsx", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("CCTV asset register", document.Text, StringComparison.Ordinal);
        Assert.Contains("Site: Town Hall | Make: Dahua | Model: IPC-HFW5442E-ZE | Qty: 7", document.Text, StringComparison.Ordinal);
        TextRegion cell = document.RegionAt(document.Text.IndexOf("IPC-HFW", StringComparison.Ordinal))!;
        Assert.Equal(("Cameras", "C3"), (cell.Sheet, cell.Cell));
    }

    [Fact]
    public async Task Csv_rows_keep_cell_references()
    {
        Reply reply = await _reader.ReadAsync(Samples.Utf8("Site,Make,Qty\nGym,Hikvision,3\n"), "cameras.csv", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("Site: Gym | Make: Hikvision | Qty: 3", document.Text, StringComparison.Ordinal);
        Assert.Equal("B2", document.RegionAt(document.Text.IndexOf("Hikvision", StringComparison.Ordinal))?.Cell);
    }

    [Fact]
    public async Task Html_becomes_readable_text_without_scripts_and_with_quotes_marked()
    {
        string html = "<html><head><style>p{}</style><script>alert('Hikvision')</script></head><body><p>We use <b>Axis</b> cameras.</p>" +
            "<table><tr><td>Make</td><td>Qty</td></tr><tr><td>Axis</td><td>9</td></tr></table>" +
            "<blockquote>Do you use Hikvision?</blockquote></body></html>";

        Reply reply = await _reader.ReadAsync(Samples.Utf8(html), "reply.html", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("We use Axis cameras.", document.Text, StringComparison.Ordinal);
        Assert.Contains("Make: Axis | Qty: 9", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hikvision", ReplyText.OwnWords(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_is_read_with_headers_body_and_every_attachment_recursively()
    {
        MimeMessage inner = Samples.Message("Earlier letter", "The old recorders were Dahua.");
        byte[] zip = Samples.Zip(("annex/assets.xlsx", Samples.Xlsx("Sheet1", [["Make", "Qty"], ["Hikvision", "5"]])));
        MimeMessage message = Samples.Message(
            "RE: FOI request REF-1",
            "Please find our response attached.\n\nOn 1 May 2022, Requester wrote:\n> Do you use Hikvision?",
            "<p>Please find our response attached.</p>",
            ("response.pdf", "application/pdf", Samples.Pdf(["The Council uses Hikvision cameras."])),
            ("table.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Samples.Docx(["Capabilities: none."])),
            ("annex.zip", "application/zip", zip),
            ("forwarded.eml", "message/rfc822", Samples.Bytes(inner)));

        Reply reply = await _reader.ReadAsync(Samples.Bytes(message), "reply.eml", TestContext.Current.CancellationToken);

        Assert.Empty(reply.Problems);
        Assert.Equal("RE: FOI request REF-1", reply.Header("Subject"));
        Assert.Equal(
            ["reply.eml", "reply.eml › response.pdf", "reply.eml › table.docx", "reply.eml › annex.zip › annex/assets.xlsx", "reply.eml › forwarded.eml"],
            reply.Documents.Select(d => d.Name).ToArray());
        Assert.DoesNotContain("Do you use", ReplyText.OwnWords(reply), StringComparison.Ordinal);
        Assert.Contains("Make: Hikvision | Qty: 5", reply.Documents[3].Text, StringComparison.Ordinal);
        Assert.Contains("The old recorders were Dahua.", reply.Documents[4].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_only_email_is_reduced_to_text()
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse("foi@trust.example"));
        message.Subject = "Response";
        message.Body = new TextPart("html") { Text = "<div>All our cameras are <i>Bosch</i>.</div><div id=\"divRplyFwdMsg\">From: you<br>Hikvision?</div>" };

        Reply reply = await _reader.ReadAsync(Samples.Bytes(message), "reply.eml", TestContext.Current.CancellationToken);

        Assert.Contains("All our cameras are Bosch.", ReplyText.OwnWords(reply), StringComparison.Ordinal);
        Assert.DoesNotContain("Hikvision", ReplyText.OwnWords(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_with_the_wrong_extension_is_read_as_what_it_is()
    {
        Reply reply = await _reader.ReadAsync(Samples.Pdf(["We use Hikvision cameras."]), "response.docx", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", Assert.Single(reply.Documents).MediaType);
    }

    [Fact]
    public async Task A_text_file_named_like_a_pdf_is_read_and_the_mismatch_reported()
    {
        Reply reply = await _reader.ReadAsync(Samples.Utf8("We do not use Hikvision."), "letter.pdf", TestContext.Current.CancellationToken);

        Assert.Equal("We do not use Hikvision.", Assert.Single(reply.Documents).Text);
        Assert.Equal("letter.pdf: named .pdf but is plain text; read as such", Assert.Single(reply.Problems));
    }

    private static string[] Words(string text) =>
        text.Split((char[])[' ', '\n', '\r', '\t', '\f'], StringSplitOptions.RemoveEmptyEntries);
}
