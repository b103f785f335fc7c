using Sightline.Core.Deadlines;

namespace Sightline.Core.Tests.Deadlines;

public sealed class BankHolidayCalendarTests
{
    private static string[] Dates(int year, UkJurisdiction jurisdiction) =>
        [.. BankHolidayCalendar.Default.HolidaysIn(year, jurisdiction).Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];

    // Published lists (GOV.UK) for years with substitutes, moved days and one-offs.
    [Theory]
    [InlineData(2011, UkJurisdiction.EnglandAndWales, "2011-01-03,2011-04-22,2011-04-25,2011-04-29,2011-05-02,2011-05-30,2011-08-29,2011-12-26,2011-12-27")]
    [InlineData(2012, UkJurisdiction.EnglandAndWales, "2012-01-02,2012-04-06,2012-04-09,2012-05-07,2012-06-04,2012-06-05,2012-08-27,2012-12-25,2012-12-26")]
    [InlineData(2020, UkJurisdiction.EnglandAndWales, "2020-01-01,2020-04-10,2020-04-13,2020-05-08,2020-05-25,2020-08-31,2020-12-25,2020-12-28")]
    [InlineData(2021, UkJurisdiction.EnglandAndWales, "2021-01-01,2021-04-02,2021-04-05,2021-05-03,2021-05-31,2021-08-30,2021-12-27,2021-12-28")]
    [InlineData(2022, UkJurisdiction.EnglandAndWales, "2022-01-03,2022-04-15,2022-04-18,2022-05-02,2022-06-02,2022-06-03,2022-08-29,2022-09-19,2022-12-26,2022-12-27")]
    [InlineData(2023, UkJurisdiction.EnglandAndWales, "2023-01-02,2023-04-07,2023-04-10,2023-05-01,2023-05-08,2023-05-29,2023-08-28,2023-12-25,2023-12-26")]
    [InlineData(2021, UkJurisdiction.Scotland, "2021-01-01,2021-01-04,2021-04-02,2021-05-03,2021-05-31,2021-08-02,2021-11-30,2021-12-27,2021-12-28")]
    [InlineData(2022, UkJurisdiction.Scotland, "2022-01-03,2022-01-04,2022-04-15,2022-05-02,2022-06-02,2022-06-03,2022-08-01,2022-09-19,2022-11-30,2022-12-26,2022-12-27")]
    [InlineData(2023, UkJurisdiction.Scotland, "2023-01-02,2023-01-03,2023-04-07,2023-05-01,2023-05-08,2023-05-29,2023-08-07,2023-11-30,2023-12-25,2023-12-26")]
    [InlineData(2024, UkJurisdiction.Scotland, "2024-01-01,2024-01-02,2024-03-29,2024-05-06,2024-05-27,2024-08-05,2024-12-02,2024-12-25,2024-12-26")]
    [InlineData(2023, UkJurisdiction.NorthernIreland, "2023-01-02,2023-03-17,2023-04-07,2023-04-10,2023-05-01,2023-05-08,2023-05-29,2023-07-12,2023-08-28,2023-12-25,2023-12-26")]
    [InlineData(2024, UkJurisdiction.NorthernIreland, "2024-01-01,2024-03-18,2024-03-29,2024-04-01,2024-05-06,2024-05-27,2024-07-12,2024-08-26,2024-12-25,2024-12-26")]
    [InlineData(2025, UkJurisdiction.NorthernIreland, "2025-01-01,2025-03-17,2025-04-18,2025-04-21,2025-05-05,2025-05-26,2025-07-14,2025-08-25,2025-12-25,2025-12-26")]
    public void Computed_holidays_match_the_published_lists(int year, UkJurisdiction jurisdiction, string expected) =>
        Assert.Equal(expected.Split(','), Dates(year, jurisdiction));

    [Fact]
    public void Substitutes_are_labelled_and_never_share_a_day()
    {
        var scotland2022 = BankHolidayCalendar.Default.HolidaysIn(2022, UkJurisdiction.Scotland);

        Assert.Equal("New Year's Day (substitute)", scotland2022.Single(h => h.Date == new DateOnly(2022, 1, 3)).Label);
        Assert.Equal("2nd January (substitute)", scotland2022.Single(h => h.Date == new DateOnly(2022, 1, 4)).Label);
        for (int year = BankHolidayCalendar.FirstYear; year <= BankHolidayCalendar.LastYear; year++)
        {
            foreach (UkJurisdiction j in Jurisdictions.All)
            {
                var list = BankHolidayCalendar.Default.HolidaysIn(year, j);
                Assert.Equal(list.Count, list.Select(h => h.Date).Distinct().Count());
                Assert.All(list.Where(h => h.Substitute), h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
            }
        }
    }

    [Fact]
    public void Every_year_from_2000_to_2050_has_as_many_holidays_as_the_rules_and_one_offs_give()
    {
        var oneOffs = new Dictionary<int, int> { [2002] = 1, [2011] = 1, [2012] = 1, [2022] = 2, [2023] = 1 };
        for (int year = BankHolidayCalendar.FirstYear; year <= BankHolidayCalendar.LastYear; year++)
        {
            int extra = oneOffs.GetValueOrDefault(year);
            Assert.Equal(8 + extra, BankHolidayCalendar.Default.HolidaysIn(year, UkJurisdiction.EnglandAndWales).Count);
            Assert.Equal((year >= 2007 ? 9 : 8) + extra, BankHolidayCalendar.Default.HolidaysIn(year, UkJurisdiction.Scotland).Count);
            Assert.Equal(10 + extra, BankHolidayCalendar.Default.HolidaysIn(year, UkJurisdiction.NorthernIreland).Count);
            Assert.All(BankHolidayCalendar.Default.HolidaysIn(year, UkJurisdiction.NorthernIreland), h => Assert.True(h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)));
        }
    }

    [Theory]
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2038, 4, 25)]
    [InlineData(2049, 4, 18)]
    public void Easter_is_computed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), BankHolidayCalendar.EasterSunday(year));

    [Fact]
    public void St_Andrews_Day_is_a_scottish_holiday_only_from_2007() =>
        Assert.Equal((false, true), (BankHolidayCalendar.Default.HolidaysIn(2006, UkJurisdiction.Scotland).Any(h => h.Name == "St Andrew's Day"),
            BankHolidayCalendar.Default.HolidaysIn(2007, UkJurisdiction.Scotland).Any(h => h.Name == "St Andrew's Day")));

    [Fact]
    public void Overrides_add_and_remove_days()
    {
        var calendar = new BankHolidayCalendar(
        [
            new HolidayOverride(new DateOnly(2031, 6, 6), UkJurisdiction.EnglandAndWales, "A new one-off day"),
            new HolidayOverride(new DateOnly(2031, 5, 26), UkJurisdiction.EnglandAndWales, "Spring bank holiday", Remove: true),
        ]);

        Assert.Equal("A new one-off day", calendar.Find(new DateOnly(2031, 6, 6), UkJurisdiction.EnglandAndWales)?.Name);
        Assert.Null(calendar.Find(new DateOnly(2031, 5, 26), UkJurisdiction.EnglandAndWales));
        Assert.NotNull(BankHolidayCalendar.Default.Find(new DateOnly(2031, 5, 26), UkJurisdiction.EnglandAndWales));
    }

    [Fact]
    public void Years_outside_the_known_range_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidayCalendar.Default.HolidaysIn(2051, UkJurisdiction.Scotland));
}
