using System.Net;
using System.Net.Sockets;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>What a format reader writes to: the record sink, the file's report and the limits.</summary>
internal sealed class ScanReadContext(int fileIndex, Action<ScanRecord> sink, ScanReadReport report, CancellationToken cancellationToken)
{
    private long _truncated;

    public int FileIndex => fileIndex;

    public ScanReadReport Report => report;

    public CancellationToken CancellationToken => cancellationToken;

    public ref long Truncated => ref _truncated;

    /// <summary>Lines of the file before the part this context reads (0 unless the file is read in parts).</summary>
    public long LinesBefore { get; init; }

    public void Emit(ScanRecord record)
    {
        record.File = fileIndex;
        if (record.Banner is not null)
        {
            BannerParser.Apply(record); // only the parsed fields travel on (and may be spilled to disk)
        }

        report.Records++;
        sink(record);
    }

    public void Flush() => report.TruncatedFields += Interlocked.Exchange(ref _truncated, 0);

    public string? Cap(string? value)
    {
        if (value is { Length: > ScanRecord.MaxFieldLength })
        {
            _truncated++;
            return value[..ScanRecord.MaxFieldLength];
        }

        return value;
    }

    /// <summary>An IPv4 (dotted quad) or IPv6 address in canonical form; null when <paramref name="text"/> is neither. A text
    /// that already is a canonical dotted quad is returned as it is (scan data writes most addresses that way).</summary>
    public static string? NormalizeIp(string text) => IsCanonicalIPv4(text) ? text : NormalizeIp(text.AsSpan());

    /// <summary>An IPv4 (dotted quad) or IPv6 address in canonical form; null when <paramref name="text"/> is neither.</summary>
    public static string? NormalizeIp(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is 0 or > 64 || !IPAddress.TryParse(text, out IPAddress? address))
        {
            return null;
        }

        if (address.AddressFamily == AddressFamily.InterNetwork && text.Count('.') != 3)
        {
            return null; // "1234" and "1.2" parse as IPv4 but are not what a scanner writes
        }

        return address.ToString();
    }

    /// <summary>True for four decimal numbers of 0–255 without leading zeros, joined by dots: what
    /// <see cref="IPAddress.ToString"/> writes for an IPv4 address.</summary>
    internal static bool IsCanonicalIPv4(ReadOnlySpan<char> text)
    {
        int parts = 0, digits = 0, value = 0;
        foreach (char c in text)
        {
            if (c == '.')
            {
                if (digits == 0 || ++parts == 4)
                {
                    return false;
                }

                digits = value = 0;
            }
            else if (char.IsAsciiDigit(c) && (digits == 0 || value != 0) && digits < 3)
            {
                value = (value * 10) + (c - '0');
                digits++;
                if (value > 255)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }

        return parts == 3 && digits > 0;
    }

    /// <summary>An autonomous system number as <c>AS&lt;n&gt;</c> (from <c>15169</c>, <c>AS15169</c> or <c>as15169</c>).</summary>
    public static string? NormalizeAsn(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        ReadOnlySpan<char> digits = text.AsSpan().Trim();
        if (digits.StartsWith("AS", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        return uint.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint n)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"AS{n}")
            : null;
    }
}
