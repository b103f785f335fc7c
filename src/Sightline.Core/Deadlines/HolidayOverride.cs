namespace Sightline.Core.Deadlines;

/// <summary>A change to the computed holidays, e.g. a one-off day announced after this release.</summary>
/// <param name="Remove">True to remove a computed holiday on <paramref name="Date"/> (e.g. a moved holiday); false to add one.</param>
public sealed record HolidayOverride(DateOnly Date, UkJurisdiction Jurisdiction, string Name, bool Remove = false);
