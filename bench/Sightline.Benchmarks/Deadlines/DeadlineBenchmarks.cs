using BenchmarkDotNet.Attributes;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;

namespace Sightline.Benchmarks.Deadlines;

/// <summary>Deadlines computed per second, with and without the trail, over receipt dates spread across 2000–2049.
/// Run: dotnet run -c Release --project bench/Sightline.Benchmarks -- --filter '*DeadlineBenchmarks*' --job short --inProcess</summary>
[MemoryDiagnoser]
public class DeadlineBenchmarks
{
    private const int Batch = 1_000;
    private readonly DeadlineCalculator _calculator = new(BankHolidayCalendar.Default);
    private readonly WorkingDays _foia = new(FoiLaw.Foia, BankHolidayCalendar.Default);
    private readonly RequestLifecycle _lifecycle = new(new DeadlineCalculator(BankHolidayCalendar.Default));
    private DateOnly[] _dates = [];
    private FoiRequest[] _requests = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _dates = [.. Enumerable.Range(0, Batch).Select(_ => new DateOnly(2000, 1, 1).AddDays(random.Next(0, 18_200)))];
        _requests = [.. _dates.Select((d, i) => new FoiRequest
        {
            Reference = RequestReference.Parse($"B-{i}"),
            BodyId = BodyId.For(Sector.Council, $"b{i}"),
            BodyName = "Bench Council",
            Events = [new RequestEvent(RequestEventKind.Sent, d), new RequestEvent(RequestEventKind.ReminderSent, d.AddDays(35))],
        })];
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "deadline with trail (FOIA)")]
    public int ComputeWithTrail()
    {
        int sum = 0;
        foreach (DateOnly date in _dates)
        {
            sum += ((DeadlineOutcome.Computed)_calculator.Compute(new DeadlineRequest { Received = date })).Result.Trail.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "20th working day only (FOIA)")]
    public int AddWorkingDays()
    {
        int sum = 0;
        foreach (DateOnly date in _dates)
        {
            sum += _foia.AddWorkingDays(date, 20).Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "request state + next chaser")]
    public int EvaluateLifecycle()
    {
        int sum = 0;
        foreach (FoiRequest request in _requests)
        {
            sum += (int)_lifecycle.Evaluate(request, request.Events[0].Date.AddDays(60)).State;
        }

        return sum;
    }
}
