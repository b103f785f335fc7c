namespace Sightline.Core.Deadlines;

/// <summary>A bank (or common-law) holiday in one jurisdiction.</summary>
/// <param name="Substitute">The holiday's own date falls at a weekend and this weekday replaces it.</param>
public sealed record BankHoliday(DateOnly Date, string Name, UkJurisdiction Jurisdiction, bool Substitute = false)
{
    /// <summary>"St Andrew's Day (substitute)".</summary>
    public string Label => Substitute ? $"{Name} (substitute)" : Name;
}
