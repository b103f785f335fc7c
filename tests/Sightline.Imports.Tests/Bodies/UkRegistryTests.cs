using Sightline.Core.Bodies;
using Sightline.Imports.Bodies;

namespace Sightline.Imports.Tests.Bodies;

public sealed class UkRegistryTests
{
    private static IReadOnlyList<Body> All => [.. UkRegistry.Load().SelectMany(s => s.Bodies)];

    private static IReadOnlyList<Body> OfSector(Sector sector) => [.. All.Where(b => b.Sector == sector)];

    [Fact]
    public void Every_current_uk_council_is_there_with_its_nation_and_english_region()
    {
        IReadOnlyList<Body> councils = OfSector(Sector.Council);

        Assert.Equal(397, councils.Count);
        Assert.All(councils, c => Assert.NotNull(c.Nation));
        Assert.All(councils.Where(c => c.Nation == Nation.England), c => Assert.NotNull(c.Region));
        Assert.All(councils.Where(c => c.Nation != Nation.England), c => Assert.Null(c.Region));
        Assert.Equal(32, councils.Count(c => c.Nation == Nation.Scotland));
        Assert.Equal(22, councils.Count(c => c.Nation == Nation.Wales));
        Assert.Equal(11, councils.Count(c => c.Nation == Nation.NorthernIreland));
        Body manchester = councils.Single(c => c.Identifier("gss")?.Value == "E08000003");
        Assert.Equal(("la-e08000003", "Manchester City Council", Region.NorthWest), (manchester.Id.Value, manchester.Name, manchester.Region));
        Assert.Equal("MAN", manchester.Identifier("la")!.Value);
    }

    [Fact]
    public void Scottish_bodies_are_under_foisa_and_the_rest_under_foia()
    {
        Assert.All(All.Where(b => b.Nation == Nation.Scotland), b => Assert.Equal(FoiLaw.Foisa, b.Law));
        Assert.All(All.Where(b => b.Nation != Nation.Scotland), b => Assert.Equal(FoiLaw.Foia, b.Law));
        Assert.Contains(OfSector(Sector.University), u => u.Nation == Nation.Scotland && u.Name.Contains("Glasgow", StringComparison.Ordinal));
    }

    [Fact]
    public void All_45_territorial_police_forces_have_their_foi_address()
    {
        IReadOnlyList<Body> police = OfSector(Sector.Police);

        Assert.Equal(45, police.Count);
        Assert.All(police, p => Assert.Contains('@', p.FoiEmail!));
        Assert.Equal(39, police.Count(p => p.Nation == Nation.England));
        Assert.Equal(4, police.Count(p => p.Nation == Nation.Wales));
        Assert.Single(police, p => p.Nation == Nation.Scotland);
        Assert.Single(police, p => p.Nation == Nation.NorthernIreland);
        Assert.All(police.Where(p => p.Nation == Nation.England), p => Assert.NotNull(p.Region));
        Assert.Equal(44, police.Count(p => p.Identifier("police") is not null)); // data.police.uk has no id for Police Scotland
        Assert.Equal(Region.London, police.Single(p => p.Identifier("police")?.Value == "metropolitan").Region);
    }

    [Fact]
    public void Open_nhs_trusts_universities_colleges_and_departments_are_loaded()
    {
        IReadOnlyList<Body> trusts = OfSector(Sector.NhsTrust);
        Assert.InRange(trusts.Count, 190, 215);
        Assert.All(trusts, t => Assert.NotNull(t.Identifier("ods")));
        Assert.Equal(3, trusts.Count(t => t.Nation == Nation.Wales));
        Assert.Contains(trusts, t => t.Name == "Manchester University NHS Foundation Trust" && t.Region == Region.NorthWest);

        IReadOnlyList<Body> universities = OfSector(Sector.University);
        Assert.InRange(universities.Count, 280, 320);
        Assert.All(universities, u => Assert.NotNull(u.Identifier("ukprn")));
        Assert.All(universities, u => Assert.Null(u.Region)); // not in the source: never guessed

        Assert.InRange(OfSector(Sector.FeCollege).Count, 300, 320);
        IReadOnlyList<Body> departments = OfSector(Sector.Government);
        Assert.InRange(departments.Count, 35, 50);
        Assert.Contains(departments, d => d.Name == "Home Office" && d.Subtype == "Ministerial department");
    }

    [Fact]
    public void Ids_and_identifiers_are_unique_across_the_whole_registry()
    {
        Assert.Equal(All.Count, All.Select(b => b.Id).Distinct().Count());
        var identifiers = All.SelectMany(b => b.Identifiers).ToList();
        Assert.Equal(identifiers.Count, identifiers.Distinct().Count());
    }

    [Theory]
    [InlineData("MANCHESTER UNIVERSITY NHS FOUNDATION TRUST", "Manchester University NHS Foundation Trust")]
    [InlineData("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Guy's and St Thomas' NHS Foundation Trust")]
    [InlineData("NORTH EAST AMBULANCE SERVICE NHS FOUNDATION TRUST", "North East Ambulance Service NHS Foundation Trust")]
    [InlineData("THE ROYAL WOLVERHAMPTON NHS TRUST", "The Royal Wolverhampton NHS Trust")]
    public void Upper_case_trust_names_are_title_cased(string upper, string expected) => Assert.Equal(expected, UkRegistry.TitleCase(upper));
}
