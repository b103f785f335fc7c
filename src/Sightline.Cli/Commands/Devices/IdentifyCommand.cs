using System.CommandLine;
using System.Text;
using Sightline.Core.Devices;
using Spectre.Console;

namespace Sightline.Cli.Commands.Devices;

/// <summary><c>sightline identify</c>: device mentions in text.</summary>
internal static class IdentifyCommand
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static Command Create()
    {
        var text = new Argument<string[]>("TEXT") { Description = "Text to scan (joined with spaces).", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<string?>("--file") { Description = "Scan a UTF-8 text file instead (at most 50 MB).", HelpName = "FILE" };
        var command = new Command("identify", "Find devices in text: brands (including sub-brands and OEM relabels), makers, model numbers, " +
            "product lines and the analytics they imply, with the span of each piece of evidence.") { text, file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            string input;
            if (parse.GetValue(file) is { } path)
            {
                if (parse.GetValue(text) is { Length: > 0 })
                {
                    await error.WriteLineAsync("error: give TEXT or --file, not both");
                    return ExitCodes.UsageError;
                }

                var (content, problem) = await ReadAsync(path, cancellationToken);
                if (problem is not null)
                {
                    await error.WriteLineAsync($"error: {problem}");
                    return ExitCodes.BadInput;
                }

                input = content!;
            }
            else if (parse.GetValue(text) is { Length: > 0 } words)
            {
                input = string.Join(' ', words);
            }
            else
            {
                await error.WriteLineAsync("error: nothing to identify: give TEXT or --file FILE");
                return ExitCodes.UsageError;
            }

            var mentions = new DeviceTextScanner(DeviceKnowledgeBase.Default).Scan(input);
            TextWriter o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(GlobalOptions.Json))
            {
                await CliJson.WriteAsync(o, mentions.Select(m => new
                {
                    m.Text,
                    m.Start,
                    m.End,
                    m.Brand,
                    m.Maker,
                    m.Model,
                    Kind = m.Kind?.ToCode(),
                    m.ProductLine,
                    Capabilities = m.Capabilities.Select(c => c.ToCode()),
                    m.Watchlisted,
                    Relation = m.Relation.ToCode(),
                    Confidence = Math.Round(m.Confidence, 3),
                }));
                return ExitCodes.Ok;
            }

            if (mentions.Count == 0)
            {
                await o.WriteLineAsync("No devices found.");
                return ExitCodes.Ok;
            }

            var table = new Table().AddColumns("text", "maker", "brand", "relation", "model", "kind", "line", "capabilities", "watch-listed");
            foreach (DeviceMention m in mentions)
            {
                table.AddRow(Markup.Escape(m.Text), m.Maker ?? "?", Markup.Escape(m.Brand ?? "-"), m.Relation.ToCode(), Markup.Escape(m.Model ?? "-"), m.Kind?.ToCode() ?? "-",
                    m.ProductLine ?? "-", string.Join(", ", m.Capabilities.Select(c => c.ToCode())), m.Watchlisted ? "yes" : "no");
            }

            CliContext.TerminalFor(o).Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads a text file with limits; a binary or non-UTF-8 file is a problem, not an exception.</summary>
    internal static async Task<(string? Text, string? Problem)> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return (null, $"{path}: file not found");
        }

        if (info.Length > MaxFileBytes)
        {
            return (null, $"{info.Name}: file is {info.Length:N0} bytes; the limit is {MaxFileBytes:N0}");
        }

        byte[] bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        int nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return (null, $"{info.Name}: binary content (a NUL byte at offset {nul}); give a text file");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, $"{info.Name}: not valid UTF-8 (byte offset {ex.Index}); convert the file to UTF-8");
        }
    }
}
