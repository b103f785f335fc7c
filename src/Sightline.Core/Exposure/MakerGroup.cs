using Sightline.Core.Devices;

namespace Sightline.Core.Exposure;

/// <summary>The columns of an exposure summary: which side of the watch-list a device's maker is on.</summary>
public enum MakerGroup
{
    Hikvision,
    Dahua,

    /// <summary>Another Chinese maker (Uniview, Tiandy, Xiongmai …).</summary>
    OtherChinese,

    /// <summary>A maker that is not Chinese (Axis, Bosch …).</summary>
    Other,

    /// <summary>No maker could be named with enough confidence (including non-camera hosts).</summary>
    Unidentified,
}

public static class MakerGroups
{
    /// <summary>The group of a maker code: Hikvision and Dahua by name (their sub-brands and OEM relabels carry their maker's code),
    /// then by the knowledge base's <see cref="Maker.Chinese"/> flag.</summary>
    public static MakerGroup Of(string? maker, DeviceKnowledgeBase knowledgeBase)
    {
        ArgumentNullException.ThrowIfNull(knowledgeBase);
        return maker switch
        {
            null => MakerGroup.Unidentified,
            "hikvision" => MakerGroup.Hikvision,
            "dahua" => MakerGroup.Dahua,
            _ => knowledgeBase.Maker(maker)?.Chinese == true ? MakerGroup.OtherChinese : MakerGroup.Other,
        };
    }

    public static string ToCode(this MakerGroup group) => group switch
    {
        MakerGroup.Hikvision => "hikvision",
        MakerGroup.Dahua => "dahua",
        MakerGroup.OtherChinese => "other_chinese",
        MakerGroup.Other => "other",
        MakerGroup.Unidentified => "unidentified",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, null),
    };

    public static bool TryParse(string? code, out MakerGroup group)
    {
        foreach (MakerGroup candidate in Enum.GetValues<MakerGroup>())
        {
            if (string.Equals(candidate.ToCode(), code, StringComparison.Ordinal))
            {
                group = candidate;
                return true;
            }
        }

        group = MakerGroup.Unidentified;
        return false;
    }
}
