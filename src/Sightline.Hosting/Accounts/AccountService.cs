using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Accounts;

namespace Sightline.Hosting.Accounts;

/// <summary>A workspace account as listed.</summary>
public sealed record Account(string Email, IReadOnlyList<string> Roles, bool LockedOut);

/// <summary>The outcome of adding an account.</summary>
public abstract record AddAccountOutcome
{
    private AddAccountOutcome()
    {
    }

    public sealed record Added(Account Account) : AddAccountOutcome;

    public sealed record Rejected(string Reason) : AddAccountOutcome;
}

/// <summary>Adds, lists and removes workspace accounts (ASP.NET Core Identity users in the Sightline store). Used by
/// <c>sightline users</c> and the workspace.</summary>
public sealed class AccountService(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>The shortest password accepted.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>A random password of 20 characters from an unambiguous alphabet.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    public async Task<AddAccountOutcome> AddAsync(string email, string role, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        if (!Roles.IsKnown(role))
        {
            return new AddAccountOutcome.Rejected($"Unknown role '{role}'; roles: {string.Join(", ", Roles.All)}.");
        }

        if (email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return new AddAccountOutcome.Rejected("Not an e-mail address.");
        }

        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not null)
        {
            return new AddAccountOutcome.Rejected($"An account for {email} exists already.");
        }

        await EnsureRolesAsync().ConfigureAwait(false);
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        IdentityResult created = await users.CreateAsync(user, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return new AddAccountOutcome.Rejected(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        IdentityResult added = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
        return added.Succeeded
            ? new AddAccountOutcome.Added(new Account(email, [role], false))
            : new AddAccountOutcome.Rejected(string.Join(" ", added.Errors.Select(e => e.Description)));
    }

    public async Task<IReadOnlyList<Account>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(cancellationToken).ConfigureAwait(false);
        var accounts = new List<Account>(all.Count);
        foreach (IdentityUser user in all)
        {
            var userRoles = await users.GetRolesAsync(user).ConfigureAwait(false);
            accounts.Add(new Account(user.Email ?? user.UserName ?? user.Id, [.. userRoles.Order(StringComparer.Ordinal)], await users.IsLockedOutAsync(user).ConfigureAwait(false)));
        }

        return accounts;
    }

    /// <summary>Removes the account; false when there is none for <paramref name="email"/>.</summary>
    public async Task<bool> RemoveAsync(string email)
    {
        if (await users.FindByEmailAsync(email).ConfigureAwait(false) is not { } user)
        {
            return false;
        }

        IdentityResult result = await users.DeleteAsync(user).ConfigureAwait(false);
        return result.Succeeded;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (string role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false);
            }
        }
    }
}

/// <summary>Registers Identity's user and role managers over the Sightline store, with the workspace's password rules.</summary>
public static class AccountServiceCollectionExtensions
{
    public static IdentityBuilder AddSightlineAccounts(this IServiceCollection services)
    {
        services.AddLogging();
        services.AddScoped<AccountService>();
        return services.AddIdentityCore<IdentityUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = AccountService.MinimumPasswordLength;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<Sightline.Storage.SightlineDbContext>();
    }
}
