using Sightline.Core.Bodies;
using Sightline.Imports.Bodies;
using Sightline.Imports.Tabular;
using Sightline.Testing;

namespace Sightline.Imports.Tests.Bodies;

public sealed class GiasReaderTests
{
    private static async Task<BodyReadResult> ReadAsync(string path)
    {
        TableReadResult table = await TableReader.ReadFileAsync(path, TableFormat.Csv, TestContext.Current.CancellationToken);
        Assert.Null(table.Problem);
        return GiasReader.Read(table.Table!);
    }

    [Fact]
    public async Task Keeps_open_secondary_maintained_schools_and_academies_with_their_region()
    {
        BodyReadResult result = await ReadAsync(TestPaths.Data("gias", "gias-sample.csv"));

        Assert.True(result.Ok, string.Join("\n", result.Problems));
        Assert.Equal(["100049", "136290", "137063", "145223", "147001"], result.Bodies.Select(b => b.Identifier("urn")!.Value));
        Body hemsworth = result.Bodies.Single(b => b.Name == "Outwood Academy Hemsworth");
        Assert.Equal(Region.YorkshireAndTheHumber, hemsworth.Region);
        Assert.Equal(Nation.England, hemsworth.Nation);
        Assert.Equal("sch-145223", hemsworth.Id.Value);
        Assert.Equal("Wakefield", hemsworth.LocalAuthority);
        Assert.Contains("academy", hemsworth.Tags);
        Assert.Equal("https://ormistonforgeacademy.co.uk/", result.Bodies.Single(b => b.Name == "Ormiston Forge Academy").Website);
        Assert.Equal(1, result.Skipped["not open"]);
        Assert.Equal(3, result.Skipped["not secondary"]);
        Assert.Equal(1, result.Skipped["not a maintained school or academy"]); // the Welsh school; the independent one has no secondary phase
    }

    [Fact]
    public async Task A_file_without_the_gias_columns_is_rejected_naming_them()
    {
        string dir = TestPaths.NewTempDirectory();
        string path = Path.Combine(dir, "not-gias.csv");
        await File.WriteAllTextAsync(path, "URN,Name\n1,A\n", TestContext.Current.CancellationToken);

        BodyReadResult result = await ReadAsync(path);

        ImportProblem problem = Assert.Single(result.Problems);
        Assert.Contains("EstablishmentName", problem.Message, StringComparison.Ordinal);
        Assert.Empty(result.Bodies);
    }

    [Fact]
    public async Task A_bad_urn_or_unknown_region_names_the_line_and_field_and_keeps_nothing()
    {
        string dir = TestPaths.NewTempDirectory();
        string path = Path.Combine(dir, "bad.csv");
        string header = "URN,EstablishmentName,TypeOfEstablishment (name),PhaseOfEducation (name),EstablishmentStatus (name),LA (name),GOR (name)\n";
        await File.WriteAllTextAsync(path, header
            + "100049,Good School,Community school,Secondary,Open,Camden,London\n"
            + "12x4,Bad Urn School,Community school,Secondary,Open,Camden,London\n"
            + "100050,Lost School,Community school,Secondary,Open,Camden,Atlantis\n", TestContext.Current.CancellationToken);

        BodyReadResult result = await ReadAsync(path);

        Assert.Empty(result.Bodies);
        Assert.Equal(["bad.csv:3: field 'URN': URN '12x4' is not a number", "bad.csv:4: field 'GOR (name)': unknown region 'Atlantis' (accepted: North East, North West, Yorkshire and the Humber, East Midlands, West Midlands, East of England, London, South East, South West)"],
            result.Problems.Select(p => p.ToString()));
    }
}
