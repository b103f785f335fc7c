namespace Sightline.Core.Deadlines;

/// <summary>Bank holidays of England and Wales, Scotland and Northern Ireland for 2000–2050, computed by rule (Easter, the
/// May and August Mondays, the fixed days with their substitute weekdays) plus the one-off changes made by proclamation,
/// plus any <see cref="HolidayOverride"/> a user adds when a new one-off day is announced.</summary>
/// <remarks>Immutable and thread-safe: every year is computed once, in the constructor.</remarks>
public sealed class BankHolidayCalendar
{
    public const int FirstYear = 2000;
    public const int LastYear = 2050;

    private readonly Dictionary<UkJurisdiction, Dictionary<DateOnly, BankHoliday>> _byDate = [];

    /// <summary>The calendar with no user overrides.</summary>
    public static BankHolidayCalendar Default { get; } = new([]);

    public BankHolidayCalendar(IEnumerable<HolidayOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        List<HolidayOverride> changes = [.. overrides];
        foreach (UkJurisdiction jurisdiction in Jurisdictions.All)
        {
            var days = new Dictionary<DateOnly, BankHoliday>();
            for (int year = FirstYear; year <= LastYear; year++)
            {
                foreach (BankHoliday holiday in ByRule(year, jurisdiction))
                {
                    days[holiday.Date] = holiday;
                }
            }

            foreach (HolidayOverride change in changes.Where(c => c.Jurisdiction == jurisdiction))
            {
                if (change.Remove)
                {
                    days.Remove(change.Date);
                }
                else
                {
                    days[change.Date] = new BankHoliday(change.Date, change.Name, jurisdiction);
                }
            }

            _byDate[jurisdiction] = days;
        }
    }

    /// <summary>The holidays of one year in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2000–2050.</exception>
    public IReadOnlyList<BankHoliday> HolidaysIn(int year, UkJurisdiction jurisdiction)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, FirstYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, LastYear);
        return [.. _byDate[jurisdiction].Values.Where(h => h.Date.Year == year).OrderBy(h => h.Date)];
    }

    /// <summary>The holiday on <paramref name="date"/> in <paramref name="jurisdiction"/>, or null.</summary>
    public BankHoliday? Find(DateOnly date, UkJurisdiction jurisdiction) => _byDate[jurisdiction].GetValueOrDefault(date);

    public static bool Covers(DateOnly date) => date.Year is >= FirstYear and <= LastYear;

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, as in Meeus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static List<BankHoliday> ByRule(int year, UkJurisdiction jurisdiction)
    {
        DateOnly easter = EasterSunday(year);
        var fixedDays = new List<(DateOnly Date, string Name)> { (new DateOnly(year, 1, 1), "New Year's Day") };
        var movable = new List<(DateOnly Date, string Name)> { (easter.AddDays(-2), "Good Friday") };

        if (jurisdiction == UkJurisdiction.Scotland)
        {
            fixedDays.Add((new DateOnly(year, 1, 2), "2nd January"));
        }
        else
        {
            movable.Add((easter.AddDays(1), "Easter Monday"));
        }

        if (jurisdiction == UkJurisdiction.NorthernIreland)
        {
            fixedDays.Add((new DateOnly(year, 3, 17), "St Patrick's Day"));
            fixedDays.Add((new DateOnly(year, 7, 12), "Battle of the Boyne (Orangemen's Day)"));
        }

        // Early May: first Monday of May, moved to Friday 8 May in 2020 for the 75th anniversary of VE Day.
        movable.Add(year == 2020 ? (new DateOnly(2020, 5, 8), "Early May bank holiday (VE Day)") : (NthWeekday(year, 5, DayOfWeek.Monday, 1), "Early May bank holiday"));

        // Spring: last Monday of May, moved for the Golden (2002), Diamond (2012) and Platinum (2022) Jubilees.
        movable.Add(year switch
        {
            2002 => (new DateOnly(2002, 6, 4), "Spring bank holiday"),
            2012 => (new DateOnly(2012, 6, 4), "Spring bank holiday"),
            2022 => (new DateOnly(2022, 6, 2), "Spring bank holiday"),
            _ => (LastWeekday(year, 5, DayOfWeek.Monday), "Spring bank holiday"),
        });

        movable.Add(jurisdiction == UkJurisdiction.Scotland
            ? (NthWeekday(year, 8, DayOfWeek.Monday, 1), "Summer bank holiday")
            : (LastWeekday(year, 8, DayOfWeek.Monday), "Summer bank holiday"));

        // St Andrew's Day became a Scottish bank holiday under the St Andrew's Day Bank Holiday (Scotland) Act 2007.
        if (jurisdiction == UkJurisdiction.Scotland && year >= 2007)
        {
            fixedDays.Add((new DateOnly(year, 11, 30), "St Andrew's Day"));
        }

        fixedDays.Add((new DateOnly(year, 12, 25), "Christmas Day"));
        fixedDays.Add((new DateOnly(year, 12, 26), "Boxing Day"));

        // One-off days, UK-wide, by royal proclamation.
        movable.AddRange(year switch
        {
            2002 => [(new DateOnly(2002, 6, 3), "Golden Jubilee of Queen Elizabeth II")],
            2011 => [(new DateOnly(2011, 4, 29), "Wedding of Prince William and Catherine Middleton")],
            2012 => [(new DateOnly(2012, 6, 5), "Diamond Jubilee of Queen Elizabeth II")],
            2022 => [(new DateOnly(2022, 6, 3), "Platinum Jubilee of Queen Elizabeth II"), (new DateOnly(2022, 9, 19), "State Funeral of Queen Elizabeth II")],
            2023 => [(new DateOnly(2023, 5, 8), "Coronation of King Charles III")],
            _ => [],
        });

        var taken = new HashSet<DateOnly>(movable.Select(m => m.Date).Concat(fixedDays.Select(f => f.Date)));
        var result = movable.Select(m => new BankHoliday(m.Date, m.Name, jurisdiction)).ToList();

        // A fixed day at a weekend moves to the next weekday that is not already a holiday, so two holidays never share
        // one substitute (Christmas on Saturday → Monday 27th, Boxing Day on Sunday → Tuesday 28th).
        foreach (var (date, name) in fixedDays.OrderBy(f => f.Date))
        {
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                result.Add(new BankHoliday(date, name, jurisdiction));
                continue;
            }

            DateOnly substitute = date.AddDays(1);
            while (substitute.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || taken.Contains(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            taken.Add(substitute);
            result.Add(new BankHoliday(substitute, name, jurisdiction, Substitute: true));
        }

        return result;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        int offset = ((int)last.DayOfWeek - (int)day + 7) % 7;
        return last.AddDays(-offset);
    }
}
