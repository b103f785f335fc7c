namespace Sightline.Core.Devices;

/// <summary>An analytics capability of surveillance equipment. Codes (<see cref="Capabilities.ToCode"/>) are the ones the
/// answer coder, results files and statistics use.</summary>
public enum Capability
{
    FaceDetection,
    FaceRecognition,
    Thermal,
    Demographic,
    Behavioural,
    ObjectDetection,
    Anpr,
    MaskDetection,
    PeopleCounting,
    HeatMapping,
    Audio,
}
