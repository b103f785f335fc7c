using Microsoft.EntityFrameworkCore;
using Sightline.Core.Bodies;

namespace Sightline.Storage.Bodies;

internal sealed class EfBodyStore(SightlineDbContext db, TimeProvider clock) : IBodyStore
{
    public async Task<BodyImportSummary> ImportAsync(string source, IReadOnlyList<Body> bodies, bool deactivateMissing, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(bodies);
        DateTime now = clock.GetUtcNow().UtcDateTime;

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var transactionScope = transaction.ConfigureAwait(false);
        bool detectChanges = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            // Everything the import could touch, loaded once: rows by id and by identifier.
            var rows = await db.Set<BodyRow>().Include(b => b.Identifiers).Include(b => b.Tags).AsSplitQuery()
                .ToDictionaryAsync(b => b.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            var byIdentifier = new Dictionary<(string, string), BodyRow>();
            foreach (BodyRow row in rows.Values)
            {
                foreach (BodyIdentifierRow identifier in row.Identifiers)
                {
                    byIdentifier[(identifier.Scheme, identifier.Value)] = row;
                }
            }

            int added = 0, updated = 0, unchanged = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Body body in bodies)
            {
                BodyRow? row = rows.GetValueOrDefault(body.Id.Value)
                    ?? body.Identifiers.Select(i => byIdentifier.GetValueOrDefault((i.Scheme, i.Value))).FirstOrDefault(r => r is not null);
                if (row is null)
                {
                    row = new BodyRow
                    {
                        Id = body.Id.Value, Name = body.Name, SearchName = string.Empty, Sector = string.Empty, Law = string.Empty,
                        Source = source, CreatedUtc = now, UpdatedUtc = now,
                    };
                    row.Apply(body);
                    db.Set<BodyRow>().Add(row);
                    rows[row.Id] = row;
                    added++;
                }
                else if (!seen.Contains(row.Id) && row.Apply(body with { Active = true }))
                {
                    row.UpdatedUtc = now;
                    db.Entry(row).State = EntityState.Modified;
                    updated++;
                }
                else
                {
                    unchanged++;
                }

                seen.Add(row.Id);
                foreach (BodyIdentifierRow identifier in row.Identifiers)
                {
                    if (byIdentifier.TryGetValue((identifier.Scheme, identifier.Value), out BodyRow? owner) && owner != row)
                    {
                        throw new BodyImportConflictException(
                            $"identifier {identifier.Scheme}:{identifier.Value} of '{body.Name}' already belongs to '{owner.Name}' ({owner.Id})");
                    }

                    byIdentifier[(identifier.Scheme, identifier.Value)] = row;
                }
            }

            int deactivated = 0;
            if (deactivateMissing)
            {
                foreach (BodyRow row in rows.Values.Where(r => r.Source == source && r.Active && !seen.Contains(r.Id)))
                {
                    row.Active = false;
                    row.UpdatedUtc = now;
                    db.Entry(row).State = EntityState.Modified;
                    deactivated++;
                }
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new BodyImportSummary(source, added, updated, unchanged, deactivated);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detectChanges;
            db.ChangeTracker.Clear();
        }
    }

    public async Task<Body?> FindAsync(BodyId id, CancellationToken cancellationToken)
    {
        BodyRow? row = await Bodies().SingleOrDefaultAsync(b => b.Id == id.Value, cancellationToken).ConfigureAwait(false);
        return row?.ToDomain();
    }

    public async Task<Body?> FindByIdentifierAsync(ExternalId identifier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        BodyRow? row = await Bodies()
            .Where(b => b.Identifiers.Any(i => i.Scheme == identifier.Scheme && i.Value == identifier.Value))
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row?.ToDomain();
    }

    public async Task<BodyPage> SearchAsync(BodyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        IQueryable<BodyRow> rows = db.Set<BodyRow>().AsNoTracking();
        if (!query.IncludeInactive)
        {
            rows = rows.Where(b => b.Active);
        }

        if (query.Sector is { } sector)
        {
            string code = sector.ToCode();
            rows = rows.Where(b => b.Sector == code);
        }

        if (query.Nation is { } nation)
        {
            string code = nation.ToCode();
            rows = rows.Where(b => b.Nation == code);
        }

        if (query.Region is { } region)
        {
            string code = region.ToCode();
            rows = rows.Where(b => b.Region == code);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            string tag = query.Tag.Trim().ToLowerInvariant();
            rows = rows.Where(b => b.Tags.Any(t => t.Tag == tag));
        }

        string text = (query.Text ?? string.Empty).Trim();
        if (text.Length > BodyQuery.MaxTextLength)
        {
            text = text[..BodyQuery.MaxTextLength];
        }

        if (text.Length > 0)
        {
            rows = await WhereTextAsync(rows, text, cancellationToken).ConfigureAwait(false);
        }

        int limit = Math.Clamp(query.Limit, 1, BodyQuery.MaxLimit);
        if (text.Length > 0)
        {
            // A text filter cannot use an index, so scan once: the ordered ids of every match give the total and the page,
            // and the page's rows, identifiers and tags are then read by key. (Counting, paging and two split includes
            // would each repeat the scan: four times the work for the as-you-type search.)
            List<string> matches = await rows.OrderBy(b => b.SearchName).ThenBy(b => b.Id).Select(b => b.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            List<string> pageIds = [.. matches.Skip(Math.Max(0, query.Offset)).Take(limit)];
            var found = await db.Set<BodyRow>().AsNoTracking().Where(b => pageIds.Contains(b.Id))
                .Include(b => b.Identifiers).Include(b => b.Tags).AsSplitQuery()
                .ToDictionaryAsync(b => b.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
            return new BodyPage([.. pageIds.Where(found.ContainsKey).Select(id => found[id].ToDomain())], matches.Count);
        }

        int total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        List<BodyRow> page = await rows.OrderBy(b => b.SearchName).ThenBy(b => b.Id)
            .Skip(Math.Max(0, query.Offset)).Take(limit)
            .Include(b => b.Identifiers).Include(b => b.Tags).AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new BodyPage([.. page.Select(r => r.ToDomain())], total);
    }

    public async Task<IReadOnlyList<Body>> ListAllAsync(CancellationToken cancellationToken)
    {
        List<BodyRow> rows = await Bodies().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToDomain())];
    }

    public async Task<BodyRegistryRevision> GetRevisionAsync(CancellationToken cancellationToken)
    {
        // ImportAsync sets UpdatedUtc on every row it adds, changes, deactivates or reactivates, so count + latest change moves
        // with every import that changed anything (deletions do not exist; a row count guards against them anyway).
        int count = await db.Set<BodyRow>().CountAsync(cancellationToken).ConfigureAwait(false);
        DateTime? last = await db.Set<BodyRow>().MaxAsync(b => (DateTime?)b.UpdatedUtc, cancellationToken).ConfigureAwait(false);
        return new BodyRegistryRevision(count, last);
    }

    public async Task<IReadOnlyDictionary<Sector, int>> CountBySectorAsync(CancellationToken cancellationToken)
    {
        var counts = await db.Set<BodyRow>().AsNoTracking().Where(b => b.Active).GroupBy(b => b.Sector)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<Sector, int>();
        foreach (var c in counts)
        {
            if (Sectors.TryParse(c.Key, out Sector? sector))
            {
                result[sector.Value] = c.Count;
            }
        }

        return result;
    }

    private async Task<IQueryable<BodyRow>> WhereTextAsync(IQueryable<BodyRow> rows, string text, CancellationToken cancellationToken)
    {
        // A query that is an identifier ("gss:E08000003", "E08000003", "100000") finds the body it identifies;
        // otherwise every word must start a word of the name. Identifier values are looked up first (an index seek),
        // so the name filter stays a single scan.
        if (ExternalId.TryParse(text, out ExternalId? identifier))
        {
            return rows.Where(b => b.Identifiers.Any(i => i.Scheme == identifier.Scheme && i.Value == identifier.Value));
        }

        string[] words = NameNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IQueryable<BodyRow> byName = rows;
        foreach (string word in words.Take(8))
        {
            string needle = " " + word;
            byName = byName.Where(b => b.SearchName.Contains(needle));
        }

        if (words.Length != 1 || text.Contains(' ', StringComparison.Ordinal) || !text.Any(char.IsAsciiDigit))
        {
            return byName;
        }

        string[] values = [.. new[] { text, text.ToUpperInvariant(), text.TrimStart('0') }.Distinct(StringComparer.Ordinal)];
        List<string> ids = await db.Set<BodyIdentifierRow>().AsNoTracking().Where(i => values.Contains(i.Value)).Select(i => i.BodyId)
            .Distinct().Take(BodyQuery.MaxLimit).ToListAsync(cancellationToken).ConfigureAwait(false);
        string only = " " + words[0];
        return ids.Count == 0 ? byName : rows.Where(b => ids.Contains(b.Id) || b.SearchName.Contains(only));
    }

    private IQueryable<BodyRow> Bodies() =>
        db.Set<BodyRow>().AsNoTracking().Include(b => b.Identifiers).Include(b => b.Tags).AsSplitQuery();
}
