using System.Globalization;
using Sightline.Core.Deadlines;
using Sightline.Imports.Tabular;

namespace Sightline.Imports.Deadlines;

/// <summary>Reads the two files deadlines depend on: bank-holiday overrides and school term calendars (CSV).
/// Every problem names the file, line and field; a file with any problem yields nothing.</summary>
public static class DeadlineFileReader
{
    /// <summary>Columns <c>date,jurisdiction,name[,action]</c>; jurisdiction is <c>england_and_wales</c>, <c>scotland</c>,
    /// <c>northern_ireland</c> (or a nation name) or <c>all</c>; action is <c>add</c> (default) or <c>remove</c>.</summary>
    public static async Task<(IReadOnlyList<HolidayOverride> Overrides, IReadOnlyList<ImportProblem> Problems)> ReadOverridesAsync(string path, CancellationToken cancellationToken)
    {
        TableReadResult read = await TableReader.ReadFileAsync(path, TableFormat.Csv, cancellationToken).ConfigureAwait(false);
        if (read.Table is not { } table)
        {
            return ([], [read.Problem!]);
        }

        var problems = new List<ImportProblem>(MissingColumns(table, "date", "jurisdiction", "name"));
        var overrides = new List<HolidayOverride>();
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        foreach (TableRow row in table.Rows)
        {
            DateOnly? date = ParseDate(table, row, "date", problems);
            string? name = row.Get("name");
            if (name is null)
            {
                problems.Add(new ImportProblem(table.File, row.Line, "name", "name is empty"));
            }

            string jurisdictionText = row.Get("jurisdiction") ?? string.Empty;
            UkJurisdiction[] jurisdictions = [];
            if (string.Equals(jurisdictionText, "all", StringComparison.OrdinalIgnoreCase))
            {
                jurisdictions = [.. Jurisdictions.All];
            }
            else if (Jurisdictions.TryParse(jurisdictionText, out UkJurisdiction? jurisdiction))
            {
                jurisdictions = [jurisdiction.Value];
            }
            else
            {
                problems.Add(new ImportProblem(table.File, row.Line, "jurisdiction", $"unknown jurisdiction '{jurisdictionText}' (accepted: england_and_wales, scotland, northern_ireland, all)"));
            }

            string action = (row.Get("action") ?? "add").ToLowerInvariant();
            if (action is not ("add" or "remove"))
            {
                problems.Add(new ImportProblem(table.File, row.Line, "action", $"unknown action '{row.Get("action")}' (accepted: add, remove)"));
            }

            if (date is { } d && !BankHolidayCalendar.Covers(d))
            {
                problems.Add(new ImportProblem(table.File, row.Line, "date", $"{d:yyyy-MM-dd} is outside {BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear}"));
            }

            if (date is { } ok && name is not null)
            {
                overrides.AddRange(jurisdictions.Select(j => new HolidayOverride(ok, j, name, action == "remove")));
            }
        }

        return problems.Count > 0 ? ([], problems) : (overrides, problems);
    }

    /// <summary>Columns <c>scope,start,end[,kind]</c>. Scope is <c>default</c>, <c>la:NAME</c> (a local authority as GIAS names
    /// it), <c>urn:NUMBER</c> or a Sightline id (<c>sch-100049</c>); kind is <c>term</c> (default) or <c>closure</c> (days
    /// within a term the school is shut, e.g. INSET days). Dates are YYYY-MM-DD, inclusive.</summary>
    public static async Task<(SchoolCalendarSet? Calendars, IReadOnlyList<ImportProblem> Problems)> ReadSchoolCalendarsAsync(string path, CancellationToken cancellationToken)
    {
        TableReadResult read = await TableReader.ReadFileAsync(path, TableFormat.Csv, cancellationToken).ConfigureAwait(false);
        if (read.Table is not { } table)
        {
            return (null, [read.Problem!]);
        }

        var problems = new List<ImportProblem>(MissingColumns(table, "scope", "start", "end"));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var terms = new Dictionary<string, (string Scope, List<DateRange> Terms, List<DateRange> Closures)>(StringComparer.Ordinal);
        foreach (TableRow row in table.Rows)
        {
            string? scope = row.Get("scope");
            if (scope is null)
            {
                problems.Add(new ImportProblem(table.File, row.Line, "scope", "scope is empty (use default, la:NAME, urn:NUMBER or a Sightline id)"));
            }

            DateOnly? start = ParseDate(table, row, "start", problems);
            DateOnly? end = ParseDate(table, row, "end", problems);
            if (start is { } s && end is { } e && e < s)
            {
                problems.Add(new ImportProblem(table.File, row.Line, "end", $"{e:yyyy-MM-dd} is before the start {s:yyyy-MM-dd}"));
                continue;
            }

            string kind = (row.Get("kind") ?? "term").ToLowerInvariant();
            if (kind is not ("term" or "closure"))
            {
                problems.Add(new ImportProblem(table.File, row.Line, "kind", $"unknown kind '{row.Get("kind")}' (accepted: term, closure)"));
                continue;
            }

            if (scope is null || start is null || end is null)
            {
                continue;
            }

            string key = SchoolCalendarSet.Normalize(scope);
            if (!terms.TryGetValue(key, out var entry))
            {
                entry = (Describe(scope), [], []);
                terms[key] = entry;
            }

            (kind == "term" ? entry.Terms : entry.Closures).Add(new DateRange(start.Value, end.Value));
        }

        foreach (var (key, entry) in terms.Where(t => t.Value.Terms.Count == 0))
        {
            problems.Add(new ImportProblem(table.File, null, "kind", $"scope '{entry.Scope}' has closures but no term dates"));
        }

        return problems.Count > 0
            ? (null, problems)
            : (new SchoolCalendarSet(terms.ToDictionary(t => t.Key, t => new SchoolCalendar(t.Value.Scope, t.Value.Terms, t.Value.Closures), StringComparer.Ordinal)), problems);
    }

    private static string Describe(string scope) =>
        scope.StartsWith("la:", StringComparison.OrdinalIgnoreCase) ? $"local authority {scope[3..].Trim()}"
        : string.Equals(scope, SchoolCalendarSet.DefaultScope, StringComparison.OrdinalIgnoreCase) ? "default calendar"
        : $"school {scope.Trim()}";

    private static IEnumerable<ImportProblem> MissingColumns(Table table, params string[] columns) =>
        columns.Where(c => !table.HasColumn(c)).Select(c => new ImportProblem(table.File, null, c, $"column '{c}' is missing (columns: {string.Join(", ", table.Headers)})"));

    private static DateOnly? ParseDate(Table table, TableRow row, string column, List<ImportProblem> problems)
    {
        string? text = row.Get(column);
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            return date;
        }

        problems.Add(new ImportProblem(table.File, row.Line, column, $"'{text}' is not a date (YYYY-MM-DD)"));
        return null;
    }
}
