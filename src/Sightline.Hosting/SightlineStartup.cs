using Sightline.Core.Bodies;
using Sightline.Imports.Bodies;
using Sightline.Storage;

namespace Sightline.Hosting;

/// <summary>Opens the store: migrates it and, when asked, loads the bundled UK registry into a store whose registry is empty.</summary>
public sealed class SightlineStartup(DatabaseMigrator migrator, IBodyStore bodies, BodyImporter importer, DatabaseDescription database)
{
    public DatabaseDescription Database => database;

    /// <summary>Never throws for a store that cannot be opened: the result carries the reason.</summary>
    public async Task<StartupResult> PrepareAsync(bool seedNewStore, CancellationToken cancellationToken)
    {
        MigrationResult migration = await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (migration is MigrationResult.Failed failed)
        {
            return new StartupResult(false, $"cannot open or migrate the {database}: {failed.Reason}", null);
        }

        IReadOnlyList<BodyImportSummary>? seeded = null;
        // An empty registry is a new store, or one whose first load was interrupted (the load is one transaction per source).
        if (seedNewStore && (await bodies.CountBySectorAsync(cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            seeded = await importer.ImportUkAsync(cancellationToken).ConfigureAwait(false);
        }

        return new StartupResult(true, null, seeded);
    }
}

/// <summary>The outcome of <see cref="SightlineStartup.PrepareAsync"/>; <see cref="Seeded"/> is set when the UK registry was loaded.</summary>
public sealed record StartupResult(bool Ok, string? Error, IReadOnlyList<BodyImportSummary>? Seeded);
