using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Sightline.Testing;

/// <summary>Runs the built <c>sightline</c> CLI as a real child process and captures its output.</summary>
public static class CliProcess
{
    /// <summary>Environment for a run on a new store that must stay empty (no bundled registry loaded).</summary>
    public static IReadOnlyDictionary<string, string?> NoSeed { get; } = new Dictionary<string, string?> { ["SIGHTLINE_SEED_REGISTRY"] = "0" };

    /// <summary>The CLI's entry assembly next to the test's own output (the test project references Sightline.Cli).</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "sightline.dll");

    /// <summary>Runs <c>dotnet sightline.dll args</c>. <paramref name="environment"/> entries with a null value are removed.</summary>
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null, string? standardInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SIGHTLINE_DB");
        foreach ((string key, string? value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet.");
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sightline {string.Join(' ', start.ArgumentList.Skip(1))} did not finish in time.");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What a CLI run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    /// <summary>Stdout parsed as JSON, after asserting the run succeeded.</summary>
    public JsonElement Json()
    {
        Assert.True(ExitCode == 0, ToString());
        return JsonDocument.Parse(Output).RootElement;
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}
