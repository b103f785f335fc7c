using System.Globalization;
using System.Text.RegularExpressions;

namespace Sightline.Core.Devices;

/// <summary>Reads build dates out of firmware strings.</summary>
public static partial class Firmware
{
    /// <summary>The build date of <c>V5.4.0 build 160530</c> (Hikvision, YYMMDD), <c>2.800.0000016.0.R,build:2020-06-05</c> or
    /// <c>build: 2016-06-18</c> (Dahua); null when the string has none.</summary>
    public static DateOnly? BuildDate(string? firmware)
    {
        if (string.IsNullOrWhiteSpace(firmware) || firmware.Length > 500)
        {
            return null;
        }

        Match match = BuildPattern().Match(firmware);
        if (!match.Success)
        {
            return null;
        }

        string value = match.Groups["date"].Value;
        string format = value.Length == 6 ? "yyMMdd" : value.Contains('-', StringComparison.Ordinal) ? "yyyy-MM-dd" : "yyyyMMdd";
        return DateOnly.TryParseExact(value, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date) ? date : null;
    }

    [GeneratedRegex(@"build\s*[: ]\s*(?<date>\d{4}-\d{2}-\d{2}|\d{8}|\d{6})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex BuildPattern();
}
