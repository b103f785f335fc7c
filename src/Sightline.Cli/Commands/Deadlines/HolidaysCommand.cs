using System.CommandLine;
using System.Globalization;
using Sightline.Core.Bodies;
using Sightline.Core.Deadlines;

namespace Sightline.Cli.Commands.Deadlines;

/// <summary><c>sightline holidays</c>: the bank holidays of a year.</summary>
internal static class HolidaysCommand
{
    public static Command Create()
    {
        var year = new Option<int>("--year") { Description = $"The year ({BankHolidayCalendar.FirstYear}-{BankHolidayCalendar.LastYear}).", Required = true };
        var nation = new Option<string?>("--nation") { Description = "england, wales, scotland or northern_ireland. Default: every jurisdiction.", HelpName = "NATION" };
        var holidays = DeadlineOptions.HolidaysFile();
        var command = new Command("holidays", "List the bank holidays of a year, with their names and where they apply (substitute days marked).") { year, nation, holidays };
        command.SetAction(async (parse, cancellationToken) =>
        {
            TextWriter error = parse.InvocationConfiguration.Error;
            int y = parse.GetValue(year);
            if (y is < BankHolidayCalendar.FirstYear or > BankHolidayCalendar.LastYear)
            {
                await error.WriteLineAsync($"error: --year: {y} is outside {BankHolidayCalendar.FirstYear}-{BankHolidayCalendar.LastYear}");
                return ExitCodes.UsageError;
            }

            UkJurisdiction[] jurisdictions = [.. Jurisdictions.All];
            Nation? chosen = null;
            if (parse.GetValue(nation) is { } nationText)
            {
                if (!Geography.TryParseNation(nationText, out chosen))
                {
                    await error.WriteLineAsync($"error: --nation: unknown nation '{nationText}' (accepted: {string.Join(", ", Geography.NationCodes)})");
                    return ExitCodes.UsageError;
                }

                jurisdictions = [Jurisdictions.ForNation(chosen.Value)];
            }

            BankHolidayCalendar? calendar = await DeadlineOptions.CalendarAsync(parse, holidays, cancellationToken);
            if (calendar is null)
            {
                return ExitCodes.BadInput;
            }

            var rows = jurisdictions.SelectMany(j => calendar.HolidaysIn(y, j))
                .GroupBy(h => (h.Date, h.Label))
                .OrderBy(g => g.Key.Date)
                .Select(g => new
                {
                    Date = g.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    Name = g.First().Name,
                    Substitute = g.First().Substitute,
                    Jurisdictions = g.Select(h => h.Jurisdiction.ToCode()).ToList(),
                })
                .ToList();
            TextWriter o = parse.InvocationConfiguration.Output;
            if (parse.GetValue(GlobalOptions.Json))
            {
                await CliJson.WriteAsync(o, new { Year = y, Nation = chosen?.ToCode(), Holidays = rows });
                return ExitCodes.Ok;
            }

            foreach (var row in rows)
            {
                string where = row.Jurisdictions.Count == Jurisdictions.All.Count ? "all UK" : string.Join(", ", row.Jurisdictions.Select(j => Jurisdictions.TryParse(j, out var u) ? u.Value.ToName() : j));
                await o.WriteLineAsync($"{row.Date}  {DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture):ddd}  {row.Name}{(row.Substitute ? " (substitute day)" : string.Empty)}  [{where}]");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
