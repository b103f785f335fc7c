using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage;

/// <summary>The Sightline store. Each engine derives its own context so that it keeps its own migration set.</summary>
/// <remarks>Entity types are configured by the <see cref="IEntityTypeConfiguration{TEntity}"/> classes of this assembly,
/// one per feature folder, so a feature adds its tables without touching this file.</remarks>
public abstract class SightlineDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SightlineDbContext).Assembly);
    }
}
