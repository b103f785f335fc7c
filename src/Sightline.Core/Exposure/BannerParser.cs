namespace Sightline.Core.Exposure;

/// <summary>Splits a raw banner into the fields identification reads: HTTP and RTSP status lines with their <c>Server</c> and
/// <c>WWW-Authenticate</c> headers, an HTTP body and its title; anything else is kept as another protocol's banner.</summary>
public static class BannerParser
{
    private const int MaxHeaderLines = 200;
    private const int MaxOtherBanner = 4_096;

    /// <summary>Makes a string of a piece of a banner (a copy, or a shared string with the same text).</summary>
    public delegate string TextOf(ReadOnlySpan<char> text);

    /// <summary>Fills the empty banner fields of <paramref name="record"/> from <see cref="ScanRecord.Banner"/>, then clears it.</summary>
    public static void Apply(ScanRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string? banner = record.Banner;
        record.Banner = null;
        if (banner is not null)
        {
            Fill(record, Split(banner, static text => text.ToString()), Title);
        }
    }

    /// <summary>The fields of a banner, each made by <paramref name="text"/>; nothing for an empty or blank banner.</summary>
    public static BannerFields Split(ReadOnlySpan<char> banner, TextOf text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (banner.IsWhiteSpace())
        {
            return default;
        }

        bool http = banner.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase);
        bool rtsp = !http && banner.StartsWith("RTSP/", StringComparison.OrdinalIgnoreCase);
        if (!http && !rtsp)
        {
            return new BannerFields(BannerKind.Other, null, null, null, text(banner.Length > MaxOtherBanner ? banner[..MaxOtherBanner] : banner));
        }

        string? server = null, authenticate = null;
        int position = 0, lines = 0;
        while (position < banner.Length && lines++ < MaxHeaderLines)
        {
            int end = banner[position..].IndexOf('\n');
            end = end < 0 ? banner.Length : position + end;
            ReadOnlySpan<char> line = banner[position..end].TrimEnd('\r');
            position = Math.Min(end + 1, banner.Length);
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
            if (name.Equals("Server", StringComparison.OrdinalIgnoreCase))
            {
                server ??= text(line[(colon + 1)..].Trim());
            }
            else if (name.Equals("WWW-Authenticate", StringComparison.OrdinalIgnoreCase))
            {
                string value = text(line[(colon + 1)..].Trim());
                authenticate = authenticate is null ? value : authenticate + "\n" + value;
            }
        }

        string? body = http && position < banner.Length ? text(banner[position..]) : null;
        return new BannerFields(http ? BannerKind.Http : BannerKind.Rtsp, server, authenticate, body, null);
    }

    /// <summary>Fills the empty fields of <paramref name="record"/> from a split banner, as <see cref="Apply"/> does: fields the
    /// source gave on their own (Shodan's <c>http.server</c>, <c>http.html</c>, <c>http.title</c>) win over the banner's.</summary>
    /// <param name="title">The title of a page body (<see cref="Title"/>, or a cache of it).</param>
    public static void Fill(ScanRecord record, in BannerFields fields, Func<string, string?> title)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(title);
        switch (fields.Kind)
        {
            case BannerKind.Other:
                record.OtherBanner ??= fields.Other;
                return;
            case BannerKind.Rtsp:
                record.RtspServer ??= fields.Server;
                break;
            case BannerKind.Http:
                record.HttpServer ??= fields.Server;
                break;
            default:
                return;
        }

        record.WwwAuthenticate ??= fields.Authenticate;
        if (fields.Kind == BannerKind.Http)
        {
            record.HttpBody ??= fields.Body;
            if (record.HtmlTitle is null && record.HttpBody is { } body)
            {
                record.HtmlTitle = title(body);
            }
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

/// <summary>What kind of banner a <see cref="BannerFields"/> came from.</summary>
public enum BannerKind
{
    /// <summary>No banner, or a blank one.</summary>
    None,
    Http,
    Rtsp,

    /// <summary>Another protocol's banner (telnet, FTP …), kept whole up to 4,096 characters.</summary>
    Other,
}

/// <summary>The fields of one banner (<see cref="BannerParser.Split"/>).</summary>
public readonly record struct BannerFields(BannerKind Kind, string? Server, string? Authenticate, string? Body, string? Other);
