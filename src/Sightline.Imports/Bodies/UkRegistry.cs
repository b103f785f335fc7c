namespace Sightline.Imports.Bodies;

/// <summary>The bundled UK public-body registry.</summary>
public static class UkRegistry
{
    public static IReadOnlyList<UkSource> Load() => [];
}
