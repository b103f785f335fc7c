namespace Sightline.Core.Devices;

public enum DeviceKind
{
    Camera,
    Ptz,
    Thermal,
    Nvr,
    Dvr,
    AccessControl,
    Intercom,
    Other,
}
