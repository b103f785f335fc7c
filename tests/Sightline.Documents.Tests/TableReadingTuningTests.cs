using Sightline.Core.Answers;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

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

    /// <summary>A PDF page of lines, each line's cells placed at the given x positions (as a word processor lays out a table).</summary>
    private static byte[] PdfWithColumns(double[] columns, params string[][] lines)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        double y = 780;
        foreach (string[] cells in lines)
        {
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length > 0)
                {
                    page.AddText(cells[c], 10, new PdfPoint(cells.Length == 1 ? 40 : columns[c], y), font);
                }
            }

            y -= cells.Length == 1 || cells[0].Length > 0 ? 18 : 12;
        }

        return builder.Build();
    }

    [Fact]
    public async Task A_pdf_table_is_read_as_labelled_rows_with_wrapped_cells_joined()
    {
        byte[] pdf = PdfWithColumns(
            [40, 220, 400],
            ["The analytics on our cameras are as follows."],
            ["Analytic", "Camera supports it", "Switched on"],
            ["Tripwire", "Yes", "Yes - compound"],
            ["", "", "overnight"],
            ["Face capture", "No", "No"],
            ["Kind regards, the Data Protection Officer for the Council"]);

        Reply reply = await _reader.ReadAsync(pdf, "letter.pdf", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.Contains("Analytic: Tripwire | Camera supports it: Yes | Switched on: Yes - compound overnight", document.Text, StringComparison.Ordinal);
        Assert.Contains("Analytic: Face capture | Camera supports it: No | Switched on: No", document.Text, StringComparison.Ordinal);
        Assert.Contains("Kind regards", document.Text, StringComparison.Ordinal);
        Assert.Equal(RegionKind.Cell, document.RegionAt(document.Text.IndexOf("Tripwire", StringComparison.Ordinal))?.Kind);
        Assert.Equal(1, document.RegionAt(document.Text.IndexOf("Kind regards", StringComparison.Ordinal))?.Page);
    }

    [Fact]
    public async Task A_pdf_letter_without_columns_is_read_as_before()
    {
        byte[] pdf = Samples.Pdf(["Dear Requester,", "The College does not use Hikvision or Dahua cameras.", "Our cameras are all Axis."]);

        Reply reply = await _reader.ReadAsync(pdf, "letter.pdf", TestContext.Current.CancellationToken);

        ReplyDocument document = Assert.Single(reply.Documents);
        Assert.DoesNotContain(" | ", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Regions, r => r.Kind == RegionKind.Cell);
    }
}
