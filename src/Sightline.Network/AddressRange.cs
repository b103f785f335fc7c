using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Sightline.Network;

/// <summary>An inclusive range of IP addresses of one family: a single address, a CIDR block or a <c>first-last</c> range.</summary>
public sealed record AddressRange(AddressFamily Family, UInt128 First, UInt128 Last)
{
    /// <summary>The text the range was written as.</summary>
    public string Text { get; init; } = string.Empty;

    public UInt128 Count => Last - First + 1;

    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != Family)
        {
            return false;
        }

        UInt128 value = ToNumber(address);
        return value >= First && value <= Last;
    }

    public bool Contains(AddressRange other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.Family == Family && other.First >= First && other.Last <= Last;
    }

    /// <summary>The addresses in order (call only on ranges whose <see cref="Count"/> was checked).</summary>
    public IEnumerable<IPAddress> Addresses()
    {
        for (UInt128 value = First; ; value++)
        {
            yield return ToAddress(Family, value);
            if (value == Last)
            {
                yield break;
            }
        }
    }

    /// <summary>Parses <c>192.0.2.7</c>, <c>192.0.2.0/24</c>, <c>192.0.2.10-192.0.2.20</c> or <c>192.0.2.10-20</c> (IPv4 last-octet
    /// shorthand), and the IPv6 forms of the first three.</summary>
    public static bool TryParse(string text, out AddressRange? range, out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        range = null;
        error = null;
        string t = text.Trim();
        if (t.Length == 0)
        {
            error = "empty target";
            return false;
        }

        int slash = t.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!IPAddress.TryParse(t[..slash], out IPAddress? network) || !int.TryParse(t[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int prefix))
            {
                error = $"'{t}' is not a CIDR block (like 192.168.1.0/24)";
                return false;
            }

            int bits = network.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
            if (prefix > bits)
            {
                error = $"'{t}': the prefix length must be 0-{bits}";
                return false;
            }

            UInt128 value = ToNumber(network);
            UInt128 hostMask = prefix == bits ? UInt128.Zero : (prefix == 0 ? Max(bits) : (UInt128.One << (bits - prefix)) - 1);
            UInt128 first = value & ~hostMask & Max(bits);
            range = new AddressRange(network.AddressFamily, first, first | hostMask) { Text = t };
            return true;
        }

        int dash = t.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            string left = t[..dash].Trim(), right = t[(dash + 1)..].Trim();
            if (!IPAddress.TryParse(left, out IPAddress? start))
            {
                error = $"'{t}' is not a range (like 192.168.1.10-192.168.1.20 or 192.168.1.10-20)";
                return false;
            }

            IPAddress? end;
            if (start.AddressFamily == AddressFamily.InterNetwork && byte.TryParse(right, NumberStyles.None, CultureInfo.InvariantCulture, out byte lastOctet))
            {
                byte[] bytes = start.GetAddressBytes();
                bytes[3] = lastOctet;
                end = new IPAddress(bytes);
            }
            else if (!IPAddress.TryParse(right, out end))
            {
                error = $"'{t}' is not a range (like 192.168.1.10-192.168.1.20 or 192.168.1.10-20)";
                return false;
            }

            if (end.AddressFamily != start.AddressFamily || ToNumber(end) < ToNumber(start))
            {
                error = $"'{t}': the range must go from a lower to a higher address of the same family";
                return false;
            }

            range = new AddressRange(start.AddressFamily, ToNumber(start), ToNumber(end)) { Text = t };
            return true;
        }

        if (!IPAddress.TryParse(t, out IPAddress? single) || t.Contains('%', StringComparison.Ordinal))
        {
            error = $"'{t}' is not an IP address, a CIDR block or a range (host names are not accepted: scan by address)";
            return false;
        }

        if (single.IsIPv4MappedToIPv6)
        {
            single = single.MapToIPv4();
        }

        range = new AddressRange(single.AddressFamily, ToNumber(single), ToNumber(single)) { Text = t };
        return true;
    }

    public static UInt128 ToNumber(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        byte[] bytes = address.GetAddressBytes();
        UInt128 value = UInt128.Zero;
        foreach (byte b in bytes)
        {
            value = (value << 8) | b;
        }

        return value;
    }

    public static IPAddress ToAddress(AddressFamily family, UInt128 value)
    {
        int length = family == AddressFamily.InterNetwork ? 4 : 16;
        byte[] bytes = new byte[length];
        for (int i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)(value & 0xFF);
            value >>= 8;
        }

        return new IPAddress(bytes);
    }

    private static UInt128 Max(int bits) => bits == 128 ? UInt128.MaxValue : (UInt128.One << bits) - 1;

    public override string ToString() => Text.Length > 0 ? Text : string.Create(CultureInfo.InvariantCulture, $"{ToAddress(Family, First)}-{ToAddress(Family, Last)}");

    /// <summary>The number of addresses, capped for display.</summary>
    public static string Describe(UInt128 count) => count > new UInt128(0, ulong.MaxValue) ? "more than 2^64" : ((ulong)count).ToString("N0", CultureInfo.InvariantCulture);
}
