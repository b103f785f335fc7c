using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sightline.Network;

/// <summary>The addresses a user has declared they may probe. Every target is checked against it before any packet is sent, and
/// every connection the probes open is checked again as it is made.</summary>
public sealed class ScanScope
{
    /// <summary>An environment variable that narrows every scan, whatever its scope (tests and CI set it to <c>127.0.0.0/8</c>).</summary>
    public const string LimitVariable = "SIGHTLINE_SCAN_LIMIT";

    private static readonly string[] PrivateBlocks = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "169.254.0.0/16", "::1/128", "fc00::/7", "fe80::/10"];

    private readonly IReadOnlyList<AddressRange> _ranges;

    private ScanScope(IReadOnlyList<AddressRange> ranges, string origin)
    {
        _ranges = ranges;
        Origin = origin;
    }

    /// <summary>Where the scope came from, for messages (<c>scope.txt</c>, <c>--i-own-this-network</c>).</summary>
    public string Origin { get; }

    public IReadOnlyList<AddressRange> Ranges => _ranges;

    public bool Contains(IPAddress address) => _ranges.Any(r => r.Contains(address));

    public bool Contains(AddressRange range) => _ranges.Any(r => r.Contains(range));

    /// <summary>Reads a scope file: one address, CIDR block or range per line; blank lines and <c># comments</c> are ignored.</summary>
    /// <returns>The scope, or null with an error naming the file and line.</returns>
    public static ScanScope? Load(string path, out string? error)
    {
        ArgumentNullException.ThrowIfNull(path);
        string name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            error = $"{path}: scope file not found";
            return null;
        }

        var ranges = new List<AddressRange>();
        int number = 0;
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            if (number > 100_000)
            {
                error = $"{name}:{number}: a scope file may have at most 100,000 lines";
                return null;
            }

            int hash = raw.IndexOf('#', StringComparison.Ordinal);
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            foreach (string item in line.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                if (!AddressRange.TryParse(item, out AddressRange? range, out string? message))
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"{name}:{number}: {message}");
                    return null;
                }

                ranges.Add(range!);
            }
        }

        if (ranges.Count == 0)
        {
            error = $"{name}: the scope file declares no address (write one address, CIDR block or range per line)";
            return null;
        }

        error = null;
        return new ScanScope(ranges, name);
    }

    /// <summary>The scope of <c>--i-own-this-network</c>: exactly the targets named, each of which must lie in a private,
    /// loopback or link-local block.</summary>
    public static ScanScope? OwnNetwork(IReadOnlyList<AddressRange> targets, out string? error)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var blocks = PrivateBlocks.Select(b => AddressRange.TryParse(b, out AddressRange? r, out _) ? r! : throw new InvalidOperationException(b)).ToList();
        foreach (AddressRange target in targets)
        {
            if (!blocks.Any(b => b.Contains(target)))
            {
                error = $"target {target} is not inside a private, loopback or link-local block (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16, " +
                    "::1, fc00::/7, fe80::/10); --i-own-this-network covers only those. For other addresses you own, list them in a --scope file";
                return null;
            }
        }

        error = null;
        return new ScanScope(targets, "--i-own-this-network");
    }

    /// <summary>The ranges of <see cref="LimitVariable"/>, or null when it is not set. A malformed value is an error.</summary>
    public static ScanScope? FromEnvironment(out string? error)
    {
        error = null;
        string? value = Environment.GetEnvironmentVariable(LimitVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var ranges = new List<AddressRange>();
        foreach (string item in value.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!AddressRange.TryParse(item, out AddressRange? range, out string? message))
            {
                error = $"{LimitVariable}: {message}";
                return null;
            }

            ranges.Add(range!);
        }

        return new ScanScope(ranges, LimitVariable);
    }

    /// <summary>A scope from ranges (for tests and callers that built the ranges themselves).</summary>
    public static ScanScope Of(string origin, params AddressRange[] ranges) => new(ranges, origin);

    internal static bool IsIPv4(AddressRange range) => range.Family == AddressFamily.InterNetwork;
}
