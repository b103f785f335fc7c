using Sightline.Core.Bodies;

namespace Sightline.Imports.Bodies;

/// <summary>One part of the bundled UK registry (councils, police forces, …), imported as one source.</summary>
public sealed record UkSource(string Name, string Description, IReadOnlyList<Body> Bodies);
