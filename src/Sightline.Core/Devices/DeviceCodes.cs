namespace Sightline.Core.Devices;

/// <summary>snake_case codes of device enums, as the CLI and API write them.</summary>
public static class DeviceCodes
{
    public static string ToCode(this BrandRelation relation) => relation switch
    {
        BrandRelation.Own => "own",
        BrandRelation.SubBrand => "sub_brand",
        BrandRelation.OemConfirmed => "oem_confirmed",
        BrandRelation.OemReported => "oem_reported",
        BrandRelation.Unrelated => "unrelated",
        _ => throw new ArgumentOutOfRangeException(nameof(relation), relation, null),
    };

    public static string ToCode(this DeviceKind kind) => kind switch
    {
        DeviceKind.Camera => "camera",
        DeviceKind.Ptz => "ptz",
        DeviceKind.Thermal => "thermal",
        DeviceKind.Nvr => "nvr",
        DeviceKind.Dvr => "dvr",
        DeviceKind.AccessControl => "access_control",
        DeviceKind.Intercom => "intercom",
        DeviceKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
