using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Exposure;

/// <summary>The exposure store on every engine.</summary>
public abstract class ExposureStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ExposureObservation Observation(string ip, string? city, string? maker, MakerGroup group, string? model = null, params ObservedVulnerability[] vulns) =>
        new(ip, [80, 554], 2, "GB", "United Kingdom", city, "BT", "British Telecommunications PLC", "AS2856", "a.example,b.example", "2022-10-01T10:00:00",
            maker, group, maker is null ? null : "Brand", maker is null ? null : BrandRelation.Own, model, model is null ? null : "V5.3.0 build 150513",
            model is null ? null : DeviceKind.Camera, maker is null ? 0 : 0.95, maker is "hikvision" or "dahua",
            maker is null ? [] : [new EvidenceItem("http_server", "Hikvision-Webs", maker, "Hikvision", 0.95, "recog")], vulns, "scan.json:" + ip.Length);

    private static readonly ObservedVulnerability Kev = new("CVE-2021-36260", "possibly_affected", 9.8, new DateOnly(2022, 1, 10));
    private static readonly ObservedVulnerability NotKev = new("CVE-2023-28808", "affected", 9.1, null);

    // London: 2 Hikvision (one with both CVEs), 1 unidentified; Leeds: 1 Dahua, 1 Uniview; no city: 1 Hikvision (KEV CVE).
    private static readonly ExposureObservation[] Six =
    [
        Observation("192.0.2.1", "London", "hikvision", MakerGroup.Hikvision, "DS-2CD2032F-I", Kev, NotKev),
        Observation("192.0.2.2", "London", "hikvision", MakerGroup.Hikvision),
        Observation("192.0.2.3", "London", null, MakerGroup.Unidentified),
        Observation("192.0.2.4", "Leeds", "dahua", MakerGroup.Dahua),
        Observation("192.0.2.5", "Leeds", "uniview", MakerGroup.OtherChinese),
        Observation("2001:db8::6", null, "hikvision", MakerGroup.Hikvision, "DS-2CD2142FWD-I", Kev),
    ];

    private static async Task<long> ImportAsync(IExposureStore store, string name, ExposureObservation[] observations, int batch = 4)
    {
        long id = await store.BeginAsync(name, "scan.json (shodan)", Ct);
        for (int i = 0; i < observations.Length; i += batch)
        {
            await store.AppendAsync(id, i + 1, [.. observations.Skip(i).Take(batch)], Ct);
        }

        await store.FinishAsync(id, DatasetState.Complete, new ImportTotals(9, 1, 0, observations.Length, 3, 1, 1, 0), "scan.json:4: invalid JSON", Ct);
        return id;
    }

    [Fact]
    public async Task Observations_round_trip_with_their_evidence_and_vulnerabilities()
    {
        string name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IExposureStore>();
        long id = await ImportAsync(store, name, Six);

        IReadOnlyList<ExposureObservation> loaded = await store.LoadAsync(id, 0, 100, Ct);
        IReadOnlyList<ExposureObservation> page = await store.LoadAsync(id, 4, 1, Ct);

        Assert.Equal(Six.Select(o => o.Ip), loaded.Select(o => o.Ip));
        ExposureObservation first = loaded[0];
        Assert.Equal(("hikvision", MakerGroup.Hikvision, "DS-2CD2032F-I", "V5.3.0 build 150513", DeviceKind.Camera, BrandRelation.Own), (first.Maker, first.Group, first.Model, first.Firmware, first.Kind, first.Relation));
        Assert.Equal([80, 554], first.Ports);
        Assert.Equal(("London", "GB", "AS2856", "a.example,b.example"), (first.City, first.CountryCode, first.Asn, first.Hostnames));
        Assert.Equal(Six[0].Evidence, first.Evidence);
        Assert.Equal([Kev, NotKev], first.Vulnerabilities);
        Assert.Equal("192.0.2.5", Assert.Single(page).Ip);
    }

    [Fact]
    public async Task Counts_per_group_match_hand_computed_figures_for_city_maker_and_vuln()
    {
        string name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IExposureStore>();
        long id = await ImportAsync(store, name, Six);

        IReadOnlyList<SummaryRow> byCity = ExposureSummary.Build(await store.CountAsync(id, SummaryDimension.City, new SummaryFilter(), Ct), 0);
        IReadOnlyList<SummaryRow> byVuln = ExposureSummary.Build(await store.CountAsync(id, SummaryDimension.Vuln, new SummaryFilter(), Ct), 0);
        IReadOnlyList<SummaryRow> hikByCity = ExposureSummary.Build(await store.CountAsync(id, SummaryDimension.City, new SummaryFilter(Maker: "hikvision"), Ct), 0);
        IReadOnlyList<SummaryRow> elsewhere = ExposureSummary.Build(await store.CountAsync(id, SummaryDimension.Maker, new SummaryFilter(CountryCode: "FR"), Ct), 0);

        Assert.Equal([new SummaryRow("London", 2, 0, 0, 3), new SummaryRow("Leeds", 0, 1, 1, 2), new SummaryRow(null, 1, 0, 0, 1)], byCity);
        Assert.Equal([new SummaryRow("CVE-2021-36260", 2, 0, 0, 2), new SummaryRow("CVE-2023-28808", 1, 0, 0, 1)], byVuln);
        Assert.Equal([new SummaryRow("London", 2, 0, 0, 2), new SummaryRow(null, 1, 0, 0, 1)], hikByCity);
        Assert.Empty(elsewhere);
    }

    [Fact]
    public async Task A_dataset_is_visibly_importing_until_finished_and_beginning_again_replaces_it()
    {
        string name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IExposureStore>();
        long first = await ImportAsync(store, name, Six);

        long second = await store.BeginAsync(name, "again.json (shodan)", Ct);
        await store.AppendAsync(second, 1, [Six[3]], Ct);
        ExposureDataset interrupted = (await store.FindAsync(name, Ct))!;

        Assert.NotEqual(first, second);
        Assert.Equal((DatasetState.Importing, "again.json (shodan)", (DateTime?)null), (interrupted.State, interrupted.Sources, interrupted.FinishedUtc));
        Assert.Empty(await store.LoadAsync(first, 0, 100, Ct));
        Assert.Equal(["192.0.2.4"], (await store.LoadAsync(second, 0, 100, Ct)).Select(o => o.Ip));

        await store.FinishAsync(second, DatasetState.Partial, new ImportTotals(1, 0, 0, 1, 0, 1, 0, 0), "again.json: the gzip data ends early", Ct);
        ExposureDataset finished = Assert.Single(await store.ListAsync(Ct), d => d.Name == name);
        Assert.Equal((DatasetState.Partial, 1L, 1L), (finished.State, finished.Totals.Hosts, finished.Totals.Dahua));
        Assert.Equal(DateTimeKind.Utc, finished.StartedUtc.Kind);
        Assert.Contains("ends early", finished.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_longer_than_their_columns_are_cut_rather_than_refused()
    {
        string name = "ds-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = fixture.Scope();
        var store = scope.ServiceProvider.GetRequiredService<IExposureStore>();
        ExposureObservation wide = Observation("192.0.2.9", new string('c', 500), "hikvision", MakerGroup.Hikvision) with
        {
            Org = new string('o', 1_000),
            Hostnames = string.Join(',', Enumerable.Range(0, 400).Select(i => $"host-{i}.example")),
            Ports = [.. Enumerable.Range(1, 3_000)],
        };
        long id = await ImportAsync(store, name, [wide]);

        ExposureObservation loaded = Assert.Single(await store.LoadAsync(id, 0, 10, Ct));

        Assert.Equal((200, 300), (loaded.City!.Length, loaded.Org!.Length));
        Assert.All(loaded.Hostnames!.Split(','), h => Assert.StartsWith("host-", h, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, loaded.Ports.Count), loaded.Ports);
    }
}

public sealed class SqliteExposureStoreTests(SqliteStoreFixture fixture) : ExposureStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresExposureStoreTests(PostgresStoreFixture fixture) : ExposureStoreTests<PostgresStoreFixture>(fixture);
