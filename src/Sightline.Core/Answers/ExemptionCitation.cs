namespace Sightline.Core.Answers;

/// <summary>An exemption cited in a reply, normalised (<c>foia:s31</c>, <c>foisa:s35</c>, <c>eir:r12</c>), with its evidence span.</summary>
/// <param name="Start">Index of the first character of the citation in the text.</param>
/// <param name="End">Index just past its last character.</param>
public sealed record ExemptionCitation(string Code, int Start, int End, string Text);
