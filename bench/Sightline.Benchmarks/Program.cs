using BenchmarkDotNet.Running;
using Sightline.Benchmarks;

// "scenario NAME [args]" runs a whole-process benchmark (see Scenarios.cs); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scenario")
{
    return await Scenarios.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Scenarios).Assembly).Run(args);
return 0;
