namespace Sightline.Hosting;

/// <summary>Settings shared by every Sightline host.</summary>
public sealed class SightlineOptions
{
    public DatabaseTarget Database { get; set; } = DatabaseTarget.Default;
}
