namespace Sightline.Core.Devices;

/// <summary>How a brand as written relates to the maker that actually made the device.</summary>
public enum BrandRelation
{
    /// <summary>The maker's own name (Hikvision, Dahua).</summary>
    Own,

    /// <summary>A brand the maker owns (Ezviz, HiLook, HiWatch, Prama; Imou).</summary>
    SubBrand,

    /// <summary>Another company's brand on the maker's hardware, shown by device evidence or admitted publicly.</summary>
    OemConfirmed,

    /// <summary>Another company's brand reported (e.g. by trade press) to relabel the maker's hardware.</summary>
    OemReported,

    /// <summary>A brand that is not the maker's (e.g. Axis for a question about Hikvision).</summary>
    Unrelated,
}
