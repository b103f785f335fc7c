using System.CommandLine;
using System.Globalization;
using Sightline.Core.Deadlines;
using Sightline.Imports.Deadlines;

namespace Sightline.Cli.Commands.Deadlines;

/// <summary>Parsing shared by <c>deadline</c> and <c>holidays</c>.</summary>
internal static class DeadlineOptions
{
    public const string HolidaysFileVariable = "SIGHTLINE_HOLIDAYS_FILE";

    public static Option<string?> HolidaysFile() => new("--holidays-file")
    {
        Description = "A CSV of extra or removed bank holidays (date,jurisdiction,name[,action]) for one-off days announced after " +
            $"this release. Environment: {HolidaysFileVariable}.",
        HelpName = "FILE",
    };

    /// <summary>Parses YYYY-MM-DD; on failure writes an error naming the option and value.</summary>
    public static async Task<(bool Ok, DateOnly? Date)> TryDateAsync(ParseResult parse, Option<string?> option)
    {
        string? text = parse.GetValue(option);
        if (text is null)
        {
            return (true, null);
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return (true, date);
        }

        await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {option.Name}: '{text}' is not a date (expected YYYY-MM-DD, e.g. 2024-06-03)");
        return (false, null);
    }

    /// <summary>The holiday calendar with the user's overrides, or null (having said why) when the file is bad.</summary>
    public static async Task<BankHolidayCalendar?> CalendarAsync(ParseResult parse, Option<string?> holidaysFile, CancellationToken cancellationToken)
    {
        string? path = parse.GetValue(holidaysFile) ?? Environment.GetEnvironmentVariable(HolidaysFileVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            return BankHolidayCalendar.Default;
        }

        var (overrides, problems) = await DeadlineFileReader.ReadOverridesAsync(path, cancellationToken);
        foreach (var problem in problems)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {problem}");
        }

        return problems.Count > 0 ? null : new BankHolidayCalendar(overrides);
    }
}
