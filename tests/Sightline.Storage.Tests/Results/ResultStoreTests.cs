using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Results;

/// <summary>The campaign results store on every engine.</summary>
public abstract class ResultStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CodedResult Result(string key, Finding hikvision) => new(key, "Body " + key, Sector.Council, Nation.Scotland, null, ResultOutcome.Partial, hikvision, Finding.No, Finding.Unknown,
        new HashSet<Capability> { Capability.Thermal, Capability.Anpr }, new HashSet<Capability> { Capability.Anpr }, ["foisa:s35"], 12, null, "note");

    [Fact]
    public async Task Results_round_trip_and_a_reimport_replaces_them()
    {
        string campaign = "c-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IResultStore>();
            await store.ReplaceAsync(campaign, "test", [Result("a", Finding.Yes), Result("b", Finding.No)], Ct);
            await store.ReplaceAsync(campaign, "test again", [Result("a", Finding.No)], Ct);
        }

        await using (var scope = fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IResultStore>();
            IReadOnlyList<CodedResult> loaded = (await store.LoadAsync(campaign, Ct))!;

            CodedResult only = Assert.Single(loaded);
            Assert.Equal(("a", Finding.No, Nation.Scotland, ResultOutcome.Partial, 12), (only.BodyKey, only.Hikvision, only.Nation!.Value, only.Outcome, only.HikvisionCount!.Value));
            Assert.Equal(new HashSet<Capability> { Capability.Thermal, Capability.Anpr }, only.Capabilities);
            Assert.Equal(["foisa:s35"], only.Exemptions);
            Assert.Contains(campaign, await store.ListCampaignsAsync(Ct));
            Assert.Null(await store.LoadAsync("no-such-" + campaign, Ct));
        }
    }
}

public sealed class SqliteResultStoreTests(SqliteStoreFixture fixture) : ResultStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresResultStoreTests(PostgresStoreFixture fixture) : ResultStoreTests<PostgresStoreFixture>(fixture);
