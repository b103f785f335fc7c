using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Hosting.Bodies;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Bodies;

/// <summary>The in-memory registry search (<see cref="BodySearchIndex"/>, served by <see cref="BodySearch"/>) against the store's
/// own search on every engine: the same pages, order and totals for every query, and imports reflected after a revision check.</summary>
public abstract class BodySearchIndexTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private const string Source = "test:search-index";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Texts =
    [
        "", "   ", "manchester", "man", "MANCHESTER city", "city manchester", "manchester manchester", "st marys", "St. Mary's",
        "st. mary", "st mary’s", "saint", "s", "a", "&", "c of e & academy", "cafe", "café ümlaut", "CAFE UMLAUT", "ørsted", "orsted",
        "zeta", "e08000003", "E08000003", "gss:E08000003", "gss:e08000003", " gss:E08000003 ", "gss:E99999999", "urn:100000", "100000",
        "0100001", "100001", "r1a", "R1A", "ods:R1A", "ods:r1a", "wdtk:manchester_city_council", "unknown:thing", "st: marys", "zzz",
        "1", "10", "E0800-0003", "100000 academy", "!!!", "the one two three four five six seven eight nine",
        "st marys school academy trust council one two three", new string('x', 300), "goner", "leeds", "Ysgol", "bro morg",
    ];

    private static readonly BodyQuery[] Variants =
    [
        new(),
        new() { Sector = Sector.School },
        new() { Sector = Sector.Council },
        new() { Region = Region.NorthWest },
        new() { Nation = Nation.Wales },
        new() { Tag = " Metropolitan " },
        new() { Tag = "nothing" },
        new() { IncludeInactive = true },
        new() { IncludeInactive = true, Sector = Sector.Council, Tag = "metropolitan" },
        new() { Limit = 1 },
        new() { Limit = 2, Offset = 1 },
        new() { Limit = 3, Offset = 3 },
        new() { Offset = 1000 },
        new() { Limit = 0 },
        new() { Limit = 20_000, Offset = -5 },
    ];

    [Fact]
    public async Task The_index_answers_every_query_exactly_as_the_store()
    {
        await SeedAsync();
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IBodyStore>();
        var index = BodySearchIndex.Build(await store.ListAllAsync(Ct));

        int compared = 0, nonEmpty = 0;
        foreach (string text in Texts)
        {
            foreach (BodyQuery variant in Variants)
            {
                BodyQuery query = variant with { Text = text };
                BodyPage expected = await store.SearchAsync(query, Ct);
                BodyPage actual = index.Search(query);
                string label = $"query '{text}' {variant}";
                Assert.Equal((label, expected.Total), (label, actual.Total));
                Assert.Equal([label, .. expected.Bodies.Select(Describe)], [label, .. actual.Bodies.Select(Describe)]);
                compared++;
                nonEmpty += expected.Bodies.Count > 0 ? 1 : 0;
            }
        }

        // The comparison must have something to compare: most queries find bodies, several more than one.
        Assert.Equal(Texts.Length * Variants.Length, compared);
        Assert.True(nonEmpty > compared / 3, $"only {nonEmpty} of {compared} queries found anything");
        Assert.True(index.Count >= Fixture().Count);
    }

    [Fact]
    public async Task The_index_finds_what_the_rules_say()
    {
        await SeedAsync();
        BodySearchIndex index;
        await using (var scope = fixture.Scope())
        {
            index = BodySearchIndex.Build(await scope.ServiceProvider.GetRequiredService<IBodyStore>().ListAllAsync(Ct));
        }

        string[] Names(string text, BodyQuery? query = null) => [.. index.Search((query ?? new BodyQuery()) with { Text = text }).Bodies.Select(b => b.Name)];

        Assert.Equal(["St. Mary's C of E & Academy", "St Marys Primary School"], Names("St. Mary's"));
        Assert.Equal(["Café Ümlaut Services"], Names("cafe umlaut"));
        Assert.Equal(["Manchester City Council"], Names("gss:e08000003"));
        Assert.Equal(["Academy 100000 Trust", "St. Mary's C of E & Academy"], Names("100000"));
        Assert.Equal(["St Marys Primary School"], Names("0100001"));
        Assert.Equal(["Zeta Council", "Ørsted Council"], Names("council", new BodyQuery { Tag = "nordic" })); // code point order: ø after z
        Assert.Equal(["The One Two Three Four Five Six Seven Eight Council"], Names("the one two three four five six seven eight nine"));
        Assert.Empty(Names("goner"));
        Assert.Equal(["Goner Parish Council"], Names("goner", new BodyQuery { IncludeInactive = true }));
    }

    [Fact]
    public async Task Imports_show_in_searches_after_the_revision_check()
    {
        await SeedAsync();
        var search = fixture.Services.GetRequiredService<BodySearch>();
        const string source = "test:freshness";
        Body old = Some.Body("Oldname Town Council", key: "fresh-town", source: source);
        Body other = Some.Body("Remaining Village Council", key: "fresh-village", source: source);
        await ImportAsync(source, [old, other]);
        await search.RefreshAsync(Ct);
        Assert.Equal(["Oldname Town Council"], await NamesAsync(search, "oldname"));

        // Renamed (same count): stale until the check, current after it.
        await ImportAsync(source, [old with { Name = "Newname Town Council" }, other]);
        Assert.Equal(["Oldname Town Council"], await NamesAsync(search, "oldname"));
        Assert.True(await search.RefreshAsync(Ct));
        Assert.Empty(await NamesAsync(search, "oldname"));
        Assert.Equal(["Newname Town Council"], await NamesAsync(search, "newname"));

        // Deactivated (same count, only a row's state and time change).
        await ImportAsync(source, [old with { Name = "Newname Town Council" }]);
        Assert.True(await search.RefreshAsync(Ct));
        Assert.Empty(await NamesAsync(search, "remaining"));
        Assert.Equal(["Remaining Village Council"], await NamesAsync(search, "remaining", includeInactive: true));

        // Added, and the deactivated body listed again (reactivated).
        Body added = Some.Body("Freshwater Bay Council", key: "fresh-bay", source: source, identifiers: ExternalId.Create("gss", "E07999001"));
        await ImportAsync(source, [old with { Name = "Newname Town Council" }, other, added]);
        Assert.True(await search.RefreshAsync(Ct));
        Assert.Equal(["Freshwater Bay Council"], await NamesAsync(search, "gss:E07999001"));
        Assert.Equal(["Remaining Village Council"], await NamesAsync(search, "remaining"));

        // Nothing changed: no rebuild.
        await ImportAsync(source, [old with { Name = "Newname Town Council" }, other, added]);
        Assert.False(await search.RefreshAsync(Ct));
    }

    [Fact]
    public async Task Searches_check_the_revision_at_most_once_an_interval_without_waiting_for_it()
    {
        await SeedAsync();
        var clock = new ManualClock();
        using var search = new BodySearch(fixture.Services.GetRequiredService<IServiceScopeFactory>(), clock);
        Assert.Empty(await NamesAsync(search, "intervalton"));
        await ImportAsync("test:interval", [Some.Body("Intervalton Council", key: "intervalton", source: "test:interval")]);

        clock.Advance(BodySearch.CheckInterval - TimeSpan.FromSeconds(1));
        Assert.Empty(await NamesAsync(search, "intervalton")); // within the interval: the index as built
        await Task.Delay(200, Ct);
        Assert.Empty(await NamesAsync(search, "intervalton"));

        clock.Advance(TimeSpan.FromSeconds(1));
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while ((await NamesAsync(search, "intervalton")).Length == 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the background check never rebuilt the index");
            await Task.Delay(50, Ct);
        }
    }

    private static async Task<string[]> NamesAsync(BodySearch search, string text, bool includeInactive = false) =>
        [.. (await search.SearchAsync(new BodyQuery { Text = text, IncludeInactive = includeInactive }, Ct)).Bodies.Select(b => b.Name)];

    private async Task ImportAsync(string source, IReadOnlyList<Body> bodies)
    {
        await using var scope = fixture.Scope();
        await scope.ServiceProvider.GetRequiredService<IBodyStore>().ImportAsync(source, bodies, true, Ct);
    }

    /// <summary>Loads the fixture registry once per store (idempotent: a re-import changes nothing) and deactivates one body.</summary>
    private async Task SeedAsync()
    {
        List<Body> bodies = Fixture();
        await ImportAsync(Source, bodies);
        await ImportAsync(Source, [.. bodies.Where(b => b.Name != "Goner Parish Council")]);
    }

    private static List<Body> Fixture()
    {
        ExternalId Id(string scheme, string value) => ExternalId.Create(scheme, value);
        var bodies = new List<Body>
        {
            Some.Body("Manchester City Council", key: "manchester", source: Source, region: Region.NorthWest,
                identifiers: [Id("gss", "E08000003"), Id("wdtk", "manchester_city_council")]) with { Tags = ["metropolitan", "city"] },
            Some.Body("Manchester Metropolitan University", Sector.University, key: "mmu", source: Source, region: Region.NorthWest, identifiers: Id("ukprn", "10004797")),
            Some.Body("Greater Manchester Police", Sector.Police, key: "gmp", source: Source, region: Region.NorthWest) with { Tags = ["metropolitan"] },
            Some.Body("Manchesterford Parish Council", key: "manchesterford", source: Source, region: Region.NorthWest),
            Some.Body("St. Mary's C of E & Academy", Sector.School, key: "st-marys-ce", source: Source, identifiers: Id("urn", "100000")),
            Some.Body("St Marys Primary School", Sector.School, key: "st-marys-primary", source: Source, region: Region.NorthWest, identifiers: Id("urn", "100001")),
            Some.Body("Saint Mary Hospital", Sector.NhsTrust, key: "saint-mary", source: Source, identifiers: Id("ods", "R1A")),
            Some.Body("Academy 100000 Trust", Sector.School, key: "academy-100000", source: Source),
            Some.Body("Café Ümlaut Services", Sector.Other, key: "cafe", source: Source),
            Some.Body("Zeta Council", key: "zeta", source: Source) with { Tags = ["nordic"] },
            Some.Body("Ørsted Council", key: "orsted", source: Source) with { Tags = ["nordic"] },
            Some.Body("Leeds City Council", key: "leeds", source: Source, region: Region.YorkshireAndTheHumber, identifiers: Id("gss", "E08000035")) with { Tags = ["metropolitan"] },
            Some.Body("Leeds City Council", Sector.Other, key: "leeds-twin", source: Source), // same name: ordered by id
            Some.Body("Ysgol Gymraeg Bro Morgannwg", Sector.School, key: "ysgol", source: Source, nation: Nation.Wales, region: null),
            Some.Body("Cardiff Council", key: "cardiff", source: Source, nation: Nation.Wales, region: null, identifiers: Id("gss", "W06000015")),
            Some.Body("Goner Parish Council", key: "goner", source: Source),
            // Only a query's first eight words count: the nine-word query finds the first body (no "nine") and not the second (no "seven").
            Some.Body("The One Two Three Four Five Six Seven Eight Council", key: "numbers", source: Source),
            Some.Body("The One Two Three Four Five Six Council", key: "numbers-six", source: Source),
        };
        for (int i = 0; i < 40; i++)
        {
            // Enough bodies to cross a 64-bit block of the index's bitsets, with names that sort among the others.
            string n = i.ToString("00", CultureInfo.InvariantCulture);
            bodies.Add(Some.Body($"St Mary {n} Academy Trust", Sector.School, key: $"academy-{n}", source: Source, identifiers: Id("urn", $"2000{n}")));
            bodies.Add(Some.Body($"Council {n} of Somewhere", key: $"council-{n}", source: Source, region: i % 2 == 0 ? Region.NorthWest : Region.SouthWest));
        }

        return bodies;
    }

    private static string Describe(Body b) => string.Join('|', b.Id.Value, b.Name, b.Sector, b.Nation, b.Region, b.Law, b.Source, b.Active,
        string.Join(',', b.Identifiers), string.Join(',', b.Tags));

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks = TimeSpan.TicksPerDay;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}

public sealed class SqliteBodySearchIndexTests(SqliteStoreFixture fixture) : BodySearchIndexTests<SqliteStoreFixture>(fixture);

public sealed class PostgresBodySearchIndexTests(PostgresStoreFixture fixture) : BodySearchIndexTests<PostgresStoreFixture>(fixture);
