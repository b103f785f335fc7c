using System.Diagnostics;
using System.Text;

namespace Sightline.Testing;

/// <summary>A <c>sightline</c> process left running, whose stderr lines can be awaited, and which a test can kill with SIGKILL.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();

    private RunningCli(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _lines.Add(e.Data);
                }
            }
        };
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_gate)
                {
                    _output.AppendLine(e.Data);
                }
            }
        };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public static RunningCli Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(CliProcess.CliDll);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("SIGHTLINE_DB");
        foreach ((string key, string? value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }

        return new RunningCli(Process.Start(start) ?? throw new InvalidOperationException("Cannot start dotnet."));
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Waits until <paramref name="count"/> stderr lines satisfy <paramref name="predicate"/>; false if the process ended first.</summary>
    public async Task<bool> WaitForLinesAsync(Func<string, bool> predicate, int count, TimeSpan timeout)
    {
        long start = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(start) < timeout)
        {
            if (Lines.Count(predicate) >= count)
            {
                return true;
            }

            if (_process.HasExited)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return false;
    }

    /// <summary>SIGKILL: no clean-up runs in the process.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cts.Token);
        return _process.ExitCode;
    }

    public override string ToString()
    {
        lock (_gate)
        {
            return $"stdout:\n{_output}\nstderr:\n{string.Join('\n', _lines)}";
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
