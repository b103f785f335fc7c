using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Storage.Bodies;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Bodies;

/// <summary>The registry store's contract, run against every engine.</summary>
public abstract class BodyStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<T> WithStoreAsync<T>(Func<IBodyStore, Task<T>> action)
    {
        await using var scope = fixture.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<IBodyStore>());
    }

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}";

    [Fact]
    public async Task Import_adds_bodies_with_their_identifiers_and_tags()
    {
        string source = Unique("src");
        Body body = Some.Body(Unique("Northshire Council"), identifiers: ExternalId.Create("gss", "E99" + Random.Shared.Next(100000, 999999))) with { Tags = ["county"], Website = "https://example.org/" };

        BodyImportSummary summary = await WithStoreAsync(s => s.ImportAsync(source, [body], true, Ct));
        Body? stored = await WithStoreAsync(s => s.FindAsync(body.Id, Ct));

        Assert.Equal(1, summary.Added);
        Assert.NotNull(stored);
        Assert.Equal(body.Name, stored.Name);
        Assert.Equal(body.Identifiers, stored.Identifiers);
        Assert.Equal(["county"], stored.Tags);
        Assert.Equal(Region.SouthWest, stored.Region);
        Assert.Equal("https://example.org/", stored.Website);
    }

    [Fact]
    public async Task Reimporting_a_source_updates_in_place_and_never_duplicates()
    {
        string source = Unique("src");
        Body first = Some.Body(Unique("Westshire Council"));
        await WithStoreAsync(s => s.ImportAsync(source, [first], true, Ct));

        BodyImportSummary again = await WithStoreAsync(s => s.ImportAsync(source, [first], true, Ct));
        BodyImportSummary renamed = await WithStoreAsync(s => s.ImportAsync(source, [first with { Name = first.Name + " (renamed)" }], true, Ct));
        BodyPage page = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = first.Name }, Ct));

        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Unchanged));
        Assert.Equal((0, 1, 0), (renamed.Added, renamed.Updated, renamed.Unchanged));
        Assert.Single(page.Bodies);
        Assert.EndsWith("(renamed)", page.Bodies[0].Name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_missing_from_a_later_import_is_marked_inactive_not_deleted()
    {
        string source = Unique("src");
        Body stays = Some.Body(Unique("Stays Council"));
        Body goes = Some.Body(Unique("Goes Council"));
        await WithStoreAsync(s => s.ImportAsync(source, [stays, goes], true, Ct));

        BodyImportSummary summary = await WithStoreAsync(s => s.ImportAsync(source, [stays], true, Ct));
        Body? gone = await WithStoreAsync(s => s.FindAsync(goes.Id, Ct));
        BodyPage activeOnly = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = goes.Name }, Ct));

        Assert.Equal(1, summary.Deactivated);
        Assert.NotNull(gone);
        Assert.False(gone.Active);
        Assert.Empty(activeOnly.Bodies);

        await WithStoreAsync(s => s.ImportAsync(source, [stays, goes], true, Ct));
        Assert.True((await WithStoreAsync(s => s.FindAsync(goes.Id, Ct)))!.Active);
    }

    [Fact]
    public async Task An_identifier_claimed_by_two_bodies_rolls_back_the_whole_import()
    {
        string source = Unique("src");
        ExternalId shared = ExternalId.Create("ods", "Z" + Guid.NewGuid().ToString("N")[..6]);
        Body a = Some.Body(Unique("Alpha Trust"), Sector.NhsTrust, identifiers: shared);
        Body b = Some.Body(Unique("Beta Trust"), Sector.NhsTrust, identifiers: ExternalId.Create("ods", "Y" + Guid.NewGuid().ToString("N")[..6]));
        Body clash = Some.Body(Unique("Gamma Trust"), Sector.NhsTrust) with { Identifiers = [shared] };
        await WithStoreAsync(s => s.ImportAsync(source, [a, b], true, Ct));

        // clash matches a by identifier, so it is an update of a, not a conflict ...
        BodyImportSummary merged = await WithStoreAsync(s => s.ImportAsync(Unique("other"), [clash], false, Ct));
        Assert.Equal(1, merged.Updated);

        // ... but b (found by its id) claiming a's identifier is a conflict, and nothing of that import is written.
        Body greedy = b with { Identifiers = [.. b.Identifiers, shared] };
        Body delta = Some.Body(Unique("Delta Trust"), Sector.NhsTrust);
        await Assert.ThrowsAsync<BodyImportConflictException>(() => WithStoreAsync(s => s.ImportAsync(source, [delta, greedy], true, Ct)));
        Assert.Null(await WithStoreAsync(s => s.FindAsync(delta.Id, Ct)));
        Assert.True((await WithStoreAsync(s => s.FindAsync(b.Id, Ct)))!.Active);
    }

    [Fact]
    public async Task Search_matches_word_starts_filters_and_identifiers()
    {
        string source = Unique("src");
        string tag = "t" + Guid.NewGuid().ToString("N")[..8];
        string gss = "E98" + Random.Shared.Next(100000, 999999);
        Body manchester = Some.Body("Manchester City Council", key: Unique("m"), region: Region.NorthWest, identifiers: ExternalId.Create("gss", gss)) with { Tags = [tag] };
        Body chester = Some.Body("Chester Borough Council", key: Unique("c"), region: Region.NorthWest) with { Tags = [tag] };
        Body london = Some.Body("St. Mary's School", Sector.School, key: Unique("s"), region: Region.London) with { Tags = [tag] };
        await WithStoreAsync(s => s.ImportAsync(source, [manchester, chester, london], true, Ct));

        BodyPage ches = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = "ches", Tag = tag }, Ct));
        BodyPage apostrophe = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = "st marys", Tag = tag }, Ct));
        BodyPage northWest = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Region = Region.NorthWest, Tag = tag }, Ct));
        BodyPage schools = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Sector = Sector.School, Tag = tag }, Ct));
        BodyPage byCode = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = gss }, Ct));
        BodyPage byQualified = await WithStoreAsync(s => s.SearchAsync(new BodyQuery { Text = $"gss:{gss.ToLowerInvariant()}" }, Ct));

        Assert.Equal(["Chester Borough Council"], ches.Bodies.Select(b => b.Name));
        Assert.Equal(["St. Mary's School"], apostrophe.Bodies.Select(b => b.Name));
        Assert.Equal(2, northWest.Total);
        Assert.Equal(["St. Mary's School"], schools.Bodies.Select(b => b.Name));
        Assert.Equal(manchester.Id, Assert.Single(byCode.Bodies).Id);
        Assert.Equal(manchester.Id, Assert.Single(byQualified.Bodies).Id);
    }

    [Fact]
    public async Task An_import_that_lacks_a_field_keeps_what_another_source_said()
    {
        Body original = Some.Body(Unique("Eastshire Council")) with { FoiEmail = "foi@eastshire.example.org" };
        await WithStoreAsync(s => s.ImportAsync(Unique("a"), [original], true, Ct));

        await WithStoreAsync(s => s.ImportAsync(Unique("b"), [original with { FoiEmail = null, Tags = ["extra"] }], false, Ct));
        Body? stored = await WithStoreAsync(s => s.FindAsync(original.Id, Ct));

        Assert.Equal("foi@eastshire.example.org", stored!.FoiEmail);
        Assert.Contains("extra", stored.Tags);
    }
}

public sealed class SqliteBodyStoreTests(SqliteStoreFixture fixture) : BodyStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresBodyStoreTests(PostgresStoreFixture fixture) : BodyStoreTests<PostgresStoreFixture>(fixture);
