using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Sightline.Storage.Postgres;

/// <summary>Registers the PostgreSQL store, for several instances sharing one database.</summary>
public static class PostgresStorage
{
    /// <summary>Turns a <c>postgres://user:pass@host:port/db?sslmode=…</c> URI or a keyword connection string into an Npgsql connection string.</summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static string NormalizeConnectionString(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) || string.IsNullOrEmpty(uri.Host))
            {
                throw new FormatException("The PostgreSQL URI is malformed; expected postgres://user:password@host:port/database.");
            }

            var builder = new NpgsqlConnectionStringBuilder
            {
                Host = uri.Host,
                Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
                Database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/')) is { Length: > 0 } db ? db : "sightline",
            };
            if (uri.UserInfo.Length > 0)
            {
                string[] parts = uri.UserInfo.Split(':', 2);
                builder.Username = Uri.UnescapeDataString(parts[0]);
                if (parts.Length == 2)
                {
                    builder.Password = Uri.UnescapeDataString(parts[1]);
                }
            }

            foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = pair.Split('=', 2);
                if (kv.Length == 2 && kv[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase)
                    && Enum.TryParse(kv[1], ignoreCase: true, out SslMode mode))
                {
                    builder.SslMode = mode;
                }
            }

            return builder.ConnectionString;
        }

        try
        {
            return new NpgsqlConnectionStringBuilder(text).ConnectionString;
        }
        catch (ArgumentException ex)
        {
            throw new FormatException($"The PostgreSQL connection string is malformed: {ex.Message}", ex);
        }
    }

    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, string connectionString)
    {
        string normalized = NormalizeConnectionString(connectionString);
        services.AddDbContext<PostgresSightlineDbContext>(options => options.UseNpgsql(normalized));
        services.AddScoped<SightlineDbContext>(sp => sp.GetRequiredService<PostgresSightlineDbContext>());
        var builder = new NpgsqlConnectionStringBuilder(normalized);
        services.AddSingleton(new DatabaseDescription("postgresql", $"{builder.Database} on {builder.Host}:{builder.Port}"));
        return services.AddSightlineStores();
    }
}
