namespace Sightline.Core.Bodies;

/// <summary>One page of search results, ordered by name, with the total number of matches.</summary>
public sealed record BodyPage(IReadOnlyList<Body> Bodies, int Total);
