namespace Sightline.Core.Bodies;

/// <summary>The access-to-information law a request is made under.</summary>
public enum FoiLaw
{
    /// <summary>Freedom of Information Act 2000 (England, Wales, Northern Ireland and UK-wide bodies).</summary>
    Foia,

    /// <summary>Freedom of Information (Scotland) Act 2002 (Scottish public authorities).</summary>
    Foisa,

    /// <summary>Environmental Information Regulations 2004.</summary>
    Eir,

    /// <summary>Environmental Information (Scotland) Regulations 2004.</summary>
    Eisr,
}
