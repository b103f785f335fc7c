using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Sqlite;

public sealed class SqliteSightlineDbContext(DbContextOptions<SqliteSightlineDbContext> options) : SightlineDbContext(options);
