using System.Text.Json;

namespace Sightline.Imports.Exposure;

/// <summary>A visitor that builds the records of one JSON line.</summary>
internal interface IJsonLineVisitor : IJsonVisitor
{
    void Begin();

    /// <summary>Emits the line's records.</summary>
    /// <returns>Why the line was rejected, or null when it gave records.</returns>
    string? End(long line);
}

/// <summary>Reads JSON-lines formats: one object per line, lines capped at <see cref="BoundedLineReader.DefaultMaxLineBytes"/>,
/// blank lines ignored; an invalid line is skipped with its number and the parser's message.</summary>
internal abstract class JsonLinesReader : IScanFormatReader
{
    public void Read(Stream stream, ScanReadContext context)
    {
        var lines = new BoundedLineReader(stream, linesBefore: context.LinesBefore);
        var walker = new JsonWalker();
        IJsonLineVisitor visitor = CreateVisitor(context);
        ScanReadReport report = context.Report;
        while (true)
        {
            BoundedLineReader.Result result = lines.Next(out ReadOnlySpan<byte> line);
            if (result == BoundedLineReader.Result.End)
            {
                break;
            }

            if ((lines.LineNumber & 0x3FF) == 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
            }

            report.Lines = lines.LineNumber;
            if (result == BoundedLineReader.Result.TooLong)
            {
                report.Skip(lines.LineNumber, $"the line is longer than {lines.MaxLineBytes / (1 << 20)} MiB");
                continue;
            }

            line = Prepare(line, out bool skip, out bool end);
            if (end)
            {
                break;
            }

            if (skip)
            {
                continue;
            }

            try
            {
                visitor.Begin();
                walker.Walk(line, visitor);
                if (visitor.End(lines.LineNumber) is { } rejected)
                {
                    report.Skip(lines.LineNumber, rejected);
                }
            }
            catch (JsonException ex)
            {
                report.Skip(lines.LineNumber, "invalid JSON: " + Describe(ex));
            }
            catch (InvalidOperationException ex)
            {
                report.Skip(lines.LineNumber, "invalid JSON: " + ex.Message);
            }
        }

        context.Flush();
    }

    protected abstract IJsonLineVisitor CreateVisitor(ScanReadContext context);

    /// <summary>Trims a line to the JSON it holds. The default skips blank lines.</summary>
    /// <param name="end">True when the line marks the end of the data.</param>
    protected virtual ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> line, out bool skip, out bool end)
    {
        end = false;
        line = line.Trim(" \t"u8);
        skip = line.IsEmpty;
        return line;
    }

    private static string Describe(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = cut > 0 ? message[..cut].TrimEnd() : message;
        return ex.BytePositionInLine is { } position
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{text} (byte {position + 1} of the line)")
            : text;
    }
}

/// <summary>Reads one format from a stream into a context.</summary>
internal interface IScanFormatReader
{
    /// <exception cref="InvalidDataException">The stream cannot be read to its end (e.g. truncated gzip data).</exception>
    void Read(Stream stream, ScanReadContext context);
}
