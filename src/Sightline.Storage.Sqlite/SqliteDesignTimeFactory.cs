using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sightline.Storage.Sqlite;

/// <summary>Used by <c>dotnet ef migrations add</c> only.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSightlineDbContext>
{
    public SqliteSightlineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSightlineDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
