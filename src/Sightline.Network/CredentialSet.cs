using System.Globalization;
using System.Net;

namespace Sightline.Network;

/// <summary>One user-supplied login: used for the hosts of <see cref="Targets"/> only, never tried elsewhere, never varied.</summary>
public sealed record HostCredential(AddressRange Targets, string User, string Password);

/// <summary>The logins a user supplied for their own devices (<c>--credentials FILE</c>). Sightline never guesses passwords:
/// a host gets its device-information pages read only when a line of this file names it, and only with that line's login.</summary>
public sealed class CredentialSet
{
    private readonly IReadOnlyList<HostCredential> _entries;

    public CredentialSet(IReadOnlyList<HostCredential> entries) => _entries = entries;

    public int Count => _entries.Count;

    /// <summary>The first entry whose targets contain <paramref name="address"/>, or null.</summary>
    public NetworkCredential? For(IPAddress address)
    {
        HostCredential? entry = _entries.FirstOrDefault(e => e.Targets.Contains(address));
        return entry is null ? null : new NetworkCredential(entry.User, entry.Password);
    }

    /// <summary>Reads <c>TARGET USER PASSWORD</c> lines (the target an address, CIDR block or range; the password is the rest of
    /// the line); blank lines and lines starting with <c>#</c> are ignored.</summary>
    public static CredentialSet? Load(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            error = $"{path}: credentials file not found";
            return null;
        }

        var entries = new List<HostCredential>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            string[] parts = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3)
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{name}:{number}: expected 'TARGET USER PASSWORD'");
                return null;
            }

            if (!AddressRange.TryParse(parts[0], out AddressRange? range, out string? message))
            {
                error = string.Create(CultureInfo.InvariantCulture, $"{name}:{number}: {message}");
                return null;
            }

            entries.Add(new HostCredential(range!, parts[1], parts[2].Trim()));
        }

        if (entries.Count == 0)
        {
            error = $"{name}: the credentials file has no 'TARGET USER PASSWORD' line";
            return null;
        }

        error = null;
        return new CredentialSet(entries);
    }
}
