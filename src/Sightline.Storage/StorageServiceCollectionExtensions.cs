using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Storage.Bodies;

namespace Sightline.Storage;

/// <summary>Registers the stores. The engine project (SQLite or PostgreSQL) registers the <see cref="SightlineDbContext"/>.</summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddSightlineStores(this IServiceCollection services)
    {
        services.AddScoped<IBodyStore, EfBodyStore>();
        services.AddScoped<DatabaseMigrator>();
        return services;
    }
}
