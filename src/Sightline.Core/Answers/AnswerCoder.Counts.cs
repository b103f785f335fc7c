using System.Globalization;
using System.Text.RegularExpressions;
using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

/// <summary>Counts of devices per maker: numbers next to a maker, site lists under a maker, and quantity columns.</summary>
public sealed partial class AnswerCoder
{
    /// <summary>"… the following Hikvision devices:" then "County Hall – 38 cameras and 2 network video recorders" lines.</summary>
    private static void ReadListCount(ReplyUnit unit, IReadOnlyList<DeviceMention> mentions, CodingState state)
    {
        if (state.ListMaker is not var (maker, header) || ReferenceEquals(unit, header))
        {
            return;
        }

        bool sameList = unit.Document == header.Document && !mentions.Any(m => m.Maker is not null && m.Model is null) && unit.Text.Length < 1000;
        int total = 0;
        foreach (Match match in AnswerCues.DeviceCount().Matches(unit.Text))
        {
            total += ParseCount(match.Groups["n"].Value) ?? 0;
        }

        if (!sameList || total == 0)
        {
            state.ListMaker = null;
            return;
        }

        state.AddCount(maker, total, unit, fromTable: true, total: false);
    }

    /// <summary>A table that gives a maker the number zero ("Dahua | 0", "Make: Dahua | Cameras: 0 | Recorders: 0", "Totals |
    /// Hikvision 69 | Dahua 0", a line "Total Dahua devices: 0"): the count is 0, not unknown. Words ("Dahua | none", "we do not
    /// use Dahua") leave it unknown; a row that names a model is one item of a list (a removed recorder with quantity 0), not
    /// the maker's total.</summary>
    private static void FinishCounts(List<ReplyUnit> units, CodingState state)
    {
        foreach (((_, _, string maker), (int count, ReplyUnit unit, bool total)) in state.TrailingCounts)
        {
            // "The University has Hikvision CCTV: there are 198 Hikvision cameras and 12 Hikvision recorders": the later mentions
            // carry the numbers, so the devices after the first are not counted again.
            if (!state.Counts[maker].Any(c => ReferenceEquals(c.Unit, unit)))
            {
                state.AddCount(maker, count, unit, fromTable: false, total);
            }
        }

        foreach (string maker in CampaignMakers)
        {
            JoinTotalsOfOneSentence(state.Counts[maker]);
            DropRestatedBreakdowns(state.Counts[maker]);
        }

        ReadZeroCounts(units, state);
    }

    /// <summary>"In total there are 96 Hikvision cameras and 11 Hikvision NVRs": a sentence with a total word that numbers the
    /// maker's devices kind by kind gives their sum (unless one number is the sum of the others: "45 Hikvision devices, 42
    /// Hikvision cameras and 3 Hikvision NVRs").</summary>
    private static void JoinTotalsOfOneSentence(List<(int Count, ReplyUnit Unit, bool FromTable, bool Total)> counts)
    {
        foreach (var sentence in counts.Where(c => c.Total && !c.FromTable).GroupBy(c => c.Unit).Where(g => g.Count() >= 2).ToList())
        {
            int sum = sentence.Sum(c => c.Count);
            int largest = sentence.Max(c => c.Count);
            int joined = checked(largest * 2) == sum ? largest : sum;
            counts.RemoveAll(c => c.Total && !c.FromTable && ReferenceEquals(c.Unit, sentence.Key));
            counts.Add((joined, sentence.Key, false, true));
        }
    }

    // "and an NVR", "plus a recorder": one more device after counted ones.
    [GeneratedRegex(@"\b(?:and|plus|with)\s+an?\s+(?:[\w-]+\s+)?(?:nvr|dvr|recorder|network video recorder|digital video recorder)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndARecorder();

    // "the NVR and all 27 cameras", "a recorder and 8 cameras": a recorder named just before the number.
    [GeneratedRegex(@"\b(?:the|an?|one|single)\s+(?:nvr|dvr|recorder|network video recorder|digital video recorder)\s+and\s+(?:all\s+|the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RecorderAnd();

    // The rest of a bracket just opened: "(12 cameras and 1 recorder, common areas and car park)".
    [GeneratedRegex(@"\G[^()]{0,160}?(?:\)|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bracketed();

    /// <summary>"Hikvision: 23 cameras." then "DS-2CD2143G2-I (15) and DS-2CD2T43G2-2I (8).": a sentence whose several numbers add
    /// up to a number stated once in another sentence breaks that number down; the devices are counted once.</summary>
    private static void DropRestatedBreakdowns(List<(int Count, ReplyUnit Unit, bool FromTable, bool Total)> counts)
    {
        var prose = counts.Where(c => !c.FromTable).GroupBy(c => c.Unit).ToList();
        foreach (var breakdown in prose.Where(g => g.Count() >= 2))
        {
            int sum = breakdown.Sum(c => c.Count);
            if (prose.Any(g => !ReferenceEquals(g.Key, breakdown.Key) && g.Count() == 1 && g.First().Count == sum))
            {
                counts.RemoveAll(c => !c.FromTable && ReferenceEquals(c.Unit, breakdown.Key));
                return;
            }
        }
    }

    private static void ReadZeroCounts(List<ReplyUnit> units, CodingState state)
    {
        foreach (ReplyUnit unit in units)
        {
            if (unit.IsQuestion || unit.Text.Length > 400 || (!unit.Text.Contains('0', StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (string maker in CampaignMakers)
            {
                // Read after the makers: a number found for the maker anywhere else wins over a zero.
                if (state.Counts[maker].All(c => c.Count == 0) && unit.Text.Contains(maker, StringComparison.OrdinalIgnoreCase) && SaysZeroOf(unit, maker))
                {
                    state.AddCount(maker, 0, unit, fromTable: true, total: false);
                }
            }
        }
    }

    /// <summary>A maker the reply does not use has count 0 only where a table or line gives it the number zero.</summary>
    private static int? StatedZero(CodingState state, string maker, string stance, Reply reply, List<CodingEvidence> evidence)
    {
        if (stance == ReplyCodes.Unknown || state.Counts[maker] is not [var zero, ..] || state.Counts[maker].Any(c => c.Count != 0))
        {
            return null;
        }

        AddEvidence(evidence, reply, $"counts.{maker}", "0", zero.Unit);
        return 0;
    }

    private static bool SaysZeroOf(ReplyUnit unit, string maker)
    {
        if (!unit.IsRow)
        {
            return ZeroLine().Match(unit.Text) is { Success: true } line && line.Groups["maker"].Value.Equals(maker, StringComparison.OrdinalIgnoreCase);
        }

        (string Heading, string Value)[] cells = [.. unit.Text.Split(" | ").Select(SplitCell)];
        if (cells.Any(c => ModelHeading().IsMatch(c.Heading) && c.Value.Trim() is { Length: > 1 } v && v.Any(char.IsDigit)))
        {
            return false; // "Model: DS-7608NI-K2 | Qty: 0 | Status: removed"
        }

        // "Totals | Hikvision 69 | Dahua 0 (none held)", "Dahua cameras: 0 | Dahua NVRs: 0": the cell itself pairs maker and zero.
        bool paired = false;
        foreach ((string heading, string value) in cells)
        {
            if (ZeroPaired().Match(value) is { Success: true } m && m.Groups["maker"].Value.Equals(maker, StringComparison.OrdinalIgnoreCase))
            {
                paired = true;
            }
            else if (heading.Contains(maker, StringComparison.OrdinalIgnoreCase) && (value.Contains(maker, StringComparison.OrdinalIgnoreCase) || ParseCount(value) is not null))
            {
                return false; // "Hikvision cameras: 0 | Hikvision NVRs: 2": the maker has devices
            }
            else if (heading.Contains(maker, StringComparison.OrdinalIgnoreCase) && value.Trim() == "0")
            {
                paired = true;
            }
        }

        if (paired)
        {
            return true;
        }

        // "Make: Dahua | Cameras: 0 | Recorders: 0", "Dahua devices | 0": the row is the maker's, and every number in it is 0.
        int makerCell = Array.FindIndex(cells, c => ZeroRowMaker().Match(c.Value) is { Success: true } m && m.Groups["maker"].Value.Equals(maker, StringComparison.OrdinalIgnoreCase));
        if (makerCell < 0 || (makerCell > 0 && !MakeHeading().IsMatch(cells[makerCell].Heading)))
        {
            return false;
        }

        bool zero = false;
        for (int i = 0; i < cells.Length; i++)
        {
            string value = cells[i].Value.Trim();
            if (i == makerCell)
            {
                continue;
            }

            if (value == "0")
            {
                zero = true;
            }
            else if (value.Length > 0 && char.IsDigit(value[0]))
            {
                return false;
            }
        }

        return zero;
    }

    // "Dahua", "Dahua devices", "Total Dahua", "Hikvision (incl. HiLook)": a cell that is the maker's name alone.
    [GeneratedRegex(@"^\W*(?:(?:grand |sub-?)?totals?:?\s+)?(?<maker>hikvision|dahua)\b(?:\s+(?:devices|equipment|cameras?|recorders?|units|systems?|products|kit|total))?\s*(?:\([^)]{0,40}\))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZeroRowMaker();

    // "Dahua 0", "Dahua: 0 (none held)", "Dahua – 0".
    [GeneratedRegex(@"^\W*(?<maker>hikvision|dahua)\b(?:\s+(?:devices|equipment|cameras?|recorders?|units))?\s*[:=–-]?\s*0\b(?![.,]\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZeroPaired();

    // A line of its own: "Dahua: 0", "Total Dahua devices: 0", "Number of Dahua cameras = 0".
    [GeneratedRegex(@"^\W*(?:(?:grand |sub-?)?totals?\s+(?:(?:number|no\.?) of\s+)?|(?:number|no\.?) of\s+)?(?<maker>hikvision|dahua)\b(?:\s+(?:devices|equipment|cameras?|recorders?|units))?\s*[:=–-]\s*0\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZeroLine();

    [GeneratedRegex(@"\b(?:make|manufacturer|brand|maker|supplier|vendor)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakeHeading();

    /// <summary>A totals row's sum replaces the rows above it in the same table, not added to them.</summary>
    private static void ReplaceRowsAbove(CodingState state, string maker, ReplyUnit unit) =>
        state.Counts[maker].RemoveAll(c => c.FromTable && c.Unit.IsRow && c.Unit.Document == unit.Document && c.Unit.Start < unit.Start
            && !TotalRow().IsMatch(SplitCell(c.Unit.Text.Split(" | ", 2)[0]).Value));

    /// <summary>"Total Hikvision | Type: 31" (the first cell names the maker: the row's number is its total), or "Totals |
    /// Manufacturer: Hikvision 181 | Model: Dahua 54" (a cell pairs the maker with its number).</summary>
    private static int? TotalOfMaker((string Heading, string Value)[] cells, string maker)
    {
        bool named = cells[0].Value.Contains(maker, StringComparison.OrdinalIgnoreCase);
        foreach ((_, string value) in cells.Skip(1))
        {
            if (named && ParseCount(value) is int n)
            {
                return n;
            }

            int at = value.IndexOf(maker, StringComparison.OrdinalIgnoreCase);
            if (!named && at >= 0 && ParseCount(value[(at + maker.Length)..].TrimStart(':', ' ', '-', '–')) is int paired)
            {
                return paired;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^(?:grand |sub-?)?totals?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TotalRow();

    // A column counting one kind of device: "Cameras", "Recorders", "NVRs", "No. of DVRs".
    [GeneratedRegex(@"^(?:(?:no\.?|number) of |qty )?(?:cameras?|recorders?|nvrs?|dvrs?|encoders?|network video recorders?|domes?|bullets?|ptzs?|body[- ]worn (?:cameras|units)|docking stations?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeviceColumn();

    [GeneratedRegex(@"\bmodels?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModelHeading();

    private static int? Multiplied(string value) =>
        TimesModel().Match(value) is { Success: true } m ? ParseCount(m.Groups["n"].Value) : null;

    [GeneratedRegex(@"^(?<n>\d{1,4})\s*(?:[x×]\s*\S|\()", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimesModel();

    private static readonly string[] NumberWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static void ReadCount(ReplyUnit unit, DeviceMention mention, string maker, CodingState state)
    {
        // A row names its maker twice ("Hikvision | DS-2CD2143G2-I"): it is counted once.
        if (!state.CountedMentions.Add((unit.Document, unit.Start, unit.IsRow ? maker.GetHashCode(StringComparison.Ordinal) : mention.Start)))
        {
            return;
        }

        int? count = null;
        (string Heading, string Value)[] cells = unit.IsRow ? [.. unit.Text.Split(" | ").Select(SplitCell)] : [];
        bool totalRow = unit.IsRow && TotalRow().IsMatch(cells[0].Value);
        if (totalRow && TotalOfMaker(cells, maker) is int total)
        {
            // "Total Hikvision | 27", "Totals | Hikvision 181 | Dahua 54": the table's own sum, whatever column it sits under.
            ReplaceRowsAbove(state, maker, unit);
            state.AddCount(maker, total, unit, fromTable: true, total: false);
            return;
        }

        if (unit.IsRow)
        {
            // "Campus: Rhyl | Dahua cameras: 0 | Dahua NVRs: 0 | Hikvision cameras: 26 | Hikvision NVRs: 1": columns per maker.
            int ownColumns = 0;
            bool makerColumns = false;
            foreach ((string heading, string value) in cells)
            {
                if (heading.Contains(maker, StringComparison.OrdinalIgnoreCase) && (ParseCount(value) is not null || value is "0" or "-" or "–" or "—"))
                {
                    makerColumns = true;
                    ownColumns += ParseCount(value) ?? 0;
                }
            }

            if (makerColumns)
            {
                if (ownColumns > 0 && totalRow)
                {
                    ReplaceRowsAbove(state, maker, unit);
                }

                if (ownColumns > 0)
                {
                    state.AddCount(maker, ownColumns, unit, fromTable: true, total: false);
                }

                return;
            }

            // "Cameras: 22 | Recorders: 1": each kind of device has its column, and together they are the maker's devices; a
            // "Total" column is their sum already.
            int devices = 0;
            foreach ((string heading, string value) in cells)
            {
                if (heading.Length > 0 && AnswerCues.QuantityHeading().IsMatch(heading) && ParseCount(value) is int n)
                {
                    if (TotalRow().IsMatch(heading))
                    {
                        count = n;
                        devices = 0;
                        break;
                    }

                    count ??= n;
                    devices += DeviceColumn().IsMatch(heading) ? n : 0;
                }
                else if (heading.Length > 0 && DeviceColumn().IsMatch(heading) && (ParseCount(value) ?? Multiplied(value)) is int d)
                {
                    devices += d; // "Recorders: 2 x DS-9664NI-I8", "Recorders: 1 (DS-7616NI-K2)"
                }
            }

            if (devices > 0 && (count is not null || !cells.Any(c => c.Heading.Length > 0 && AnswerCues.QuantityHeading().IsMatch(c.Heading) && !DeviceColumn().IsMatch(c.Heading))))
            {
                count = devices; // "Cameras: – | Recorders: 1" counts the recorder
            }

            // "Manufacturer: Hikvision | Cameras: 58 | Recorders: 6": a row per maker sums up the estate; the rows per model or
            // site of another table describe the same devices again.
            bool summary = mention.Model is null && cells[0].Value.Contains(maker, StringComparison.OrdinalIgnoreCase)
                && !cells.Any(c => ModelHeading().IsMatch(c.Heading));
            if (count is not null && summary && state.SummaryMakers.Add(maker))
            {
                state.Counts[maker].RemoveAll(c => c.FromTable && c.Unit.IsRow && c.Unit.Document == unit.Document);
            }
            else if (count is not null && !summary && state.SummaryMakers.Contains(maker))
            {
                return;
            }

            if (count is int rowCount)
            {
                if (totalRow)
                {
                    ReplaceRowsAbove(state, maker, unit);
                }

                state.AddCount(maker, rowCount, unit, fromTable: true, total: false);
            }

            return;
        }

        string before = unit.Text[..mention.Start];
        string after = unit.Text[mention.End..];
        Match prefix = CountBefore().Match(before);
        Match suffix = CountAfter().Match(after);
        if (prefix.Success && ParseCount(prefix.Groups["n"].Value) is int p)
        {
            // "the NVR and all 27 cameras are Hikvision": the recorder named before the number is one more device.
            count = RecorderAnd().IsMatch(before.AsSpan(0, prefix.Index)) ? checked(p + 1) : p;
        }
        else if (SingleBefore().IsMatch(before) && SingleDevice().IsMatch(after))
        {
            count = 1; // "and a HiLook DVR"
        }
        else if (suffix.Success && ParseCount(suffix.Groups["n"].Value) is int s)
        {
            count = s;
            if (suffix.Value.TrimStart().StartsWith('(') && Bracketed().Match(after, after.IndexOf('(', StringComparison.Ordinal) + 1) is { Success: true } bracket)
            {
                // "all cameras in the building are Hikvision (12 cameras and 1 recorder, common areas)": every device the
                // brackets count.
                int inside = AnswerCues.DeviceCount().Matches(bracket.Value).Sum(m => ParseCount(m.Groups["n"].Value) ?? 0)
                    + AndARecorder().Count(bracket.Value);
                count = Math.Max(s, inside);
            }
        }

        if (count is null && state.Stances.Count(s => s.Value.Any(x => ReferenceEquals(x.Unit, unit))) == 1)
        {
            // "it is Hikvision (via our installer) - 12 cameras and one recorder", "a Dahua DVR and 8 cameras": the devices
            // counted after the only maker named, up to the next brand.
            string rest = after;
            int sum = 0;
            foreach (Match match in AnswerCues.DeviceCount().Matches(rest))
            {
                sum += ParseCount(match.Groups["n"].Value) ?? 0;
            }

            if (sum > 0)
            {
                sum += AndARecorder().Count(rest); // "8 cameras and an NVR; 5 cameras and an NVR"
            }

            if (sum > 0)
            {
                state.TrailingCounts.TryAdd((unit.Document, unit.Start, maker), (sum, unit, AnswerCues.TotalWord().IsMatch(unit.Text)));
            }

            return;
        }

        if (count is int found)
        {
            state.AddCount(maker, found, unit, fromTable: false, total: AnswerCues.TotalWord().IsMatch(unit.Text));
        }
    }

    internal static int? ParseCount(string value)
    {
        string v = value.Trim().Replace(",", "", StringComparison.Ordinal);
        if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            return n is >= 1990 and <= 2035 && v.Length == 4 ? null : n is > 0 and < 1_000_000 ? n : null;
        }

        int index = Array.IndexOf(NumberWords, v.ToLowerInvariant());
        return index > 0 ? index : null;
    }

    // "42 Hikvision cameras", "12 x Hikvision", "a total of 45 Hikvision", "two Hikvision recorders".
    [GeneratedRegex(@"(?<![\w£$.,/-])(?<n>\d{1,3}(?:,\d{3})+|\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s*(?:x\s*|×\s*)?(?:(?:of\s+(?:our|the|which|these|them)\s+(?:\w+\s+){0,2}?(?:are|is)\s+)|(?:[A-Za-z-]+\s+){0,2}?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountBefore();

    [GeneratedRegex(@"\b(?:a|an|one|single)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleBefore();

    [GeneratedRegex(@"^\s*(?:[\w-]+\s+){0,2}?(?:camera|nvr|dvr|recorder|network video recorder|digital video recorder|dome|bullet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleDevice();

    // "Hikvision: 42", "Hikvision (42)", "Hikvision cameras x 12", "Hikvision – 42 units".
    [GeneratedRegex(@"^(?:\s+[A-Za-z]+){0,2}?\s*(?:[:(×=]|\sx|\s[–-])\s*(?<n>\d{1,3}(?:,\d{3})+|\d{1,6})(?!\s*(?:%|per ?cent|years?|months?|days?|hours?|mp|megapixel|mm|fps|tb|gb))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CountAfter();
}
