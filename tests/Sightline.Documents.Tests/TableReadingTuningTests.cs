using Sightline.Core.Answers;

namespace Sightline.Documents.Tests;

/// <summary>Tables keep their column headings on every row, whatever the format.</summary>
public sealed class TableReadingTuningTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public async Task An_html_data_table_becomes_labelled_cell_rows()
    {
        string html = "<html><body><p>Our cameras are set out below.</p><table><thead><tr><th>Block</th><th>Brand</th><th>Units</th></tr></thead>" +
            "<tbody><tr><td>Science</td><td>Dahua</td><td>5</td></tr><tr><td>Sports hall</td><td>Axis</td><td>2</td></tr></tbody></table><p>Kind regards</p></body></html>";

        Reply reply = await _reader.ReadAsync(Samples.Utf8(html), "reply.html", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("Block: Science | Brand: Dahua | Units: 5", document.Text, StringComparison.Ordinal);
        Assert.Equal(RegionKind.Cell, document.RegionAt(document.Text.IndexOf("Dahua", StringComparison.Ordinal))?.Kind);
        Assert.Contains("Kind regards", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_layout_table_holding_a_letter_stays_prose()
    {
        string html = "<html><body><table><tr><td><table><tr><td>Logo</td><td>Ref 1</td></tr></table></td></tr>" +
            "<tr><td><p>We do not operate any Hikvision cameras.</p></td></tr></table></body></html>";

        Reply reply = await _reader.ReadAsync(Samples.Utf8(html), "reply.html", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("We do not operate any Hikvision cameras.", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(": We do not", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_row_may_hold_abbreviations_and_short_questions()
    {
        byte[] docx = Samples.Docx(
            ["Table of equipment"],
            [["Room", "Qty.", "Recording?"], ["Hall", "3", "Yes"]]);

        Reply reply = await _reader.ReadAsync(docx, "response.docx", TestContext.Current.CancellationToken);

        Assert.Contains("Room: Hall | Qty.: 3 | Recording?: Yes", Assert.Single(reply.Documents).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_whose_first_row_is_data_takes_no_later_row_as_its_headings()
    {
        byte[] docx = Samples.Docx(
            ["Answers"],
            [["1. Does the school have cameras made by Dahua or Hikvision?", "Yes – four Dahua cameras in the car park."], ["Models", "IPC-HFW2431S"]]);

        Reply reply = await _reader.ReadAsync(docx, "response.docx", TestContext.Current.CancellationToken);

        string text = Assert.Single(reply.Documents).Text;
        Assert.Contains("Models | IPC-HFW2431S", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Models: ", text, StringComparison.Ordinal);
    }
}
