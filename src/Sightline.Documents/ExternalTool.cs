using System.Diagnostics;
using System.Text;

namespace Sightline.Documents;

/// <summary>Runs poppler and tesseract as separate processes with a time-out and an output cap, killing the whole process
/// tree when either is exceeded.</summary>
internal static class ExternalTool
{
    private const int MaxOutputChars = 20_000_000;

    public static async Task<string> RunAsync(string tool, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Tesseract would otherwise start one thread per core for every page.
        start.Environment["OMP_THREAD_LIMIT"] = "1";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ExtractionException($"{tool} could not be started");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ExtractionException($"{tool} is not installed ({Install(tool)})", e);
        }

        using (process)
        {
            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timer.CancelAfter(timeout);
            Task<string> stdout = ReadCappedAsync(process.StandardOutput, timer.Token);
            Task<string> stderr = ReadCappedAsync(process.StandardError, timer.Token);
            try
            {
                await process.WaitForExitAsync(timer.Token).ConfigureAwait(false);
                string output = await stdout.ConfigureAwait(false);
                string errors = await stderr.ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    throw new ExtractionException($"{tool} failed (exit {process.ExitCode}): {FirstLine(errors)}");
                }

                return output;
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new ExtractionException($"{tool} took longer than {timeout.TotalSeconds:0} s and was stopped");
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
        }
    }

    private static async Task<string> ReadCappedAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        var buffer = new char[16_384];
        int read;
        while ((read = await reader.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (text.Length + read <= MaxOutputChars)
            {
                text.Append(buffer, 0, read);
            }
        }

        return text.ToString();
    }

    private static string FirstLine(string text)
    {
        string trimmed = text.Trim();
        int newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        string line = newline < 0 ? trimmed : trimmed[..newline];
        return line.Length > 200 ? line[..200] : line;
    }

    private static string Install(string tool) => tool switch
    {
        "tesseract" => "apt-get install tesseract-ocr tesseract-ocr-eng",
        _ => "apt-get install poppler-utils",
    };
}
