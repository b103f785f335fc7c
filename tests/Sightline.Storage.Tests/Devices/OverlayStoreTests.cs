using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Devices;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Devices;

/// <summary>The knowledge-base overlay store on every engine.</summary>
public abstract class OverlayStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Imports_replace_the_previous_ones_and_are_laid_over_the_shipped_base()
    {
        await using (var scope = fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IKnowledgeBaseOverlayStore>();
            await store.ReplaceOuisAsync([new OuiEntry("AABBCC", "Zhejiang Dahua Technology Co., Ltd.", "dahua", "Dahua", "test"), new OuiEntry("DDEEFF", "Hangzhou Hikvision", "hikvision", "Hikvision", "test")], Ct);
            await store.ReplaceOuisAsync([new OuiEntry("AABBCC", "Zhejiang Dahua Technology Co., Ltd.", "dahua", "Dahua", "test")], Ct);
            await store.ReplaceKevAsync(new Dictionary<string, DateOnly?> { ["CVE-2023-28808"] = new DateOnly(2026, 10, 1), ["CVE-2017-7921"] = null }, "2026.11.20", Ct);
        }

        await using (var scope = fixture.Scope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IKnowledgeBaseOverlayStore>();
            DeviceKnowledgeBase kb = await KnowledgeBaseLoader.LoadAsync(store, Ct);
            var (kev, version) = await store.LoadKevAsync(Ct);

            Assert.Equal("AABBCC", Assert.Single(await store.LoadOuisAsync(Ct)).Prefix);
            Assert.Equal("dahua", kb.FindOui("aa:bb:cc:01:02:03")?.Maker);
            Assert.Null(kb.FindOui("dd-ee-ff-01-02-03"));
            Assert.Equal("2026.11.20", version);
            Assert.Equal(2, kev.Count);
            Assert.Equal(new DateOnly(2026, 10, 1), kb.Vulnerabilities.Single(v => v.Cve == "CVE-2023-28808").KevAdded);
            Assert.Null(kb.Vulnerabilities.Single(v => v.Cve == "CVE-2017-7921").KevAdded);
            Assert.Equal(new DateOnly(2022, 1, 10), kb.Vulnerabilities.Single(v => v.Cve == "CVE-2021-36260").KevAdded);
        }
    }
}

public sealed class SqliteOverlayStoreTests(SqliteStoreFixture fixture) : OverlayStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresOverlayStoreTests(PostgresStoreFixture fixture) : OverlayStoreTests<PostgresStoreFixture>(fixture);
