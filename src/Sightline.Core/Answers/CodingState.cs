using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

/// <summary>What the coder has read so far in one reply, with the unit behind each finding.</summary>
internal sealed class CodingState(Reply reply)
{
    public Reply Reply { get; } = reply;

    public Dictionary<string, List<(string Stance, ReplyUnit Unit, double Confidence)>> Stances { get; } = new(StringComparer.Ordinal)
    {
        ["hikvision"] = [],
        ["dahua"] = [],
        ["other_chinese"] = [],
    };

    public ReplyUnit? NoCctv { get; set; }

    /// <summary>The reply names some makes but says they are not all ("the majority are Hikvision").</summary>
    public bool IncompleteList { get; set; }

    /// <summary>The reply says its list of makes is the whole estate ("all", "the only", an asset list).</summary>
    public ReplyUnit? CompleteEstate { get; private set; }

    /// <summary>The reply says so in so many words ("no other make", "the only CCTV"), which holds even in a partial answer.</summary>
    public ReplyUnit? WholeEstate { get; private set; }

    /// <summary>Some sentence says in words that its makes are the whole estate ("all", "only", "no other", the rest named,
    /// an asset list), not only one make for the system ("the Agency's CCTV is made by Hikvision").</summary>
    public bool EstateInWords { get; private set; }

    /// <summary>A unit says its list of makes is the whole estate; <paramref name="inWords"/> when it says so in words rather
    /// than by giving one make for the system.</summary>
    public void ClaimComplete(ReplyUnit unit, bool inWords)
    {
        CompleteEstate ??= unit;
        EstateInWords |= inWords;
    }

    /// <summary>A unit says in so many words what the whole estate is (<see cref="WholeEstate"/>).</summary>
    public void ClaimWhole(ReplyUnit unit, bool inWords)
    {
        WholeEstate ??= unit;
        EstateInWords |= inWords;
    }

    /// <summary>Units that name a make or a model (any device mention).</summary>
    public HashSet<ReplyUnit> NamingMakes { get; } = [];

    /// <summary>A maker introducing a list of sites with counts.</summary>
    public (string Maker, ReplyUnit Header)? ListMaker { get; set; }

    public ReplyUnit? OtherBrands { get; set; }

    /// <summary>The reply is a review that overturns the first answer: what was relied on then is not relied on now.</summary>
    public bool OverturnedReview { get; set; }

    /// <summary>A Chinese maker is said to be used at named places only ("Hikvision cameras at the Town Hall").</summary>
    public ReplyUnit? ScopedYes { get; set; }

    /// <summary>Some equipment is said not to be Hikvision or Dahua without naming its make ("a separate ANPR system (not
    /// Hikvision or Dahua)"): its maker stays open.</summary>
    public ReplyUnit? UnnamedMake { get; set; }

    /// <summary>The makers the equipment of unnamed make is said not to be ("these cameras are not manufactured by Hikvision or
    /// Dahua"): for those makers it leaves nothing open.</summary>
    public HashSet<string> UnnamedMakeIsNot { get; } = new(StringComparer.Ordinal);

    /// <summary>Other makes are said to be used but not named ("equipment from other manufacturers"): the estate stays open
    /// unless the reply names them elsewhere.</summary>
    public ReplyUnit? OtherMakesUnnamed { get; set; }

    /// <summary>The makes of some of the equipment are not held ("we hold no information about the manufacturers of the
    /// landlord's systems").</summary>
    public ReplyUnit? MakesNotHeld { get; set; }

    public Dictionary<Capability, ReplyUnit> Has { get; } = [];

    public Dictionary<Capability, ReplyUnit> InUse { get; } = [];

    public Dictionary<string, ReplyUnit> Models { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ReplyUnit> Exemptions { get; } = new(StringComparer.Ordinal);

    public HashSet<(int Document, int Unit, int Mention)> CountedMentions { get; } = [];

    /// <summary>Makers whose devices a row of their own sums up ("Hikvision | 58 | 6"): rows per site or model are not added.</summary>
    public HashSet<string> SummaryMakers { get; } = new(StringComparer.Ordinal);

    /// <summary>Devices counted after a maker's name in a sentence that gave no number next to it ("Hikvision CCTV: 12 cameras
    /// and one recorder"): kept only if no mention of that maker in the sentence carries its own number.</summary>
    public Dictionary<(int Document, int Start, string Maker), (int Count, ReplyUnit Unit, bool Total)> TrailingCounts { get; } = [];

    public Dictionary<string, List<(int Count, ReplyUnit Unit, bool FromTable, bool Total)>> Counts { get; } = new(StringComparer.Ordinal)
    {
        ["hikvision"] = [],
        ["dahua"] = [],
    };

#pragma warning disable CA1051 // signals are set by reference from the coder's one loop
    public ReplyUnit? DeliveryFailure;
    public ReplyUnit? AutoReply;
    public ReplyUnit? Acknowledgement;
    public ReplyUnit? Clarification;
    public ReplyUnit? Fees;
    public ReplyUnit? StrongFees;
    public ReplyUnit? DeviceTotal;
    public ReplyUnit? Review;
    public ReplyUnit? InternalReview;
    public ReplyUnit? Ncnd;
    public ReplyUnit? NotHeld;
    public ReplyUnit? Cost;
    public ReplyUnit? Vexatious;
    public ReplyUnit? Withholding;
#pragma warning restore CA1051

    public void AddStance(string maker, string stance, ReplyUnit unit, double confidence) => Stances[maker].Add((stance, unit, confidence));

    public void AddCapability(Capability capability, bool inUse, ReplyUnit unit)
    {
        Has.TryAdd(capability, unit);
        if (inUse)
        {
            InUse.TryAdd(capability, unit);
        }
    }

    public void AddCount(string maker, int count, ReplyUnit unit, bool fromTable, bool total) => Counts[maker].Add((count, unit, fromTable, total));

    public bool HasInformation =>
        Stances.Values.Any(s => s.Count > 0) || NoCctv is not null || OtherBrands is not null || Has.Count > 0 || Models.Count > 0;
}
