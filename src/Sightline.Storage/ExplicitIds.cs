using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage;

/// <summary>Key ranges for bulk inserts into tables whose keys the database normally generates. Call inside a transaction:
/// PostgreSQL locks the table until commit (so two bulk writers cannot take the same range) and, after the insert, moves the
/// identity sequence past the range so EF's ordinary inserts continue after it; SQLite's single writer and its AUTOINCREMENT
/// bookkeeping need neither.</summary>
internal static class ExplicitIds
{
    public static bool IsPostgres(SightlineDbContext db) => db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    /// <summary>The first free key of <paramref name="table"/>.</summary>
    public static async Task<long> ReserveAsync(SightlineDbContext db, string table, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
#pragma warning disable EF1002 // table names come from code, never from input
            await db.Database.ExecuteSqlRawAsync($"LOCK TABLE \"{table}\" IN SHARE ROW EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
        }

        long max = await db.Database.SqlQueryRaw<long>($"SELECT COALESCE(MAX(\"Id\"), 0) AS \"Value\" FROM \"{table}\"").SingleAsync(cancellationToken).ConfigureAwait(false);
        return max + 1;
    }

    public static async Task SyncSequenceAsync(SightlineDbContext db, string table, CancellationToken cancellationToken)
    {
        if (IsPostgres(db))
        {
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), GREATEST((SELECT COALESCE(MAX(\"Id\"), 0) FROM \"{table}\"), 1))", cancellationToken).ConfigureAwait(false);
#pragma warning restore EF1002
        }
    }
}
