using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage.Postgres;

public sealed class PostgresSightlineDbContext(DbContextOptions<PostgresSightlineDbContext> options) : SightlineDbContext(options);
