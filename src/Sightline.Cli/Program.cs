using System.Runtime.InteropServices;
using Sightline.Cli;

// Ctrl+C and SIGTERM cancel the running command cleanly (an import rolls back, the web server stops).
using var cancellation = new CancellationTokenSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await CliApp.RunAsync(args, Console.Out, Console.Error, cancellation.Token);
