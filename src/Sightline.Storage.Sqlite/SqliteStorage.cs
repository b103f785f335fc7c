using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Sightline.Storage.Sqlite;

/// <summary>Registers the embedded SQLite store.</summary>
public static class SqliteStorage
{
    /// <summary>Makes a connection string for the database file at <paramref name="path"/> (created on first use).</summary>
    public static string ConnectionStringFor(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        ForeignKeys = true,
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();

    public static IServiceCollection AddSqliteStorage(this IServiceCollection services, string connectionString)
    {
        // SQLite table rebuilds switch PRAGMA foreign_keys, which cannot run in a transaction; EF Core warns on every new store.
        // The migrations that do it (LinkProposedCodingsToReview) rebuild a table in place and were reviewed for it.
        services.AddDbContext<SqliteSightlineDbContext>(options => options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning)));
        services.AddScoped<SightlineDbContext>(sp => sp.GetRequiredService<SqliteSightlineDbContext>());
        services.AddSingleton(new DatabaseDescription("sqlite", new SqliteConnectionStringBuilder(connectionString).DataSource));
        return services.AddSightlineStores();
    }
}
