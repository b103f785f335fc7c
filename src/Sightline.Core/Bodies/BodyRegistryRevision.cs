namespace Sightline.Core.Bodies;

/// <summary>A cheap fingerprint of the registry's state: how many bodies it holds and when any of them last changed. Every import
/// that adds, changes, deactivates or reactivates a body moves <see cref="LastChangedUtc"/> (and adding moves <see cref="Count"/>),
/// so a copy built from the store is current as long as the store's revision equals the one it was built at.</summary>
public sealed record BodyRegistryRevision(int Count, DateTime? LastChangedUtc);
