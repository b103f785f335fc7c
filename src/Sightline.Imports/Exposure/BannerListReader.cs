using System.Globalization;
using System.Text;
using Sightline.Core.Exposure;

namespace Sightline.Imports.Exposure;

/// <summary>A plain banner list: <c>ip:port&lt;TAB&gt;banner</c> per line (<c>[v6]:port</c> for IPv6). The banner may carry
/// the escapes <c>\r \n \t \\ \xHH</c>. Blank lines and lines starting with <c>#</c> are ignored.</summary>
internal sealed class BannerListReader : IScanFormatReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public void Read(Stream stream, ScanReadContext context)
    {
        var lines = new BoundedLineReader(stream);
        ScanReadReport report = context.Report;
        while (true)
        {
            BoundedLineReader.Result result = lines.Next(out ReadOnlySpan<byte> bytes);
            if (result == BoundedLineReader.Result.End)
            {
                break;
            }

            report.Lines = lines.LineNumber;
            if ((lines.LineNumber & 0x3FF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            if (result == BoundedLineReader.Result.TooLong)
            {
                report.Skip(lines.LineNumber, $"the line is longer than {lines.MaxLineBytes / (1 << 20)} MiB");
                continue;
            }

            string line;
            try
            {
                line = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException ex)
            {
                report.Skip(lines.LineNumber, $"not valid UTF-8 (byte {ex.Index + 1} of the line)");
                continue;
            }

            if (line.Length == 0 || line.AsSpan().Trim().IsEmpty || line.StartsWith('#'))
            {
                continue;
            }

            if (Parse(line, context) is { } record)
            {
                record.Line = lines.LineNumber;
                context.Emit(record);
            }
            else
            {
                report.Skip(lines.LineNumber, "expected ip:port<TAB>banner");
            }
        }

        context.Flush();
    }

    private static ScanRecord? Parse(string line, ScanReadContext context)
    {
        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        ReadOnlySpan<char> endpoint = (tab < 0 ? line : line[..tab]).AsSpan().Trim();
        string banner = tab < 0 ? string.Empty : line[(tab + 1)..];
        ReadOnlySpan<char> host;
        ReadOnlySpan<char> portText;
        if (endpoint.StartsWith("["))
        {
            int close = endpoint.IndexOf("]:");
            if (close < 0)
            {
                return null;
            }

            host = endpoint[1..close];
            portText = endpoint[(close + 2)..];
        }
        else
        {
            int colon = endpoint.LastIndexOf(':');
            if (colon < 0 || endpoint.IndexOf(':') != colon)
            {
                return null;
            }

            host = endpoint[..colon];
            portText = endpoint[(colon + 1)..];
        }

        if (ScanReadContext.NormalizeIp(host) is not { } ip || !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            return null;
        }

        return new ScanRecord { Ip = ip, Port = port, Transport = "tcp", Banner = context.Cap(Unescape(banner)) is { Length: > 0 } b ? b : null };
    }

    internal static string Unescape(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\\' || i + 1 >= text.Length)
            {
                builder.Append(c);
                continue;
            }

            char next = text[++i];
            switch (next)
            {
                case 'r':
                    builder.Append('\r');
                    break;
                case 'n':
                    builder.Append('\n');
                    break;
                case 't':
                    builder.Append('\t');
                    break;
                case '\\':
                    builder.Append('\\');
                    break;
                case 'x' when i + 2 < text.Length && byte.TryParse(text.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out byte value):
                    builder.Append((char)value);
                    i += 2;
                    break;
                default:
                    builder.Append('\\').Append(next);
                    break;
            }
        }

        return builder.ToString();
    }
}
