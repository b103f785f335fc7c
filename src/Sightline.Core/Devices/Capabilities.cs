using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Devices;

/// <summary>Codes of <see cref="Capability"/>: <c>face_detection</c>, <c>face_recognition</c>, <c>thermal</c>, <c>demographic</c>,
/// <c>behavioural</c>, <c>object_detection</c>, <c>anpr</c>, <c>mask_detection</c>, <c>people_counting</c>, <c>heat_mapping</c>, <c>audio</c>.</summary>
public static class Capabilities
{
    private static readonly (Capability Capability, string Code, string Label)[] Table =
    [
        (Capability.FaceDetection, "face_detection", "Face detection"),
        (Capability.FaceRecognition, "face_recognition", "Facial recognition"),
        (Capability.Thermal, "thermal", "Thermal / temperature scanning"),
        (Capability.Demographic, "demographic", "Demographic detection (age, gender)"),
        (Capability.Behavioural, "behavioural", "Behavioural analysis"),
        (Capability.ObjectDetection, "object_detection", "Object detection"),
        (Capability.Anpr, "anpr", "Number-plate recognition (ANPR)"),
        (Capability.MaskDetection, "mask_detection", "Mask detection"),
        (Capability.PeopleCounting, "people_counting", "People counting"),
        (Capability.HeatMapping, "heat_mapping", "Heat mapping"),
        (Capability.Audio, "audio", "Audio"),
    ];

    public static IReadOnlyList<Capability> All { get; } = [.. Table.Select(t => t.Capability)];

    public static IReadOnlyList<string> Codes { get; } = [.. Table.Select(t => t.Code)];

    public static string ToCode(this Capability capability) => Table.Single(t => t.Capability == capability).Code;

    public static string ToLabel(this Capability capability) => Table.Single(t => t.Capability == capability).Label;

    /// <summary>Accepts the codes, case-insensitively.</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Capability? capability)
    {
        string key = (code ?? string.Empty).Trim().ToLowerInvariant();
        int index = Array.FindIndex(Table, t => t.Code == key);
        capability = index >= 0 ? Table[index].Capability : null;
        return capability is not null;
    }
}
