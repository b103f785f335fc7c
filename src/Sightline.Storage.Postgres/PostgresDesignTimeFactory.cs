using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Sightline.Storage.Postgres;

/// <summary>Used by <c>dotnet ef migrations add</c> only; no connection is made.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSightlineDbContext>
{
    public PostgresSightlineDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSightlineDbContext>().UseNpgsql("Host=127.0.0.1;Database=sightline_design").Options);
}
