using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage;

/// <summary>Creates the database if needed and brings its schema up to date.</summary>
public sealed class DatabaseMigrator(SightlineDbContext db)
{
    /// <summary>Applies pending migrations. Never throws for a database that cannot be reached, opened or migrated:
    /// the result says why, in words a user can act on.</summary>
    public async Task<MigrationResult> MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToList();
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            return new MigrationResult.Migrated(pending, Created: applied.Count == 0 && pending.Count > 0);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            return new MigrationResult.Failed(Describe(ex));
        }
    }

    private static string Describe(Exception ex)
    {
        var messages = new List<string>();
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message, StringComparer.Ordinal))
            {
                messages.Add(e.Message.Trim());
            }
        }

        return string.Join(": ", messages);
    }
}

/// <summary>The outcome of <see cref="DatabaseMigrator.MigrateAsync"/>.</summary>
public abstract record MigrationResult
{
    private MigrationResult()
    {
    }

    /// <param name="Applied">The migrations applied now.</param>
    /// <param name="Created">True when the store had no schema before: it is new.</param>
    public sealed record Migrated(IReadOnlyList<string> Applied, bool Created) : MigrationResult;

    public sealed record Failed(string Reason) : MigrationResult;
}
