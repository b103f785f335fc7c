using Sightline.Core.Bodies;

namespace Sightline.Core.Deadlines;

/// <summary>What a working day is under one law. FOIA s.10(6) and the EIR: not a Saturday, Sunday, Christmas Day, Good Friday
/// or a bank holiday in any part of the United Kingdom. FOISA s.73 and the EISR: not a Saturday, Sunday, Christmas Day or a
/// bank holiday in Scotland.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class WorkingDays
{
    private readonly BankHolidayCalendar _holidays;
    private readonly UkJurisdiction[] _jurisdictions;

    public WorkingDays(FoiLaw law, BankHolidayCalendar holidays)
    {
        ArgumentNullException.ThrowIfNull(holidays);
        Law = law;
        _holidays = holidays;
        _jurisdictions = law is FoiLaw.Foisa or FoiLaw.Eisr ? [UkJurisdiction.Scotland] : [.. Jurisdictions.All];
    }

    public FoiLaw Law { get; }

    public BankHolidayCalendar Holidays => _holidays;

    /// <summary>True for a working day; otherwise false with the reason, e.g. "Sat", "Good Friday",
    /// "bank holiday (Scotland): St Andrew's Day (substitute)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside 2000–2050, where holidays are not known.</exception>
    public bool IsWorkingDay(DateOnly date, out string? reason)
    {
        if (!BankHolidayCalendar.Covers(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Bank holidays are known for {BankHolidayCalendar.FirstYear}–{BankHolidayCalendar.LastYear} only.");
        }

        reason = date.DayOfWeek switch
        {
            DayOfWeek.Saturday => "Sat",
            DayOfWeek.Sunday => "Sun",
            _ => null,
        };
        if (reason is not null)
        {
            return false;
        }

        if (date is { Month: 12, Day: 25 })
        {
            reason = "Christmas Day";
            return false;
        }

        List<(UkJurisdiction Jurisdiction, BankHoliday Holiday)>? found = null;
        foreach (UkJurisdiction jurisdiction in _jurisdictions)
        {
            if (_holidays.Find(date, jurisdiction) is { } holiday)
            {
                (found ??= []).Add((jurisdiction, holiday));
            }
        }

        if (found is null)
        {
            return true;
        }

        if (found.All(f => f.Holiday.Name == "Good Friday"))
        {
            reason = "Good Friday";
            return false;
        }

        reason = string.Join("; ", found.GroupBy(f => f.Holiday.Label, StringComparer.Ordinal).Select(g =>
            g.Count() == Jurisdictions.All.Count ? $"bank holiday (all UK): {g.Key}" : $"bank holiday ({string.Join(", ", g.Select(f => f.Jurisdiction.ToName()))}): {g.Key}"));
        return false;
    }

    public bool IsWorkingDay(DateOnly date) => IsWorkingDay(date, out _);

    /// <summary>The <paramref name="count"/>th working day after <paramref name="start"/> (day 0, whatever day it is).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        DateOnly day = start;
        for (int counted = 0; counted < count;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day, out _))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>; 0 when <paramref name="to"/> is not later.</summary>
    public int CountBetween(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (DateOnly day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsWorkingDay(day, out _))
            {
                count++;
            }
        }

        return count;
    }
}
