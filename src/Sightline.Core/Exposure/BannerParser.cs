namespace Sightline.Core.Exposure;

/// <summary>Splits a raw banner into the fields identification reads: HTTP and RTSP status lines with their <c>Server</c> and
/// <c>WWW-Authenticate</c> headers, an HTTP body and its title; anything else is kept as another protocol's banner.</summary>
public static class BannerParser
{
    private const int MaxHeaderLines = 200;
    private const int MaxOtherBanner = 4_096;

    /// <summary>Fills the empty banner fields of <paramref name="record"/> from <see cref="ScanRecord.Banner"/>, then clears it.</summary>
    public static void Apply(ScanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string? banner = record.Banner;
        record.Banner = null;
        if (string.IsNullOrWhiteSpace(banner))
        {
            return;
        }

        bool http = banner.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase);
        bool rtsp = !http && banner.StartsWith("RTSP/", StringComparison.OrdinalIgnoreCase);
        if (!http && !rtsp)
        {
            record.OtherBanner ??= banner.Length > MaxOtherBanner ? banner[..MaxOtherBanner] : banner;
            return;
        }

        string? server = null, authenticate = null;
        int position = 0, lines = 0;
        while (position < banner.Length && lines++ < MaxHeaderLines)
        {
            int end = banner.IndexOf('\n', position);
            int next = end < 0 ? banner.Length : end + 1;
            ReadOnlySpan<char> line = banner.AsSpan(position, (end < 0 ? banner.Length : end) - position).TrimEnd('\r');
            position = next;
            if (line.IsEmpty)
            {
                break; // end of headers; the body follows
            }

            int colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            ReadOnlySpan<char> name = line[..colon].Trim();
            string value = line[(colon + 1)..].Trim().ToString();
            if (name.Equals("Server", StringComparison.OrdinalIgnoreCase))
            {
                server ??= value;
            }
            else if (name.Equals("WWW-Authenticate", StringComparison.OrdinalIgnoreCase))
            {
                authenticate = authenticate is null ? value : authenticate + "\n" + value;
            }
        }

        if (rtsp)
        {
            record.RtspServer ??= server;
        }
        else
        {
            record.HttpServer ??= server;
        }

        record.WwwAuthenticate ??= authenticate;
        if (http && position < banner.Length && record.HttpBody is null)
        {
            record.HttpBody = banner[position..];
        }

        if (http && record.HtmlTitle is null && record.HttpBody is { } body)
        {
            record.HtmlTitle = Title(body);
        }
    }

    /// <summary>The text of the first <c>&lt;title&gt;</c> element of <paramref name="html"/>, or null.</summary>
    public static string? Title(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        int open = html.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        int start = html.IndexOf('>', open);
        int close = start < 0 ? -1 : html.IndexOf("</title", start, StringComparison.OrdinalIgnoreCase);
        if (close < 0 || close - start > 1_000)
        {
            return null;
        }

        return System.Net.WebUtility.HtmlDecode(html[(start + 1)..close]).Trim();
    }
}
