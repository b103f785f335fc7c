using Npgsql;
using Sightline.Hosting;
using Xunit;

namespace Sightline.Testing;

/// <summary>A PostgreSQL database of its own on the server named by <c>SIGHTLINE_TEST_POSTGRES</c> (a connection string without a
/// database, e.g. <c>Host=127.0.0.1;Port=55432;Username=postgres</c>), dropped afterwards. The test command starts that server.
/// Without the variable the tests are skipped, unless <c>SIGHTLINE_TEST_REQUIRE_POSTGRES=1</c> (as in CI), when they fail.</summary>
public class PostgresStoreFixture : StoreFixture
{
    public const string ServerVariable = "SIGHTLINE_TEST_POSTGRES";
    public const string RequireVariable = "SIGHTLINE_TEST_REQUIRE_POSTGRES";

    private string? _server;
    private string? _database;

    public override string Engine => "postgresql";

    public string ConnectionString { get; private set; } = string.Empty;

    public override void EnsureAvailable() => RequireServer();

    /// <summary>Skips the calling test when no server is configured (and CI does not require one).</summary>
    public static string RequireServer()
    {
        string? server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) is "1" or "true")
            {
                throw new InvalidOperationException($"{ServerVariable} is not set but {RequireVariable} requires PostgreSQL.");
            }

            Assert.Skip($"PostgreSQL tests need {ServerVariable} (the test command sets it).");
        }

        return server;
    }

    protected override async Task<SightlineOptions?> CreateDatabaseAsync()
    {
        _server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(_server))
        {
            // Defer the skip/fail decision to each test (EnsureAvailable), so fixture set-up itself never errors.
            return null;
        }

        _database = $"sightline_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
        return new SightlineOptions { Database = new DatabaseTarget(DatabaseEngine.Postgres, ConnectionString) };
    }

    protected override async Task DropDatabaseAsync()
    {
        if (_server is null || _database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
