using Microsoft.EntityFrameworkCore;
using Sightline.Core.Devices;

namespace Sightline.Storage.Devices;

internal sealed class EfKnowledgeBaseOverlayStore(SightlineDbContext db, TimeProvider clock) : IKnowledgeBaseOverlayStore
{
    public async Task ReplaceOuisAsync(IReadOnlyList<OuiEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await db.Set<OuiRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            db.Set<OuiRow>().AddRange(entries.DistinctBy(e => e.Prefix).Select(e => new OuiRow
            {
                Prefix = e.Prefix, Organisation = e.Organisation, Maker = e.Maker, Brand = e.Brand, Source = e.Source, ImportedUtc = now,
            }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
    }

    public async Task<IReadOnlyList<OuiEntry>> LoadOuisAsync(CancellationToken cancellationToken) =>
        [.. (await db.Set<OuiRow>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(o => new OuiEntry(o.Prefix, o.Organisation, o.Maker, o.Brand, o.Source))];

    public async Task ReplaceKevAsync(IReadOnlyDictionary<string, DateOnly?> kev, string catalogVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(kev);
        DateTime now = clock.GetUtcNow().UtcDateTime;
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await db.Set<KevRow>().ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            db.Set<KevRow>().AddRange(kev.Select(k => new KevRow { Cve = k.Key, DateAdded = k.Value, CatalogVersion = catalogVersion, ImportedUtc = now }));
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        db.ChangeTracker.Clear();
    }

    public async Task<(IReadOnlyDictionary<string, DateOnly?> Kev, string? CatalogVersion)> LoadKevAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Set<KevRow>().AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return (rows.ToDictionary(r => r.Cve, r => r.DateAdded, StringComparer.Ordinal), rows.FirstOrDefault()?.CatalogVersion);
    }
}
