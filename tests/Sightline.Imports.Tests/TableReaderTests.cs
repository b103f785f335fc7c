using System.Text;
using MiniExcelLibs;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Tests;

public sealed class TableReaderTests
{
    [Fact]
    public void Reads_quoted_fields_and_keeps_physical_line_numbers()
    {
        byte[] csv = Encoding.UTF8.GetBytes("name,notes\n\"Smith, Jones & Co\",\"two\nlines\"\nNext,x\n");

        TableReadResult result = TableReader.Read(csv, TableFormat.Csv, "f.csv");

        Assert.Null(result.Problem);
        Assert.Equal("Smith, Jones & Co", result.Table!.Rows[0].Get("NAME"));
        Assert.Equal("two\nlines", result.Table.Rows[0].Get("notes"));
        Assert.Equal(4, result.Table.Rows[1].Line);
    }

    [Fact]
    public void Windows_1252_text_is_decoded_when_it_is_not_utf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] csv = Encoding.GetEncoding(1252).GetBytes("name\nSt Bartholomew’s – Café\n");

        TableReadResult result = TableReader.Read(csv, TableFormat.Csv, "f.csv");

        Assert.Equal("St Bartholomew’s – Café", result.Table!.Rows[0].Get("name"));
    }

    [Theory]
    [InlineData("", "f.csv: file is empty")]
    [InlineData("a,b\n1,2,3\n", "f.csv:2: row has 3 fields but the header has 2 (an unquoted comma?)")]
    [InlineData("a,a\n1,2\n", "f.csv:1: field 'a': column appears twice in the header")]
    [InlineData("a\0b\n", "f.csv: file contains NUL bytes: it is binary, not CSV text (wrong extension or --format?)")]
    public void Malformed_csv_is_a_located_problem(string text, string expected)
    {
        TableReadResult result = TableReader.Read(Encoding.UTF8.GetBytes(text), TableFormat.Csv, "f.csv");

        Assert.Null(result.Table);
        Assert.Equal(expected, result.Problem!.ToString());
    }

    [Fact]
    public void Reads_the_first_sheet_of_an_xlsx_workbook_with_row_numbers()
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new { Name = "Alpha College", Sector = "fe_college", Count = 3 }, new { Name = "Beta University", Sector = "university", Count = 5 } });

        TableReadResult result = TableReader.Read(stream.ToArray(), TableFormat.Xlsx, "bodies.xlsx");

        Assert.Null(result.Problem);
        Assert.Equal(["Name", "Sector", "Count"], result.Table!.Headers);
        Assert.Equal("Beta University", result.Table.Rows[1].Get("name"));
        Assert.Equal("5", result.Table.Rows[1].Get("Count"));
        Assert.Equal(3, result.Table.Rows[1].Line);
    }

    [Fact]
    public void A_csv_file_named_xlsx_is_rejected_clearly()
    {
        TableReadResult result = TableReader.Read(Encoding.UTF8.GetBytes("name\nA\n"), TableFormat.Xlsx, "bodies.xlsx");

        Assert.StartsWith("bodies.xlsx: not an XLSX workbook", result.Problem!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_xlsx_is_rejected_clearly()
    {
        byte[] bytes = [(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2, 3, 4, 5, 6, 7];

        TableReadResult result = TableReader.Read(bytes, TableFormat.Xlsx, "broken.xlsx");

        Assert.StartsWith("broken.xlsx: not a readable XLSX workbook", result.Problem!.ToString(), StringComparison.Ordinal);
    }
}
