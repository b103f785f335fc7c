using System.Text.Json;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline deadline` and `sightline holidays` through the real executable.</summary>
public sealed class DeadlineCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-deadline");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static JsonElement Json(CliResult result) => result.Json();

    [Fact]
    public async Task Json_output_has_the_dates_and_a_trail_naming_every_skipped_day()
    {
        JsonElement result = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-11-04", "--json"]));

        Assert.Equal(("2024-11-04", "foia", "2024-12-03", "2025-01-06"),
            (result.GetProperty("received").GetString(), result.GetProperty("law").GetString(), result.GetProperty("due").GetString(), result.GetProperty("long_overdue").GetString()));
        var trail = result.GetProperty("trail").EnumerateArray().ToList();
        Assert.Equal(20, trail.Count(t => t.GetProperty("kind").GetString() == "counted"));
        Assert.Contains(trail, t => t.GetProperty("date").GetString() == "2024-12-02" && t.GetProperty("note").GetString() == "bank holiday (Scotland): St Andrew's Day (substitute)");
    }

    [Fact]
    public async Task Foisa_and_clock_events_change_the_due_date()
    {
        JsonElement foisa = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-03-01", "--law", "foisa", "--json"]));
        JsonElement clarified = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-06-03", "--clarification-requested", "2024-06-05", "--clarification-received", "2024-06-10", "--json"]));
        JsonElement fees = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-06-03", "--fees-notice", "2024-06-05", "--fees-paid", "2024-06-12", "--json"]));

        Assert.Equal("2024-04-01", foisa.GetProperty("due").GetString());
        Assert.Equal("2024-07-08", clarified.GetProperty("due").GetString());
        Assert.Equal("2024-07-09", fees.GetProperty("due").GetString());
    }

    [Fact]
    public async Task A_school_uses_its_term_calendar_or_falls_back_flagged()
    {
        string terms = Path.Combine(TestPaths.RepositoryRoot, "data", "deadlines", "school-terms.example.csv");

        JsonElement withCalendar = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-10-14", "--school-calendar", terms, "--school", "la:Camden", "--json"]));
        JsonElement without = Json(await CliProcess.RunAsync(["deadline", "--received", "2024-10-14", "--body-type", "academy", "--json"]));

        // Half term (28 Oct - 1 Nov) is not school days: 9 school days in October, then 11 from 4 November.
        Assert.Equal("2024-11-18", withCalendar.GetProperty("due").GetString());
        Assert.Empty(withCalendar.GetProperty("flags").EnumerateArray());
        Assert.Contains(withCalendar.GetProperty("trail").EnumerateArray(), t => t.GetProperty("note").GetString()!.StartsWith("not a school day (local authority Camden)", StringComparison.Ordinal));
        Assert.StartsWith("school-day rule could not be applied", without.GetProperty("flags")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "deadline", "--received", "2024-02-30" }, "error: --received: '2024-02-30' is not a date")]
    [InlineData(new[] { "deadline", "--received", "2024-06-03", "--law", "gdpr" }, "error: --law: unknown law 'gdpr' (accepted: foia, foisa, eir, eisr)")]
    [InlineData(new[] { "deadline", "--received", "2024-06-03", "--body-type", "castle" }, "error: --body-type: unknown body type 'castle'")]
    [InlineData(new[] { "deadline", "--received", "2024-06-03", "--fees-notice", "2024-06-05", "--fees-paid", "2024-06-04" }, "error: --fees-paid: 2024-06-04 is before the fees notice (2024-06-05)")]
    [InlineData(new[] { "deadline", "--received", "2024-06-03", "--clarification-requested", "2024-06-10", "--clarification-received", "2024-06-05" }, "error: --clarification-received: 2024-06-05 is before the clarification was requested")]
    [InlineData(new[] { "holidays", "--year", "1999" }, "error: --year: 1999 is outside 2000-2050")]
    public async Task Impossible_values_are_usage_errors_naming_the_value(string[] args, string message)
    {
        CliResult result = await CliProcess.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_calendar_or_override_file_is_bad_input_with_line_and_field()
    {
        string calendar = Path.Combine(_directory, "terms.csv");
        string overrides = Path.Combine(_directory, "holidays.csv");
        await File.WriteAllTextAsync(calendar, "scope,start,end\ndefault,2024-09-04,2024-07-01\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(overrides, "date,jurisdiction,name\n2031-13-01,all,Bad month\n2031-06-06,atlantis,Bad place\n", TestContext.Current.CancellationToken);

        CliResult badCalendar = await CliProcess.RunAsync(["deadline", "--received", "2024-06-03", "--school-calendar", calendar]);
        CliResult badOverrides = await CliProcess.RunAsync(["holidays", "--year", "2031", "--holidays-file", overrides]);

        Assert.Equal(3, badCalendar.ExitCode);
        Assert.Contains("terms.csv:2: field 'end': 2024-07-01 is before the start 2024-09-04", badCalendar.Error, StringComparison.Ordinal);
        Assert.Equal(3, badOverrides.ExitCode);
        Assert.Contains("holidays.csv:2: field 'date': '2031-13-01' is not a date (YYYY-MM-DD)", badOverrides.Error, StringComparison.Ordinal);
        Assert.Contains("holidays.csv:3: field 'jurisdiction': unknown jurisdiction 'atlantis'", badOverrides.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Holidays_lists_names_and_where_they_apply_and_honours_overrides()
    {
        JsonElement scotland = Json(await CliProcess.RunAsync(["holidays", "--year", "2024", "--nation", "scotland", "--json"]));
        string example = Path.Combine(TestPaths.RepositoryRoot, "data", "deadlines", "bank-holiday-overrides.example.csv");
        JsonElement overridden = Json(await CliProcess.RunAsync(["holidays", "--year", "2031", "--nation", "england", "--holidays-file", example, "--json"]));

        var days = scotland.GetProperty("holidays").EnumerateArray().ToList();
        Assert.Contains(days, d => d.GetProperty("date").GetString() == "2024-12-02" && d.GetProperty("name").GetString() == "St Andrew's Day" && d.GetProperty("substitute").GetBoolean());
        Assert.DoesNotContain(days, d => d.GetProperty("name").GetString() == "Easter Monday");
        var dates = overridden.GetProperty("holidays").EnumerateArray().Select(d => d.GetProperty("date").GetString()).ToList();
        Assert.Contains("2031-06-06", dates);
        Assert.DoesNotContain("2031-05-26", dates);
    }
}
