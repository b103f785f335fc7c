namespace Sightline.Core.Requests;

/// <summary>A drafted follow-up, proposed for a person to approve. Nothing is sent by the lifecycle itself.</summary>
/// <param name="Date">The first day it is appropriate to send.</param>
public sealed record ChaserProposal(ChaserKind Kind, DateOnly Date, string Subject, string Body);
