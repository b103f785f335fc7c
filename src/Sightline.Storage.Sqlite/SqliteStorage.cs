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
        services.AddDbContext<SqliteSightlineDbContext>(options => options.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60)));
        services.AddScoped<SightlineDbContext>(sp => sp.GetRequiredService<SqliteSightlineDbContext>());
        services.AddSingleton(new DatabaseDescription("sqlite", new SqliteConnectionStringBuilder(connectionString).DataSource));
        return services.AddSightlineStores();
    }
}
