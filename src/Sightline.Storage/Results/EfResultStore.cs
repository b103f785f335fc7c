using Microsoft.EntityFrameworkCore;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Statistics;

namespace Sightline.Storage.Results;

internal sealed class EfResultStore(SightlineDbContext db, TimeProvider clock) : IResultStore
{
    public async Task ReplaceAsync(string campaign, string origin, IReadOnlyList<CodedResult> results, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(campaign);
        ArgumentNullException.ThrowIfNull(results);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            CampaignRow? row = await db.Set<CampaignRow>().SingleOrDefaultAsync(c => c.Name == campaign, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new CampaignRow { Name = campaign, Origin = origin, CreatedUtc = now, UpdatedUtc = now };
                db.Set<CampaignRow>().Add(row);
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                row.Origin = origin;
                row.UpdatedUtc = now;
                long id = row.Id;
                await db.Set<ResultRow>().Where(r => r.CampaignId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            }

            db.Set<ResultRow>().AddRange(results.Select(r => new ResultRow
            {
                CampaignId = row.Id,
                BodyKey = r.BodyKey,
                BodyName = r.BodyName,
                Sector = r.Sector.ToCode(),
                Nation = r.Nation?.ToCode(),
                Region = r.Region?.ToCode(),
                Outcome = r.Outcome.ToCode(),
                Hikvision = r.Hikvision.ToCode(),
                Dahua = r.Dahua.ToCode(),
                OtherChinese = r.OtherChinese.ToCode(),
                Capabilities = string.Join(';', r.Capabilities.Select(c => c.ToCode()).Order(StringComparer.Ordinal)),
                CapabilitiesInUse = string.Join(';', r.CapabilitiesInUse.Select(c => c.ToCode()).Order(StringComparer.Ordinal)),
                Exemptions = string.Join(';', r.Exemptions),
                HikvisionCount = r.HikvisionCount,
                DahuaCount = r.DahuaCount,
                Notes = r.Notes,
            }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<CodedResult>?> LoadAsync(string campaign, CancellationToken cancellationToken)
    {
        CampaignRow? row = await db.Set<CampaignRow>().AsNoTracking().SingleOrDefaultAsync(c => c.Name == campaign, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var rows = await db.Set<ResultRow>().AsNoTracking().Where(r => r.CampaignId == row.Id).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToDomain)];
    }

    public async Task<IReadOnlyList<CampaignResult>> FindByBodyAsync(string bodyKey, CancellationToken cancellationToken)
    {
        var rows = await db.Set<ResultRow>().AsNoTracking().Where(r => r.BodyKey == bodyKey)
            .Join(db.Set<CampaignRow>(), r => r.CampaignId, c => c.Id, (r, c) => new { c.Name, Row = r })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(x => x.Name, StringComparer.Ordinal).Select(x => new CampaignResult(x.Name, ToDomain(x.Row)))];
    }

    public async Task<IReadOnlyList<string>> ListCampaignsAsync(CancellationToken cancellationToken) =>
        await db.Set<CampaignRow>().AsNoTracking().OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

    private static CodedResult ToDomain(ResultRow r)
    {
        static HashSet<Capability> Caps(string text) =>
            [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(c => Capabilities.TryParse(c, out Capability? cap) ? cap.Value : throw new InvalidDataException($"Stored capability '{c}' is unknown."))];
        static Finding F(string text) => ResultCodes.TryParseFinding(text, out Finding f) ? f : Finding.Unknown;
        return new CodedResult(r.BodyKey, r.BodyName,
            Sectors.TryParse(r.Sector, out Sector? sector) ? sector.Value : Sector.Other,
            Geography.TryParseNation(r.Nation, out Nation? nation) ? nation : null,
            Geography.TryParseRegion(r.Region, out Region? region) ? region : null,
            ResultCodes.TryParseOutcome(r.Outcome, out ResultOutcome outcome) ? outcome : ResultOutcome.NoResponse,
            F(r.Hikvision), F(r.Dahua), F(r.OtherChinese), Caps(r.Capabilities), Caps(r.CapabilitiesInUse),
            [.. r.Exemptions.Split(';', StringSplitOptions.RemoveEmptyEntries)], r.HikvisionCount, r.DahuaCount, r.Notes);
    }
}
