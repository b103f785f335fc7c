namespace Sightline.Core.Devices;

/// <summary>A device, brand or product line mentioned in text, with the evidence span it came from.</summary>
/// <param name="Start">Index of the first character of the evidence in the scanned text.</param>
/// <param name="End">Index just past the last character of the evidence (exclusive).</param>
/// <param name="Text">The evidence as written (<c>text[Start..End]</c>).</param>
/// <param name="Brand">The brand as the knowledge base names it (e.g. "Honeywell"), when a brand is named or implied.</param>
/// <param name="Maker">The code of the maker that made the device (e.g. <c>hikvision</c>, <c>dahua</c>, <c>axis</c>); null when unknown.</param>
/// <param name="MakerIsChinese">The maker is a Chinese manufacturer (Hikvision, Dahua, Uniview, Tiandy, …).</param>
/// <param name="Watchlisted">The maker is on a government restriction list (US NDAA s.889, FCC covered list, UK 2022 instruction).</param>
/// <param name="Model">The normalised model number (e.g. <c>DS-2CD2143G2-I</c>), when one is written.</param>
/// <param name="Confidence">0 to 1: how sure the scanner is that the mention means this maker.</param>
public sealed record DeviceMention(
    int Start,
    int End,
    string Text,
    string? Brand,
    string? Maker,
    bool MakerIsChinese,
    bool Watchlisted,
    string? Model,
    DeviceKind? Kind,
    string? ProductLine,
    IReadOnlyList<Capability> Capabilities,
    BrandRelation Relation,
    double Confidence);
