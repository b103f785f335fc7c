namespace Sightline.Core.Bodies;

/// <summary>What an import changed.</summary>
public sealed record BodyImportSummary(string Source, int Added, int Updated, int Unchanged, int Deactivated)
{
    public int Total => Added + Updated + Unchanged;
}
