using System.CommandLine;
using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;
using Sightline.Imports.Deadlines;

namespace Sightline.Cli.Commands.Deadlines;

/// <summary><c>sightline deadline</c>: the statutory deadline of one request, with its trail.</summary>
internal static class DeadlineCommand
{
    public static Command Create()
    {
        var received = new Option<string?>("--received") { Description = "Date the body received the request (YYYY-MM-DD): day 0.", Required = true, HelpName = "DATE" };
        var law = new Option<string>("--law") { Description = "foia, foisa, eir or eisr.", DefaultValueFactory = _ => "foia", HelpName = "LAW" };
        var bodyType = new Option<string>("--body-type")
        {
            Description = "standard, or school / academy for a maintained school or academy in England (school-day rule). Sector codes are accepted.",
            DefaultValueFactory = _ => "standard",
            HelpName = "TYPE",
        };
        var calendar = new Option<string?>("--school-calendar") { Description = "Term calendar CSV (scope,start,end[,kind]); see docs/deadlines.md. Implies --body-type school.", HelpName = "FILE" };
        var school = new Option<string?>("--school") { Description = "Which calendar of the file applies: a Sightline id, urn:NUMBER or la:NAME. Default: the file's 'default' scope.", HelpName = "KEY" };
        var clarificationRequested = new Option<string?>("--clarification-requested") { Description = "Date the body asked for clarification.", HelpName = "DATE" };
        var clarificationReceived = new Option<string?>("--clarification-received") { Description = "Date the clarification reached the body (the count restarts).", HelpName = "DATE" };
        var feesNotice = new Option<string?>("--fees-notice") { Description = "Date of a fees notice.", HelpName = "DATE" };
        var feesPaid = new Option<string?>("--fees-paid") { Description = "Date the fee was paid.", HelpName = "DATE" };
        var extension = new Option<int>("--extension-days") { Description = "Working days of a public-interest extension claimed (0-20).", HelpName = "N" };
        var holidays = DeadlineOptions.HolidaysFile();
        var command = new Command("deadline", "Compute the statutory deadline of a request (FOIA, FOISA, EIR, EISR) with a trail of every day skipped and why.")
        {
            received, law, bodyType, calendar, school, clarificationRequested, clarificationReceived, feesNotice, feesPaid, extension, holidays,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            var dates = new Dictionary<Option<string?>, DateOnly?>();
            foreach (var option in new[] { received, clarificationRequested, clarificationReceived, feesNotice, feesPaid })
            {
                var (ok, date) = await DeadlineOptions.TryDateAsync(parse, option);
                if (!ok)
                {
                    return ExitCodes.UsageError;
                }

                dates[option] = date;
            }

            if (!FoiLaws.TryParse(parse.GetValue(law), out FoiLaw? foiLaw))
            {
                await error.WriteLineAsync($"error: --law: unknown law '{parse.GetValue(law)}' (accepted: {string.Join(", ", FoiLaws.Codes)})");
                return ExitCodes.UsageError;
            }

            string typeText = parse.GetValue(bodyType)!;
            DeadlineBodyType? type = NameNormalizer.Compact(typeText) switch
            {
                "standard" or "default" => DeadlineBodyType.Standard,
                "school" or "academy" or "maintainedschool" => DeadlineBodyType.School,
                _ when Sectors.TryParse(typeText, out Sector? sector) => sector == Sector.School ? DeadlineBodyType.School : DeadlineBodyType.Standard,
                _ => null,
            };
            if (type is null)
            {
                await error.WriteLineAsync($"error: --body-type: unknown body type '{typeText}' (accepted: standard, school, academy, or a sector: {string.Join(", ", Sectors.Codes)})");
                return ExitCodes.UsageError;
            }

            SchoolCalendar? schoolCalendar = null;
            if (parse.GetValue(calendar) is { } calendarPath)
            {
                if (parse.GetResult(bodyType) is { Implicit: false } && type != DeadlineBodyType.School)
                {
                    await error.WriteLineAsync("error: --school-calendar: a term calendar only applies to --body-type school");
                    return ExitCodes.UsageError;
                }

                type = DeadlineBodyType.School;
                var (set, problems) = await DeadlineFileReader.ReadSchoolCalendarsAsync(calendarPath, cancellationToken);
                foreach (var problem in problems)
                {
                    await error.WriteLineAsync($"error: {problem}");
                }

                if (set is null)
                {
                    return ExitCodes.BadInput;
                }

                string? key = parse.GetValue(school);
                schoolCalendar = key is null ? set.Resolve([], null) : set.Resolve([key], key.StartsWith("la:", StringComparison.OrdinalIgnoreCase) ? key[3..] : null);
                if (schoolCalendar is null)
                {
                    await error.WriteLineAsync($"warning: {Path.GetFileName(calendarPath)} has no calendar for {key ?? "'default'"}: the school-day rule cannot be applied");
                }
            }

            BankHolidayCalendar? holidayCalendar = await DeadlineOptions.CalendarAsync(parse, holidays, cancellationToken);
            if (holidayCalendar is null)
            {
                return ExitCodes.BadInput;
            }

            var request = new DeadlineRequest
            {
                Received = dates[received]!.Value,
                Law = foiLaw.Value,
                BodyType = type.Value,
                SchoolCalendar = schoolCalendar,
                ClarificationRequested = dates[clarificationRequested],
                ClarificationReceived = dates[clarificationReceived],
                FeesNotice = dates[feesNotice],
                FeesPaid = dates[feesPaid],
                ExtensionDays = parse.GetValue(extension),
            };
            switch (new DeadlineCalculator(holidayCalendar).Compute(request))
            {
                case DeadlineOutcome.Invalid invalid:
                    await error.WriteLineAsync($"error: --{invalid.Field.Replace('_', '-')}: {invalid.Message}");
                    return ExitCodes.UsageError;
                case DeadlineOutcome.Computed { Result: var result }:
                    await WriteAsync(parse, result, type.Value);
                    return ExitCodes.Ok;
                default:
                    throw new InvalidOperationException("Unhandled deadline outcome.");
            }
        });
        return command;
    }

    private static async Task WriteAsync(ParseResult parse, DeadlineResult result, DeadlineBodyType type)
    {
        TextWriter o = parse.InvocationConfiguration.Output;
        if (parse.GetValue(GlobalOptions.Json))
        {
            await CliJson.WriteAsync(o, new
            {
                Received = Iso(result.Received),
                Law = result.Law.ToCode(),
                BodyType = type == DeadlineBodyType.School ? "school" : "standard",
                result.Rule,
                ClockStart = Iso(result.ClockStart),
                Due = Iso(result.Due),
                LongOverdue = Iso(result.LongOverdue),
                ExtendedDue = Iso(result.ExtendedDue),
                result.Flags,
                Trail = result.Trail.Select(t => new { Date = Iso(t.Date), t.Kind, t.Day, t.Note }),
            });
            return;
        }

        await o.WriteLineAsync($"Law:          {result.Law.ToCitation()}");
        await o.WriteLineAsync($"Received:     {Human(result.Received)} (day 0)");
        await o.WriteLineAsync($"Rule:         {result.Rule}");
        await o.WriteLineAsync($"Due:          {(result.Due is { } due ? Human(due) : "none while the clock is stopped")}");
        if (result.ExtendedDue is { } extended)
        {
            await o.WriteLineAsync($"Extended to:  {Human(extended)}");
        }

        if (result.LongOverdue is { } longOverdue)
        {
            await o.WriteLineAsync($"Long overdue: after {Human(longOverdue)}");
        }

        foreach (string flag in result.Flags)
        {
            await o.WriteLineAsync($"Note:         {flag}");
        }

        await o.WriteLineAsync();
        await o.WriteLineAsync("Trail:");
        foreach (TrailEntry entry in result.Trail)
        {
            string day = entry.Day is { } d ? $"day {d,2}" : entry.Kind;
            await o.WriteLineAsync($"  {entry.Date:ddd yyyy-MM-dd}  {day,-11} {entry.Note}");
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Human(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);
}
