using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Core.Requests;
using Sightline.Testing;

namespace Sightline.Storage.Tests.Requests;

/// <summary>The request store's contract, run against every engine.</summary>
public abstract class RequestStoreTests<TFixture>(TFixture fixture) : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private async Task<T> WithStoreAsync<T>(Func<IRequestStore, Task<T>> action)
    {
        await using var scope = fixture.Scope();
        return await action(scope.ServiceProvider.GetRequiredService<IRequestStore>());
    }

    private static FoiRequest NewRequest(params RequestEvent[] events) => new()
    {
        Reference = RequestReference.Parse("T-" + Guid.NewGuid().ToString("N")[..12]),
        BodyId = BodyId.For(Sector.School, "100049"),
        BodyName = "Haverstock School",
        BodyType = DeadlineBodyType.School,
        Events = events,
    };

    [Fact]
    public async Task A_request_round_trips_with_its_events_in_order()
    {
        FoiRequest request = NewRequest(new RequestEvent(RequestEventKind.Created, D("2024-06-01")), new RequestEvent(RequestEventKind.Sent, D("2024-06-03")));
        Assert.True(await WithStoreAsync(s => s.CreateAsync(request, Ct)));

        Assert.True(await WithStoreAsync(s => s.AppendAsync(request.Reference, new RequestEvent(RequestEventKind.ExtensionClaimed, D("2024-06-28"), Days: 20, Note: "s.43 public interest test"), Ct)));
        Assert.True(await WithStoreAsync(s => s.AppendAsync(request.Reference, new RequestEvent(RequestEventKind.AnswerReceived, D("2024-07-10"), "partial"), Ct)));
        FoiRequest? stored = await WithStoreAsync(s => s.FindAsync(request.Reference, Ct));

        Assert.NotNull(stored);
        Assert.Equal(DeadlineBodyType.School, stored.BodyType);
        Assert.Equal([RequestEventKind.Created, RequestEventKind.Sent, RequestEventKind.ExtensionClaimed, RequestEventKind.AnswerReceived], stored.Events.Select(e => e.Kind));
        Assert.Equal(new RequestEvent(RequestEventKind.ExtensionClaimed, D("2024-06-28"), null, 20, "s.43 public interest test"), stored.Events[2]);
        Assert.Equal("partial", stored.Events[3].Outcome);
    }

    [Fact]
    public async Task A_reference_cannot_be_used_twice_and_unknown_references_are_reported()
    {
        FoiRequest request = NewRequest();
        Assert.True(await WithStoreAsync(s => s.CreateAsync(request, Ct)));

        Assert.False(await WithStoreAsync(s => s.CreateAsync(request with { BodyName = "Someone else" }, Ct)));
        Assert.False(await WithStoreAsync(s => s.AppendAsync(RequestReference.Parse("NO-SUCH-REF-" + Guid.NewGuid().ToString("N")[..6]), new RequestEvent(RequestEventKind.Sent, D("2024-06-03")), Ct)));
        Assert.Equal("Haverstock School", (await WithStoreAsync(s => s.FindAsync(request.Reference, Ct)))!.BodyName);
    }

    [Fact]
    public async Task Concurrent_appends_all_land_in_one_unbroken_sequence()
    {
        FoiRequest request = NewRequest(new RequestEvent(RequestEventKind.Sent, D("2024-06-03")));
        await WithStoreAsync(s => s.CreateAsync(request, Ct));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            WithStoreAsync(s => s.AppendAsync(request.Reference, new RequestEvent(RequestEventKind.ReminderSent, D("2024-07-02").AddDays(i), Note: $"n{i}"), Ct))));
        FoiRequest stored = (await WithStoreAsync(s => s.FindAsync(request.Reference, Ct)))!;

        Assert.Equal(9, stored.Events.Count);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => $"n{i}").Order(), stored.Events.Skip(1).Select(e => e.Note!).Order());
    }

    [Fact]
    public async Task Derived_states_are_saved_for_listing_by_state()
    {
        var lifecycle = new RequestLifecycle(new DeadlineCalculator(BankHolidayCalendar.Default));
        FoiRequest overdue = NewRequest(new RequestEvent(RequestEventKind.Sent, D("2024-06-03"))) with { BodyType = DeadlineBodyType.Standard };
        FoiRequest answered = NewRequest(new RequestEvent(RequestEventKind.Sent, D("2024-06-03")), new RequestEvent(RequestEventKind.AnswerReceived, D("2024-06-20"), "full"));
        foreach (FoiRequest r in new[] { overdue, answered })
        {
            await WithStoreAsync(s => s.CreateAsync(r, Ct));
            await WithStoreAsync(async s => { await s.SaveStatusAsync(lifecycle.Evaluate(r, D("2024-07-05")), Ct); return true; });
        }

        IReadOnlyList<RequestSummary> overdueList = await WithStoreAsync(s => s.ListAsync(RequestState.Overdue, 10_000, Ct));
        IReadOnlyList<RequestSummary> answeredList = await WithStoreAsync(s => s.ListAsync(RequestState.Answered, 10_000, Ct));

        RequestSummary summary = Assert.Single(overdueList, r => r.Reference == overdue.Reference);
        Assert.Equal((D("2024-07-01"), D("2024-07-02"), "Reminder"), (summary.Due!.Value, summary.NextActionDate!.Value, summary.NextAction));
        Assert.Contains(answeredList, r => r.Reference == answered.Reference);
        Assert.DoesNotContain(answeredList, r => r.Reference == overdue.Reference);
    }
}

public sealed class SqliteRequestStoreTests(SqliteStoreFixture fixture) : RequestStoreTests<SqliteStoreFixture>(fixture);

public sealed class PostgresRequestStoreTests(PostgresStoreFixture fixture) : RequestStoreTests<PostgresStoreFixture>(fixture);
