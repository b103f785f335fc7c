using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sightline.Core.Devices;
using Sightline.Core.Exposure;

namespace Sightline.Storage.Exposure;

internal sealed class EfExposureStore(SightlineDbContext db, TimeProvider clock) : IExposureStore
{
    private static readonly JsonSerializerOptions EvidenceJson = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<long> BeginAsync(string name, string sources, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(sources);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var old = await db.Set<ExposureDatasetRow>().Where(d => d.Name == name).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (long id in old)
            {
                await db.Set<ExposureVulnerabilityRow>().Where(v => v.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.Set<ExposureObservationRow>().Where(o => o.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.Set<ExposureDatasetRow>().Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            var row = new ExposureDatasetRow
            {
                Name = name,
                State = DatasetState.Importing.ToCode(),
                Sources = Cut(sources, 4000)!,
                StartedUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Set<ExposureDatasetRow>().Add(row);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            db.ChangeTracker.Clear();
            return row.Id;
        }
    }

    public async Task AppendAsync(long datasetId, int firstNumber, IReadOnlyList<ExposureObservation> observations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var rows = new List<ExposureObservationRow>(observations.Count);
        var vulnerabilities = new List<ExposureVulnerabilityRow>();
        int number = firstNumber;
        foreach (ExposureObservation o in observations)
        {
            rows.Add(ToRow(datasetId, number, o));
            foreach (ObservedVulnerability v in o.Vulnerabilities.DistinctBy(v => v.Cve))
            {
                vulnerabilities.Add(new ExposureVulnerabilityRow { DatasetId = datasetId, Number = number, Cve = v.Cve, Status = v.Status, Cvss = v.Cvss, KevAdded = v.KevAdded });
            }

            number++;
        }

        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await BulkInsert.InsertAsync(db, rows, cancellationToken).ConfigureAwait(false);
                await BulkInsert.InsertAsync(db, vulnerabilities, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    public async Task FinishAsync(long datasetId, DatasetState state, ImportTotals totals, string problems, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(totals);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        string stateCode = state.ToCode();
        string problemText = Cut(problems, 8000) ?? string.Empty;
        await db.Set<ExposureDatasetRow>().Where(d => d.Id == datasetId).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, stateCode)
            .SetProperty(d => d.FinishedUtc, now)
            .SetProperty(d => d.Records, totals.Records)
            .SetProperty(d => d.Skipped, totals.Skipped)
            .SetProperty(d => d.TruncatedFields, totals.TruncatedFields)
            .SetProperty(d => d.Hosts, totals.Hosts)
            .SetProperty(d => d.Hikvision, totals.Hikvision)
            .SetProperty(d => d.Dahua, totals.Dahua)
            .SetProperty(d => d.OtherChinese, totals.OtherChinese)
            .SetProperty(d => d.Other, totals.Other)
            .SetProperty(d => d.Problems, problemText), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<ExposureDataset>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<ExposureDatasetRow>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderBy(d => d.Name, StringComparer.Ordinal).Select(ToDomain)];

    public async Task<ExposureDataset?> FindAsync(string name, CancellationToken cancellationToken) =>
        await db.Set<ExposureDatasetRow>().AsNoTracking().SingleOrDefaultAsync(d => d.Name == name, cancellationToken).ConfigureAwait(false) is { } row ? ToDomain(row) : null;

    public async Task<IReadOnlyList<GroupCount>> CountAsync(long datasetId, SummaryDimension by, SummaryFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        IQueryable<ExposureObservationRow> observations = db.Set<ExposureObservationRow>().AsNoTracking().Where(o => o.DatasetId == datasetId);
        if (filter.Maker is { } maker)
        {
            observations = observations.Where(o => o.Maker == maker);
        }

        if (filter.CountryCode is { } country)
        {
            observations = observations.Where(o => o.CountryCode == country);
        }

        IQueryable<KeyedRow> keyed = by switch
        {
            SummaryDimension.Country => observations.Select(o => new KeyedRow { Key = o.CountryCode, Group = o.MakerGroup }),
            SummaryDimension.City => observations.Select(o => new KeyedRow { Key = o.City, Group = o.MakerGroup }),
            SummaryDimension.Org => observations.Select(o => new KeyedRow { Key = o.Org, Group = o.MakerGroup }),
            SummaryDimension.Asn => observations.Select(o => new KeyedRow { Key = o.Asn, Group = o.MakerGroup }),
            SummaryDimension.Maker => observations.Select(o => new KeyedRow { Key = o.Maker, Group = o.MakerGroup }),
            SummaryDimension.Model => observations.Select(o => new KeyedRow { Key = o.Model, Group = o.MakerGroup }),
            SummaryDimension.Firmware => observations.Select(o => new KeyedRow { Key = o.Firmware, Group = o.MakerGroup }),
            SummaryDimension.Vuln => from v in db.Set<ExposureVulnerabilityRow>().AsNoTracking()
                                     join o in observations on new { v.DatasetId, v.Number } equals new { o.DatasetId, o.Number }
                                     where v.DatasetId == datasetId
                                     select new KeyedRow { Key = v.Cve, Group = o.MakerGroup },
            _ => throw new ArgumentOutOfRangeException(nameof(by), by, null),
        };
        var counts = await keyed.GroupBy(k => new { k.Key, k.Group }).Select(g => new { g.Key.Key, g.Key.Group, Count = g.LongCount() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. counts.Select(c => new GroupCount(c.Key, MakerGroups.TryParse(c.Group, out MakerGroup group) ? group : MakerGroup.Unidentified, c.Count))];
    }

    public async Task<IReadOnlyList<ExposureObservation>> LoadAsync(long datasetId, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ExposureObservationRow>().AsNoTracking().Where(o => o.DatasetId == datasetId && o.Number > skip && o.Number <= skip + take)
            .OrderBy(o => o.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        int first = rows[0].Number, last = rows[^1].Number;
        var vulns = (await db.Set<ExposureVulnerabilityRow>().AsNoTracking().Where(v => v.DatasetId == datasetId && v.Number >= first && v.Number <= last)
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToLookup(v => v.Number);
        return [.. rows.Select(r => ToDomain(r, vulns[r.Number]))];
    }

    private static ExposureObservationRow ToRow(long datasetId, int number, ExposureObservation o) => new()
    {
        DatasetId = datasetId,
        Number = number,
        Ip = Cut(o.Ip, 64)!,
        Ports = CutList(o.Ports.Select(p => p.ToString(CultureInfo.InvariantCulture)), ExposureLimits.Ports),
        Services = o.Services,
        CountryCode = Cut(o.CountryCode, 8),
        CountryName = Cut(o.CountryName, ExposureLimits.Name),
        City = Cut(o.City, ExposureLimits.Name),
        Org = Cut(o.Org, ExposureLimits.Org),
        Isp = Cut(o.Isp, ExposureLimits.Org),
        Asn = Cut(o.Asn, 20),
        Hostnames = o.Hostnames is null ? null : CutList(o.Hostnames.Split(','), ExposureLimits.Hostnames),
        LastSeen = Cut(o.LastSeen, 40),
        Maker = o.Maker,
        MakerGroup = o.Group.ToCode(),
        Brand = Cut(o.Brand, 100),
        Relation = o.Relation?.ToCode(),
        Model = Cut(o.Model, ExposureLimits.Model),
        Firmware = Cut(o.Firmware, ExposureLimits.Firmware),
        Kind = o.Kind?.ToCode(),
        Confidence = o.Confidence,
        Watchlisted = o.Watchlisted,
        Kev = o.Vulnerabilities.Any(v => v.Kev),
        Evidence = JsonSerializer.Serialize(o.Evidence.Select(e => new StoredEvidence(e.Field, e.Value, e.Maker, e.Brand, e.Confidence, e.Source)), EvidenceJson),
        Source = Cut(o.Source, ExposureLimits.Source)!,
    };

    private static ExposureObservation ToDomain(ExposureObservationRow r, IEnumerable<ExposureVulnerabilityRow> vulns) => new(
        r.Ip,
        [.. r.Ports.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))],
        r.Services, r.CountryCode, r.CountryName, r.City, r.Org, r.Isp, r.Asn, r.Hostnames, r.LastSeen,
        r.Maker,
        MakerGroups.TryParse(r.MakerGroup, out MakerGroup group) ? group : MakerGroup.Unidentified,
        r.Brand,
        r.Relation is null ? null : Enum.GetValues<BrandRelation>().First(v => v.ToCode() == r.Relation),
        r.Model,
        r.Firmware,
        r.Kind is null ? null : Enum.GetValues<DeviceKind>().First(k => k.ToCode() == r.Kind),
        r.Confidence,
        r.Watchlisted,
        [.. (JsonSerializer.Deserialize<List<StoredEvidence>>(r.Evidence, EvidenceJson) ?? []).Select(e => new EvidenceItem(e.Field, e.Value, e.Maker, e.Brand, e.Confidence, e.Source))],
        [.. vulns.OrderBy(v => v.Cve, StringComparer.Ordinal).Select(v => new ObservedVulnerability(v.Cve, v.Status, v.Cvss, v.KevAdded))],
        r.Source);

    private static ExposureDataset ToDomain(ExposureDatasetRow d) => new(d.Id, d.Name, DatasetStates.Parse(d.State), d.Sources,
        DateTime.SpecifyKind(d.StartedUtc, DateTimeKind.Utc), d.FinishedUtc is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : null,
        new ImportTotals(d.Records, d.Skipped, d.TruncatedFields, d.Hosts, d.Hikvision, d.Dahua, d.OtherChinese, d.Other), d.Problems);

    private static string? Cut(string? value, int max) => value is null || value.Length <= max ? value : value[..max];

    /// <summary>Joins values with commas, dropping whole values rather than cutting one in half.</summary>
    private static string CutList(IEnumerable<string> values, int max)
    {
        var builder = new System.Text.StringBuilder();
        foreach (string value in values)
        {
            if (builder.Length + value.Length + 1 > max)
            {
                break;
            }

            builder.Append(builder.Length == 0 ? string.Empty : ",").Append(value);
        }

        return builder.ToString();
    }

    private sealed class KeyedRow
    {
        public string? Key { get; init; }

        public required string Group { get; init; }
    }

    private sealed record StoredEvidence(string Field, string Value, string? Maker, string? Brand, double Confidence, string Source);
}
