using Microsoft.Data.Sqlite;
using Sightline.Hosting;

namespace Sightline.Testing;

/// <summary>A SQLite store in a file of its own, deleted afterwards.</summary>
public class SqliteStoreFixture : StoreFixture
{
    private string? _directory;

    public override string Engine => "sqlite";

    public string DatabasePath { get; private set; } = string.Empty;

    protected override Task<SightlineOptions?> CreateDatabaseAsync()
    {
        _directory = TestPaths.NewTempDirectory("sightline-sqlite");
        DatabasePath = Path.Combine(_directory, "sightline.db");
        return Task.FromResult<SightlineOptions?>(new SightlineOptions { Database = new DatabaseTarget(DatabaseEngine.Sqlite, DatabasePath) });
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_directory is not null && Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
