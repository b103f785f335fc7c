using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Sightline.Storage;

/// <summary>The Sightline store. Each engine derives its own context so that it keeps its own migration set.</summary>
/// <remarks>Entity types are configured by the <see cref="IEntityTypeConfiguration{TEntity}"/> classes of this assembly,
/// one per feature folder, so a feature adds its tables without touching this file. The workspace's accounts and roles are
/// ASP.NET Core Identity's tables, in the same database (renamed to the store's snake_case style), and so are the Data
/// Protection keys that protect their cookies.</remarks>
public abstract class SightlineDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core Data Protection keys (they protect the session and antiforgery cookies), shared by every web instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.Entity<IdentityUser>().ToTable("users");
        builder.Entity<IdentityRole>().ToTable("roles");
        builder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(SightlineDbContext).Assembly);
    }
}
