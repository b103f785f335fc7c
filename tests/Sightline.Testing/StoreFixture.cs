using Microsoft.Extensions.DependencyInjection;
using Sightline.Hosting;
using Sightline.Storage;
using Xunit;

namespace Sightline.Testing;

/// <summary>A fresh, migrated, empty store of one engine, owned by one test class. Each engine has its own subclass,
/// so one abstract test suite runs against both (see <see cref="SqliteStoreFixture"/> and <see cref="PostgresStoreFixture"/>).</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private ServiceProvider? _provider;

    public abstract string Engine { get; }

    public SightlineOptions Options { get; protected set; } = new();

    public IServiceProvider Services => _provider ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>A new scope: one unit of work, as a command or a web request has. Skips the test when the engine is unavailable.</summary>
    public AsyncServiceScope Scope()
    {
        EnsureAvailable();
        return Services.CreateAsyncScope();
    }

    /// <summary>Skips (or, where required, fails) the calling test when this engine cannot be used here.</summary>
    public virtual void EnsureAvailable()
    {
    }

    public async ValueTask InitializeAsync()
    {
        SightlineOptions? options = await CreateDatabaseAsync();
        if (options is null)
        {
            return; // unavailable: EnsureAvailable() decides per test
        }

        Options = options;
        var services = new ServiceCollection();
        services.AddSightline(Options);
        ConfigureServices(services);
        _provider = services.BuildServiceProvider();
        await using var scope = Scope();
        MigrationResult result = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        if (result is MigrationResult.Failed failed)
        {
            throw new InvalidOperationException($"Cannot migrate the {Engine} test store: {failed.Reason}");
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await DropDatabaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Lets a test fixture replace services, e.g. the clock.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>Creates the database; null when the engine is not available here.</summary>
    protected abstract Task<SightlineOptions?> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync();
}
