namespace Sightline.Imports.Exposure;

/// <summary>The scan file formats Sightline reads.</summary>
public enum ScanFormat
{
    /// <summary>Shodan banners, one JSON object per line (<c>shodan download</c>, usually gzip-compressed).</summary>
    Shodan,

    /// <summary>Censys host records, one JSON object per line, with <c>services[]</c>.</summary>
    Censys,

    /// <summary>nmap XML output (<c>-oX</c>).</summary>
    Nmap,

    /// <summary>masscan JSON output (<c>-oJ</c>): an array written one record per line, with trailing commas and a
    /// <c>{finished: 1}</c> line.</summary>
    Masscan,

    /// <summary>A plain list: <c>ip:port&lt;TAB&gt;banner</c> per line, the banner with <c>\r \n \t \\ \xHH</c> escapes.</summary>
    Banners,
}

public static class ScanFormats
{
    public static string ToCode(this ScanFormat format) => format.ToString().ToLowerInvariant();

    public static bool TryParse(string? code, out ScanFormat format)
    {
        foreach (ScanFormat candidate in Enum.GetValues<ScanFormat>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }
}
