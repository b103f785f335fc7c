using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Hosting;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Hosting;

public sealed class StartupTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    [Fact]
    public async Task A_migrated_store_with_an_empty_registry_is_loaded_once_and_only_once()
    {
        // The fixture's store is migrated but empty, as after a first run interrupted while loading the registry.
        await using (var scope = fixture.Scope())
        {
            StartupResult first = await scope.ServiceProvider.GetRequiredService<SightlineStartup>().PrepareAsync(seedNewStore: true, TestContext.Current.CancellationToken);
            Assert.True(first.Ok);
            Assert.Equal(Sightline.Imports.Bodies.UkRegistry.Load().Sum(s => s.Bodies.Count), first.Seeded!.Sum(s => s.Added));
        }

        await using (var scope = fixture.Scope())
        {
            StartupResult second = await scope.ServiceProvider.GetRequiredService<SightlineStartup>().PrepareAsync(seedNewStore: true, TestContext.Current.CancellationToken);
            var counts = await scope.ServiceProvider.GetRequiredService<IBodyStore>().CountBySectorAsync(TestContext.Current.CancellationToken);
            Assert.Null(second.Seeded);
            Assert.Equal(45, counts[Sector.Police]);
        }
    }
}
