using System.Text.RegularExpressions;
using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

/// <summary>Proposes the codes of one reply — what kind of message it is, the outcome, Hikvision / Dahua / other Chinese use,
/// exemptions, capabilities, counts and models — each with the sentence that justifies it.</summary>
/// <remarks>Rules, not a trained model: every decision can be traced to a phrase a reviewer can see. Quoted history and the
/// request restated in the reply are read as context only; negation ("we do not use"), past use ("removed in 2021"),
/// future-only statements, hedges, relabelled brands and non-Chinese-only estates are handled per clause. No maker is coded
/// <c>yes</c> without a quoted sentence naming it. Thread-safe.</remarks>
public sealed partial class AnswerCoder(IDeviceTextScanner scanner)
{
    /// <summary>Codes a reply; never throws for odd content (an empty or unreadable reply is <c>other</c>).</summary>
    public AnswerCoding Code(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        try
        {
            var state = new CodingState(reply);
            List<ReplyUnit> units = ReplySegmenter.Split(reply);
            ReadMakers(units, state);
            ReadCapabilities(units, state);
            FinishCounts(units, state);
            ReadExemptions(reply, state);
            ReadSignals(units, state);
            return Decide(reply, units, state);
        }
        catch (Exception e) when (e is RegexMatchTimeoutException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            // Hostile or pathological text (every pattern has a time-out), or a fault in one rule: one reply must not stop a
            // batch. The reply is left for a person, with the reason.
            var evidence = new CodingEvidence("kind", "other", $"not coded automatically: {e.GetType().Name}", reply.Name, 0, 0, null, null, null);
            return new AnswerCoding("other", "none", ReplyCodes.Unknown, ReplyCodes.Unknown, ReplyCodes.Unknown, [], [], [], null, null, [], [evidence], 0.0);
        }
    }

    private void ReadMakers(List<ReplyUnit> units, CodingState state)
    {
        IReadOnlyList<string>? questionMakers = null;
        ReplyUnit? previous = null;
        bool lastWasFirstNumber = false; // "1." split from its answer "No" by the sentence splitter
        HashSet<ReplyUnit> headerRows = HeaderRows(units);
        HashSet<ReplyUnit> makerTitles = MakerTitles(units);
        foreach (ReplyUnit unit in units)
        {
            IReadOnlyList<DeviceMention> mentions = scanner.Scan(unit.Text);
            if (mentions.Count > 0)
            {
                state.NamingMakes.Add(unit);
            }

            if (unit.IsQuestion)
            {
                // "Do you use Hikvision or Dahua?" — the next short answer ("No.") is about these makers.
                List<string> asked = [.. mentions.Where(m => m.Maker is not null && m.MakerIsChinese && m.Relation is BrandRelation.Own).Select(m => Group(m.Maker!)).Distinct(StringComparer.Ordinal)];
                questionMakers = asked.Count > 0 ? asked : questionMakers;
                continue;
            }

            // "… operates no CCTV at all, and therefore uses no Hikvision or Dahua": the makers named are denied too.
            if (AnswerCues.NoCctv().Match(unit.Text) is { Success: true } noCctv
                && (!mentions.Any(m => m.MakerIsChinese) || NoneAtAll().IsMatch(unit.Text.AsSpan(noCctv.Index + noCctv.Length)))
                && !AnswerCues.OperatedByOthers().IsMatch(unit.Text))
            {
                state.NoCctv ??= unit;
            }

            ReadListCount(unit, mentions, state);
            // "1. No" in a reply that does not restate the request answers the campaign's first question, about both makers.
            Match firstAnswer = questionMakers is null ? AnswerToFirstQuestion().Match(unit.Text) : Match.Empty;
            bool afterFirstNumber = questionMakers is null && lastWasFirstNumber;
            IReadOnlyList<string>? askedMakers = questionMakers ?? (firstAnswer.Success || afterFirstNumber ? CampaignMakers : null);
            Match bareNumber = BareNumber().Match(unit.Text);
            lastWasFirstNumber = bareNumber.Success && bareNumber.Groups["n"].ValueSpan.SequenceEqual("1");
            if (askedMakers is not null && AnswerCues.ShortAnswer().Match(firstAnswer.Success ? unit.Text[firstAnswer.Length..] : unit.Text) is { Success: true } shortAnswer)
            {
                string word = shortAnswer.Groups["word"].Value.ToLowerInvariant();
                bool negative = word is "no" or "none" or "nil" or "n/a" or "na" or "not applicable" || word.Contains("not", StringComparison.Ordinal) || word.Contains("n't", StringComparison.Ordinal);
                bool namesMaker = mentions.Any(m => m.Maker is not null);
                if (negative && !namesMaker)
                {
                    foreach (string maker in askedMakers)
                    {
                        state.AddStance(maker, ReplyCodes.No, unit, 0.85);
                    }

                }
                else if (!negative && !namesMaker && askedMakers.Count == 1)
                {
                    state.AddStance(askedMakers[0], ReplyCodes.Yes, unit, 0.8);
                }
            }

            questionMakers = null; // a short answer ("No.") answers only the question just before it
            if (previous is not null && !unit.IsRow && RemovedSince().IsMatch(unit.Text) && !AnswerCues.PendingReplacement().IsMatch(unit.Text))
            {
                // "Until then the car park cameras were Hikvision. These have now all been replaced with Hanwha." The next sentence
                // says of the equipment just named that it is gone.
                foreach (List<(string Stance, ReplyUnit Unit, double Confidence)> stances in state.Stances.Values)
                {
                    if (stances.RemoveAll(x => x.Unit == previous && x.Stance == ReplyCodes.Yes) > 0)
                    {
                        stances.Add((ReplyCodes.No, unit, 0.8));
                    }
                }
            }

            previous = unit.IsRow ? null : unit;
            if (AnswerCues.NoOtherChinese().IsMatch(unit.Text))
            {
                state.AddStance("other_chinese", ReplyCodes.No, unit, 0.85); // "no equipment from any other Chinese manufacturer"
            }

            if (unit.Text.Contains("chin", StringComparison.OrdinalIgnoreCase) && AnswerCues.NoChinese().Match(unit.Text) is { Success: true } noChinese)
            {
                state.AddStance("other_chinese", ReplyCodes.No, unit, 0.85); // "none of our CCTV is Chinese-made"
                if (!noChinese.Value.Contains("other ", StringComparison.OrdinalIgnoreCase) && !mentions.Any(m => m.MakerIsChinese))
                {
                    state.AddStance("hikvision", ReplyCodes.No, unit, 0.8);
                    state.AddStance("dahua", ReplyCodes.No, unit, 0.8);
                }
            }

            // "Our CCTV is not supplied by either company", "We have no products from those companies": the makers the
            // request named, denied without being named again.
            if (!mentions.Any(m => m.MakerIsChinese) && AnswerCues.MakersReferredTo().Match(unit.Text) is { Success: true } referred
                && AnswerCues.Negation().IsMatch(Clause(unit.Text, referred.Index, referred.Index + referred.Length)))
            {
                foreach (string maker in CampaignMakers)
                {
                    state.AddStance(maker, ReplyCodes.No, unit, 0.8);
                }
            }

            // "The force also operates ANPR cameras as part of the National ANPR Service": equipment whose make is not given.
            Match isNot = AnswerCues.UnnamedMake().Match(unit.Text);
            if ((isNot.Success || NationalAnpr().IsMatch(unit.Text) || (mentions.Count == 0 && !unit.IsRow && AlsoCameras().IsMatch(unit.Text)))
                && !mentions.Any(m => m.Maker is not null && !m.MakerIsChinese))
            {
                state.UnnamedMake ??= unit;
                state.UnnamedMakeIsNot.UnionWith(CampaignMakers.Where(m => isNot.Value.Contains(m, StringComparison.OrdinalIgnoreCase)));
            }

            // "Custody suites use equipment from other manufacturers, which we have not listed": makes used but not named.
            // "The Office's other CCTV equipment is not included in this sheet": the list leaves out the rest, whose makes are not given.
            if ((!mentions.Any(m => m.Maker is not null && !m.MakerIsChinese) && AnswerCues.OtherMakersUnnamed().IsMatch(unit.Text) && !AnswerCues.Negation().IsMatch(unit.Text))
                || (!unit.IsQuestion && OthersLeftOut().IsMatch(unit.Text)))
            {
                state.OtherMakesUnnamed ??= unit;
            }

            if (mentions.Count > 0 && AnswerCues.NeverAcquired().IsMatch(unit.Text)
                && !mentions.Where(m => m.Maker is not null).All(m => NeverBoughtObject().IsMatch(unit.Text.AsSpan(0, m.Start))))
            {
                continue; // "a supplier offered Sunell cameras, but we decided not to proceed": not the body's equipment
            }

            foreach (DeviceMention mention in mentions)
            {
                if (mention.Maker is null || (mention.Relation is BrandRelation.OemReported && mention.Model is null))
                {
                    if (!unit.IsRow && IsWholeClaim(Completeness(), Clause(unit.Text, mention.Start, mention.End)) && !AnswerCues.Negation().IsMatch(unit.Text))
                    {
                        state.ClaimComplete(unit, InWords().IsMatch(unit.Text)); // "Our CCTV cameras are Annke branded": the whole estate, whoever made it
                    }

                    continue; // Swann, or a brand that only sometimes relabels: it does not decide the maker alone.
                }

                if (mention.Model is not null && ReferenceBefore().IsMatch(unit.Text.AsSpan(0, mention.Start)))
                {
                    continue; // "FOI TCC-5521", "Our ref: TC-2231": a reference number shaped like a model
                }

                if (!unit.IsRow && (makerTitles.Contains(unit) || IsLabel(unit.Text, mention, mentions) || IsTopicTitle(unit.Text)))
                {
                    continue; // "1. Hikvision and Dahua equipment", or "Dahua – the Board has no Dahua equipment": the rest decides
                }

                // A workbook's title cell ("FOI LNPP/2024/19 - Hikvision and Dahua equipment") or a table's header row
                // ("Location | Hikvision cameras | Dahua devices"): the rows under it decide.
                if (unit.IsRow && (headerRows.Contains(unit) || (!unit.Text.Contains(" | ", StringComparison.Ordinal) && (IsTopicTitle(unit.Text) || ListedBelow().IsMatch(unit.Text)))))
                {
                    continue;
                }

                // The words of the unit that speak of this mention: its clause in prose, the whole row in a table. Cut once.
                string clause = unit.IsRow ? unit.Text : Clause(unit.Text, mention.Start, mention.End);
                string stance;
                double confidence;
                if (unit.IsRow)
                {
                    stance = RowStance(unit.Text, mention.Start, mention.End, out confidence);
                }
                else
                {
                    int at = clause.IndexOf(mention.Text, StringComparison.Ordinal);
                    if (InstalledRelative().IsMatch(unit.Text.AsSpan(mention.End)))
                    {
                        // "the concerns raised about Hikvision equipment, which the Council, like many others, has installed at
                        // its buildings": said in passing, but said of the body's own estate.
                        (stance, confidence) = (ReplyCodes.Yes, 0.8);
                    }
                    else if ((at > 0 && Undecided().IsMatch(clause[..at])) || AnswerCues.Ncnd().IsMatch(clause))
                    {
                        (stance, confidence) = (ReplyCodes.Unknown, 0.4); // "will neither confirm nor deny whether it holds Dahua equipment"
                    }
                    else if (at > 0 && NotHeldFor().IsMatch(clause[..at]) && AnswerCues.Negation().IsMatch(clause[..at]))
                    {
                        (stance, confidence) = (ReplyCodes.Unknown, 0.4); // "we don't hold model numbers for the Dahua system": not a denial
                    }
                    else if (at > 0 && ReplacedWith().IsMatch(clause[..at]) && !AnswerCues.Negation().IsMatch(clause[..at][Math.Max(0, at - 12)..]))
                    {
                        (stance, confidence) = (ReplyCodes.Yes, 0.85);
                    }
                    else
                    {
                        stance = Stance(clause, unit.Text, out confidence);
                    }

                    // "We had Uniview cameras at the unit but these were all removed in 2020": the next clause says it is gone.
                    int clauseEnd = unit.Text.IndexOf(clause, StringComparison.Ordinal) + clause.Length;
                    if (stance == ReplyCodes.Yes && clauseEnd > 0 && clauseEnd < unit.Text.Length
                        && (RemovedSince().IsMatch(ClauseLead().Replace(unit.Text[clauseEnd..], "", 1)) || AnswerCues.LaterRemoved().IsMatch(unit.Text[clauseEnd..]))
                        && !AnswerCues.PendingReplacement().IsMatch(unit.Text[clauseEnd..]))
                    {
                        (stance, confidence) = (ReplyCodes.No, 0.8);
                    }
                }

                if (stance == ReplyCodes.Unknown)
                {
                    continue;
                }

                if (stance == ReplyCodes.Yes && ZeroCount().IsMatch(unit.Text[mention.End..]))
                {
                    stance = ReplyCodes.No; // "Dahua: 0"
                }

                if (stance == ReplyCodes.Yes && ((!unit.IsRow && (InDisjunction(unit.Text, mention, mentions) || InQuotedRequest(unit.Text, mention.Start)
                    || ListedBelow().IsMatch(unit.Text) || InReferenceTitle(unit.Text, mention) || IsWelsh(clause)))
                    || InTradeCredential(unit.Text, mention)))
                {
                    // "CCTV manufactured by Hikvision or Dahua" (alternatives), 'Your request ("Hikvision and Dahua CCTV")' (the request's
                    // words), "The Hikvision and Dahua equipment is listed below" (a pointer): none says the body uses either maker. Nor
                    // does the Welsh half of a bilingual line, whose negation the coder cannot read ("ni chaniateir cysylltu dyfeisiau gan
                    // Hikvision …" beside "devices from Hikvision … must not be connected"): the English half decides.
                    continue;
                }

                if (!mention.MakerIsChinese)
                {
                    if (stance == ReplyCodes.Yes)
                    {
                        state.OtherBrands ??= unit;
                        if (!unit.IsRow && mentions.Any(m => m.MakerIsChinese) && AnswerCues.IncompleteList().IsMatch(unit.Text) && OurEquipment().IsMatch(unit.Text))
                        {
                            state.ClaimWhole(unit, inWords: true); // "Our cameras are mostly Hikvision, a few being IDIS": the rest is named too
                        }
                        else if (!unit.IsRow && (AnswerCues.IncompleteList().IsMatch(clause) || AnswerCues.SomeMakesNamed().IsMatch(unit.Text)))
                        {
                            state.IncompleteList = true; // "the majority of our cameras are Bosch", "a mix of makes, including Axis": the rest is not named
                        }

                        if (unit.IsRow || IsWholeClaim(Completeness(), unit.Text))
                        {
                            state.ClaimComplete(unit, inWords: true);
                        }

                        // The parts listed in brackets say what "everything else" is made of; they do not scope it to one site. Not "CCTV
                        // in the Council's other buildings is a mix of makes, including Axis and Hanwha": examples of the rest.
                        if (!unit.IsRow && !MixOfMakes().IsMatch(unit.Text) && IsWholeClaim(RestOfEstate(), unit.Text.Contains('(', StringComparison.Ordinal) ? BracketedAside().Replace(unit.Text, string.Empty) : unit.Text))
                        {
                            state.ClaimWhole(unit, inWords: true); // "The remaining 61 cameras on our estate are all Axis", "Our other cameras are Bosch", "Everything else (…) is Bosch"
                        }
                    }

                    continue;
                }

                state.AddStance(Group(mention.Maker), stance, unit, confidence);
                if (stance == ReplyCodes.Yes && mention.Model is { } model)
                {
                    state.Models.TryAdd(model, unit);
                }

                if (stance == ReplyCodes.Yes && mention.Model is null && AnswerCues.IncompleteList().IsMatch(clause)
                    && !OfTheMakersOwn().IsMatch(unit.Text.AsSpan(0, mention.Start)))
                {
                    state.IncompleteList = true; // not "Some of the Dahua cameras came with people counting": part of that maker's own cameras
                }

                // Not "The only Hikvision equipment remaining is at the training centre": what is left of one maker's equipment.
                if (stance == ReplyCodes.Yes && (unit.IsRow || (IsWholeClaim(Completeness(), clause) && !OneMakersRemainder().IsMatch(clause))))
                {
                    // "all our cameras are …", "the only CCTV …", an asset list
                    state.ClaimComplete(unit, unit.IsRow || InWords().IsMatch(clause));
                }

                bool firstYes = !state.Stances[Group(mention.Maker)].Any(s => s.Stance == ReplyCodes.Yes && s.Unit != unit);
                if (stance == ReplyCodes.Yes && firstYes && !unit.IsRow && IsScopedStatement(unit.Text, mention))
                {
                    state.ScopedYes ??= unit; // "Hikvision cameras at the Town Hall and the Museum": the rest is not said
                }

                if (stance == ReplyCodes.Yes && Group(mention.Maker) is "hikvision" or "dahua")
                {
                    ReadCount(unit, mention, Group(mention.Maker), state);
                    if (unit.Text.TrimEnd().EndsWith(':') || unit.Text.EndsWith("as follows", StringComparison.OrdinalIgnoreCase))
                    {
                        state.ListMaker = (Group(mention.Maker), unit);
                    }
                }
            }

            foreach (DeviceMention mention in mentions.Where(m => m.Model is not null && m.MakerIsChinese))
            {
                state.Models.TryAdd(mention.Model!, unit);
            }

        }
    }

    private static readonly string[] CampaignMakers = ["hikvision", "dahua"];

    // "… any CCTV at all", "… any CCTV cameras or recorders, so we have no Hikvision or Dahua equipment".
    [GeneratedRegex(@"^\s*(?:at all|whatsoever|of (?:its|our|their) own)\b|^(?:\s+(?:cameras?|or|and|recorders?|recording|systems?|equipment|devices?))*\s*,?\s*(?:and\s+)?(?:so|therefore|consequently|hence|which means)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoneAtAll();

    /// <summary>A maker said of one part of the estate: "Hikvision cameras at the Town Hall", "the public space CCTV network is
    /// Hikvision", "the force's custody suites use Dahua".</summary>
    private static bool IsScopedStatement(string sentence, DeviceMention mention)
    {
        // "The cameras at its two hospitals are all Hikvision", "Everything is Dahua apart from four cameras in the car park":
        // the places are all of the estate.
        string clause = Clause(sentence, mention.Start, mention.End);
        return AnswerCues.PartOfEstate().IsMatch(clause) || (AnswerCues.AtPlaces().IsMatch(sentence) && !IsWholeClaim(Completeness(), clause));
    }

    // What follows a maker to say the body installed it: "…, which the Council, like many authorities, has installed".
    [GeneratedRegex(@"^\s*(?:(?:cctv |video )?(?:equipment|cameras?|recorders?|devices?|products?|systems?)\s*)?,?\s*(?:which|that)\s+(?:the \w+|we|it|our \w+)\s*(?:,[^,.;]{0,60},\s*)?(?:has|have|had)\s+(?:\w+\s+)?(?:installed|fitted|deployed|bought|purchased)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InstalledRelative();

    // Information about the maker's equipment not held, just before the maker: "we don't hold model numbers for the … Dahua".
    [GeneratedRegex(@"\b(?:hold|have|keep|know|record|retain)\b[^.;]{0,30}?\b(?:model numbers?|models|serial numbers|quantities|numbers|figures|breakdown|locations)\s+(?:for|of|on)\s+(?:the |our |its |any )?(?:[\w-]+ ){0,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotHeldFor();

    // A gap offered to be filled: "… if you really need them", "… if you would like it".
    [GeneratedRegex(@"\bif you (?:really |do |still )?(?:need|want|require|would like)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfferToProvide();

    // What precedes a reference number: "FOI ", "Ref: ", "our reference ", "Case no. ".
    [GeneratedRegex(@"\b(?:foi|foisa|eir|rfi|ref|reference|case|request|ticket|our ref|your ref)\b\.?\s*(?:no\.?|number|id)?\s*[:#/]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(@"^\W*(?:(?:but|however|and|although|though|whereas|yet)\b\W*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseLead();

    [GeneratedRegex(@"\b(?:our|the|its|their) (?:\w+ )?(?:cameras|cctv|equipment|systems?|recorders)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OurEquipment();

    /// <summary>Table header rows: label cells only (no digits, no "key: value"), whose first label starts the next row as its
    /// key ("Location | Hikvision cameras" above "Location: Port HQ | Hikvision cameras: 14").</summary>
    private static HashSet<ReplyUnit> HeaderRows(List<ReplyUnit> units)
    {
        var headers = new HashSet<ReplyUnit>();
        for (int i = 0; i + 1 < units.Count; i++)
        {
            ReplyUnit unit = units[i];
            int bar = unit.Text.IndexOf(" | ", StringComparison.Ordinal);
            if (unit.IsRow && bar > 0 && units[i + 1].IsRow && !unit.Text.Contains(':', StringComparison.Ordinal) && !unit.Text.Any(char.IsAsciiDigit)
                && units[i + 1].Text.StartsWith(string.Concat(unit.Text.AsSpan(0, bar).Trim(), ":"), StringComparison.OrdinalIgnoreCase))
            {
                headers.Add(unit);
            }
        }

        return headers;
    }

    /// <summary>Units that title what follows rather than say anything: the request's two makers as a heading ("1. Hikvision and
    /// Dahua equipment"), or one maker's name on a line of its own over text that goes on to speak of it ("Dahua" over "No Dahua
    /// equipment is recorded …"). The text under them decides. Each unit is tested once, not once for each mention in it.</summary>
    private static HashSet<ReplyUnit> MakerTitles(List<ReplyUnit> units)
    {
        HashSet<ReplyUnit> titles = [];
        for (int i = 0; i < units.Count; i++)
        {
            string text = units[i].Text;
            if (!units[i].IsRow && (MakerHeading().IsMatch(text)
                || (i + 1 < units.Count && SingleMakerTitle().Match(text) is { Success: true } title
                    && units[i + 1].Text.Contains(title.Groups["maker"].Value, StringComparison.OrdinalIgnoreCase))))
            {
                titles.Add(units[i]);
            }
        }

        return titles;
    }

    [GeneratedRegex(@"^\W*(?:(?:Q|question\s*)?\d{1,2}[.):]?\s*)?(?<maker>hikvision|dahua)(?:\s+(?:equipment|cameras?|products?|devices?|cctv|systems?))?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SingleMakerTitle();

    /// <summary>"FOI 24/1873 - Hikvision and Dahua CCTV", "Re: Hikvision/Dahua cameras": both makers joined as the request's
    /// topic, with no verb saying anything is used.</summary>
    private static bool IsTopicTitle(string text)
    {
        if (SheetTitle().IsMatch(text))
        {
            return true; // "Sheet: Note on Dahua": a workbook's sheet name
        }

        if (text.Length < 160 && !text.TrimEnd().EndsWith('.') && ReferenceTitle().IsMatch(text) && MakerPair().IsMatch(text))
        {
            return true; // "Internal review – FOI 23-0877 (CCTV equipment made by Hikvision and Dahua)": a heading, not a sentence
        }

        string rest = MakerPair().Replace(text, " "); // a match is always longer than its one-space replacement
        return rest.Length < text.Length && !UseVerb().IsMatch(rest);
    }

    [GeneratedRegex(@"\b(?:foi|foisa|eir|rfi|ref(?:erence)?|internal review)\b[^.?!]{0,30}?\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceTitle();

    [GeneratedRegex(@"\b(?:hikvision|dahua)\s*(?:and|or|&|/|,)\s*(?:hikvision|dahua)\b(?:\s+(?:cctv|cameras?|equipment|products?|devices?|systems?|recorders?|and recorders|surveillance))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakerPair();

    [GeneratedRegex(@"\b(?:use[sd]?(?! of\b)|using|utilis\w+|have|has|had|operates?|operated|operating|owns?|owned|install\w*|deploy\w*|are|is|were|was|be|been|being|comprises?|includes?|including|supplied|manufactured|made|fitted|runs?|holds?|held|no|not|none|neither|nor|yes|confirm\w*|found|identified|there)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UseVerb();

    // A list number on its own ("1.", "Q2 -"); the number is captured so that "1." can be told from the rest.
    [GeneratedRegex(@"^\W*(?:(?:q|question|answer|a)\s*)?(?<n>\d{1,2})\s*[.):\-–—]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareNumber();

    // "We have never bought Dahua": the maker is what was never bought, so a denial (not equipment offered and turned down).
    [GeneratedRegex(@"\b(?:have|has|had|we|i)\s+never\s+(?:ever\s+)?(?:bought|purchased|installed|procured|used|had|owned|fitted|deployed)\s+(?:any\s+)?(?:\w+\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeverBoughtObject();

    // "1. No", "Q1 - None", "Question 1: No": the answer to the campaign's first question (whether Hikvision or Dahua is used).
    [GeneratedRegex(@"^\W*(?:(?:q|question|answer|a)\s*)?1\s*[.):\-–—]\s*(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerToFirstQuestion();

    /// <summary>A maker named as the label of a line whose own words name it again.</summary>
    private static bool IsLabel(string text, DeviceMention mention, IReadOnlyList<DeviceMention> mentions) =>
        LabelPrefix().IsMatch(text.AsSpan(0, mention.Start))
        && LabelSeparator().IsMatch(text.AsSpan(mention.End))
        && mentions.Any(m => m.Start > mention.End && m.Maker is not null && Group(m.Maker) == Group(mention.Maker!));

    [GeneratedRegex(@"^\W*(?:(?:Q|question\s*)?\d{1,2}[.):]?\s*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelPrefix();

    [GeneratedRegex(@"^\s*(?:[-–—:]|\s-\s)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelSeparator();

    [GeneratedRegex(@"^\W*(?:(?:Q|question\s*)?\d{1,2}[.):]?\s*)?(?:hikvision|dahua)\s*(?:and|or|&|/|,)\s*(?:hikvision|dahua)(?:\s+(?:equipment|cameras?|products?|devices?|cctv|systems?|use))?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakerHeading();

    /// <summary>A maker in a table row: its own cell decides, unless the row says the equipment is not used or was removed.</summary>
    private static string RowStance(string row, int start, int end, out double confidence)
    {
        confidence = 0.85;
        int cellStart = row.LastIndexOf(" | ", Math.Max(0, start - 1), StringComparison.Ordinal);
        int cellEnd = row.IndexOf(" | ", end, StringComparison.Ordinal);
        string cell = row[(cellStart < 0 ? 0 : cellStart + 3)..(cellEnd < 0 ? row.Length : cellEnd)];
        (_, string value) = SplitCell(cell);
        if (value.TrimEnd().EndsWith('?'))
        {
            confidence = 0.4;
            return ReplyCodes.Unknown; // "Question: 1. Hikvision or Dahua?": the request in a cell
        }

        // A cell of prose ("Yes – Hikvision at two schools. No Dahua.") is read clause by clause.
        int inValue = value.IndexOf(row[start..end], StringComparison.Ordinal);
        string stance = value.Length > 40 && inValue >= 0
            ? Stance(Clause(value, inValue, inValue + (end - start)), value, out confidence)
            : Stance(value, value, out confidence);
        if (stance != ReplyCodes.Yes)
        {
            return stance;
        }

        List<(string Heading, string Value)> cells = [.. row.Split(" | ").Select(SplitCell)];

        // "Manufacturer: Dahua | Cameras: 0 | Recorders: 0": a maker listed with nothing.
        var numbers = cells.Select(c => c.Value).Where(v => v.Length > 0 && v.All(char.IsAsciiDigit)).ToList();
        if (numbers.Count > 0 && numbers.All(v => v.All(c => c == '0')))
        {
            return ReplyCodes.No;
        }

        // An "In use" column beside capability columns is about the capabilities, not the equipment.
        bool capabilityColumns = cells.Any(c => c.Heading.Length > 0 && (CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(c.Heading)) || AnalyticsHeading().IsMatch(c.Heading)));

        // "Location: Dahua | Manufacturer: None held": the maker labels a row whose every other cell says there is none.
        string written = row[start..end];
        var rest = cells.Where(c => c.Value.Length > 0 && !c.Value.Contains(written, StringComparison.OrdinalIgnoreCase) && !StatusHeading().IsMatch(c.Heading)).ToList();
        if (!capabilityColumns && rest.Count > 0 && rest.All(c => NoneCell().IsMatch(c.Value)) && rest.Any(c => !c.Value.Trim().Equals("n/a", StringComparison.OrdinalIgnoreCase)))
        {
            return ReplyCodes.No;
        }
        foreach ((string heading, string otherValue) in cells)
        {
            if (heading.Length > 0 && !capabilityColumns && UseHeading().IsMatch(heading) && !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(heading)))
            {
                if (No(otherValue) || AnswerCues.Past().IsMatch(otherValue))
                {
                    return ReplyCodes.No;
                }
            }
            else if (heading.Length > 0 && StatusHeading().IsMatch(heading) && (AnswerCues.Past().IsMatch(otherValue) || No(otherValue)))
            {
                return ReplyCodes.No;
            }
            else if (heading.Length > 0 && !capabilityColumns && AnswerColumn().IsMatch(heading) && No(otherValue))
            {
                return ReplyCodes.No; // "Make: Dahua | Answer to Q1: No"
            }
        }

        return ReplyCodes.Yes;
    }

    [GeneratedRegex(@"\b(?:in use|used|installed|present|operational|current(?:ly)?|in service|active|live)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UseHeading();

    [GeneratedRegex(@"^\s*(?:none(?: (?:held|in use|installed|found|known|used))?|nil|zero|0|n/?a|[-–—]+|not (?:held|used|installed|in use))\s*\.?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoneCell();

    [GeneratedRegex(@"\b(?:analytics?|capabilit\w+|functions?|functionality|features?|smart)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnalyticsHeading();

    [GeneratedRegex(@"\b(?:status|notes?|comments?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatusHeading();

    // A column that answers the request's question for the row: "Answer to Q1", "Response", "Yes/No", "Used?".
    [GeneratedRegex(@"\b(?:answer|response|reply|y/n|yes/no)\b|\?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerColumn();

    // "replaced with Axis", "upgraded to Hikvision in 2020": what follows is the current equipment.
    [GeneratedRegex(@"\b(?:replaced|upgraded|swapped|changed|migrated|switched|moved)\b(?:\s+\S+){0,4}?\s+(?:with|by|to|for)\s+(?:\S+\s+){0,2}$|\b(?:is|are) now\s+(?:\S+\s+){0,3}$|\bnow (?:uses?|using|has|have|operates?)\s+(?:\S+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReplacedWith();

    [GeneratedRegex(@"\b(?:do|does|did)(?: not|n't) (?:currently )?(?:use|have|operate|own)\b|\bno (?:hikvision|dahua)\b|\bnone of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrentNegation();

    // "all", "only", "entirely", "no other": words that say a list is the whole estate. Without them, "the College's CCTV system is
    // TruVision" gives one make for the system, which beside a denial of the other maker answers the two makers one by one.
    private const string EstateWords = @"\b(?:all|everything|only(?!\s*(?:[.;,]|$)|\s+(?:at|in|on|for|when|during|within|where|if|to|from)\b)|entire|entirely|whole|throughout|every|no other|exclusively|solely|the rest|remainder|remaining|sole|single system)\b";

    [GeneratedRegex(EstateWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InWords();

    [GeneratedRegex(EstateWords + @"|\b(?:the|our|its|their)\s+(?:\w+'s\s+)?(?:(?:current|main|entire|whole|existing|new)\s+)?(?:cctv|cameras|camera system|cctv system|system|systems|equipment)\b(?:\s+[\w,]+){0,10}?\s+(?:is|are|uses?|consists?|comprises?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Completeness();

    [GeneratedRegex(@"^\W*(?:[\w-]+\s+){0,4}?(?:is|are|was|were|has|have)\s+(?:not|never|no)\b|^\W*(?:[\w-]+\s+){0,4}?(?:isn't|aren't|wasn't|weren't)\b|^\W*(?:[\w-]+\s+){0,2}?(?:capabilit\w+|functions?|features?)?\s*(?:[:–-]\s*)?(?:no|none|n/a|nil)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAvailable();

    [GeneratedRegex(@"^\W*(?:this|these|they|it|which|the (?:function|feature|functionality|capability|analytics?|alarms?|detection)s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Anaphor();

    // A capability named first on a list line, then what is said of it: "Face detection - capable - not enabled".
    [GeneratedRegex(@"^\W*[A-Za-z][\w /()-]{2,60}?\s*(?:\s[-–—]\s|:\s)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListedCapability();

    [GeneratedRegex(@"\b(?:some|most|several|a number|the majority|certain|a few) of (?:its|our|the|their|these|those)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfTheMakersOwn();

    /// <summary>"The school has 22 cameras, 18 of them are Dahua and 4 are older Axis units": parts that add up to the total
    /// stated give the whole estate.</summary>
    private static bool PartsAddUp(string text)
    {
        Match split = SplitTotal().Match(text);
        if (!split.Success)
        {
            return false;
        }

        int total = int.Parse(split.Groups["total"].Value, System.Globalization.CultureInfo.InvariantCulture);
        int parts = split.Groups["part"].Captures.Sum(c => int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture));
        return split.Groups["part"].Captures.Count >= 2 && parts == total;
    }

    [GeneratedRegex(@"\b(?<total>\d{1,4}) (?:cctv |security |surveillance )?cameras\b[,:;]?\s+(?:(?:of (?:which|these|them),? )?(?<part>\d{1,4})(?: of (?:them|these|which))? (?:are|is|were)\b[^,;.()]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)){1,4}(?<part>\d{1,4})(?: of (?:them|these|which))? (?:are|is|were)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SplitTotal();

    [GeneratedRegex(@"\bno (?:other|further|additional) (?:cctv|cameras?|camera systems?|systems?|equipment|kit|hardware|devices?|recorders?|makes?|manufacturers?|makers?|brands?|suppliers?)\b|\bno (?:hikvision|dahua) (?:or|nor) other (?:cctv|cameras?|camera systems?|systems?|equipment|kit|devices?|makes?|manufacturers?|brands?)\b|\b(?:is|are) (?:all )?(?-i:[A-Z])[\w-]+,? (?:with|apart from|except for|save for) (?:one|a single|two|three|the following|a few|these) exceptions?\b|\b(?:no|nor)\b[^.;]{0,40}?\b(?:or|nor) anything else\b|\b(?:cctv|cameras|equipment)\b[^.;]{0,10}?\b(?:at|on|in|across) all (?:of )?(?:the |our |its |their )?(?:[\w-]+'s )?(?:other |remaining )?(?:sites|buildings|premises|locations|properties)\b|\ball (?:the )?(?:one|same|single) system\b|\b(?:our|the|its|their) (?:\w+ )?(?:cameras|cctv|equipment|systems?)\b[^.;]{0,20}\b(?:is|are) (?:a )?(?:mix|mixture|combination|blend) of\b|\b(?:complete|full|comprehensive|exhaustive|entire) (?:list|schedule|register|inventory|record|breakdown)\b(?! (?:is|was|are) not\b)|\b(?:that|this|these|those)(?: is|'s| are| were| was)? (?:all|everything|the lot|every camera)\b(?! of\b)|\bthat covers (?:all|every)\b|\b(?:this|the above|the attached|the enclosed|the following) (?:register|list|table|schedule|inventory|spreadsheet|sheet)\b[^.;]{0,20}\b(?:covers|lists|includes|shows) (?:all|every)\b|\bthe (?:register|list|table|schedule|inventory|spreadsheet) (?:below|above|attached|enclosed|overleaf) (?:covers|lists|includes|shows) (?:all|every)\b(?! (?:of (?:the|our|its) )?(?:hikvision|dahua)\b)|\b(?:the|our|its|their) (?:[\w-]+['’]s )?(?:cctv|cameras|camera systems?|cctv systems?) (?:at|on|across) (?:all|each|every) [^.;]{0,60}?(?:is|are) (?:all )?(?:made by |manufactured by |supplied by )?(?-i:[A-Z])[\w-]+\s*(?:\.|$)|\beverything (?:else )?(?:we (?:have|run|operate) )?(?:is|else is)\b|\b(?:that|this|these|those)(?: is|'s| are)? all (?:of )?(?:the |our )?(?:[\w-]+['’]s )?(?:cameras|cctv|equipment|devices|kit)\b|\b(?:are|is|have|has|do|does)(?:n't| not)(?: got| have)? any other (?:cctv|cameras?|camera systems?|cctv systems?)\b|\b(?:the|our|its|their) (?:[\w-]+['’]s )?only (?:other )?(?:cctv|cameras|camera systems?|cctv systems?|systems?)\b|\b(?:cctv|cameras|equipment|system|systems|estate)\b[^.;]{0,30}?\b(?:is|are) (?:entirely|exclusively|solely|wholly)\b|\b(?:the|our|its|their) (?:whole|entire) (?:cctv )?(?:system|estate|cctv)\b[^.;]{0,20}?\b(?:is|are)\b|\bthese are the only\b|\ball (?:of )?(?:the|our|its|their) (?:cctv|cameras|camera equipment|equipment|devices)\b(?<=\b(?:is|are) all [\w ]{3,40})|\bthe only (?:camera |cctv |surveillance |video )?(?:equipment|cameras|cctv|systems?|kit|devices|recorders)\b(?<=\b(?:is|are) the only [\w ]{3,30})|\bthere (?:is|are) no others?\b|\b(?:any|no) other (?:make|makes|manufacturer|manufacturers|brand|brands|supplier)\b|\bthe only (?:make|manufacturer|brand|supplier)\b|(?<!\b(?:of|for|on|to|survey|check|checking|inspect|inspecting|visit|visiting) )\bevery (?:cctv|camera|system)\b|\b(?:hikvision|dahua|cameras?|cctv|equipment|recorders?)\b[^.;]{0,60}\bnothing else\b|\b(?:have(?:n't| not) got|do(?:n't| not) have|there is(?:n't| not)) anything else\b|\bthere(?:'s| is) nothing else\b|\b(?:not|n't|never)\s+(?:been\s+)?(?:fitted|installed|supplied|bought|purchased|got|used|had)\s+anything else\b|\b(?:consists?|comprises?|is made up|are made up) (?:entirely|exclusively|solely|wholly)\b|\b(?:cctv|system|systems|estate)\b[^.;]{0,30}?\b(?:consists?|comprises?|is made up|are made up) of\b|\ball (?:of )?(?:(?:the|our|its|their) )?(?:[\w-]+['’]s )?other (?:[\w-]+ ){0,2}(?:cctv|cameras|equipment|systems?)\b|\ball (?:of )?(?:the |our |its |their )?(?:[\w-]+'s )?(?:[\w-]+ )?(?:cctv|cameras|equipment|camera systems?)\b(?! at\b)[^.;]{0,40}?\b(?:is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeEstate();

    // One make said of the whole estate: "the Authority's CCTV is made by Hikvision", "they're all Hikvision", "we use Hikvision
    // throughout". Tried only on sentences that name a make (each alternative starts at a common word). Beside a denial of the
    // other maker only the forms with words such as "all" or "throughout" close the estate (see EstateWords).
    [GeneratedRegex(@"(?<!\b(?:majority|most|some|part|many|several|few|half|much|number|proportion|one|two|three|four|five) of )\b(?:the|our|its|their) (?:[\w-]+['’]s )?(?:cctv|cameras|cctv cameras|camera systems?|cctv systems?|cctv equipment|system) (?:is|are) (?:all )?(?:made by |manufactured by |supplied by )?(?-i:[A-Z])[\w-]+\s*(?:\.|$)|\b(?:the|our|its|their) (?:[\w-]+['’]s )?(?:cctv|cameras|camera systems?|cctv systems?) (?:at|on|across) both [^.;]{0,60}?(?:is|are) (?:made by |manufactured by |supplied by )?(?-i:[A-Z])[\w-]+\s*(?:\.|$)|\b(?:they|these|those)(?:'re|’re| are| were) all (?:made by |manufactured by |supplied by )?(?-i:[A-Z])[\w-]+\s*(?:[.,;]|$|and\b)|\b(?:use|uses|have|has)\s+(?-i:[A-Z])[\w-]+(?:\s+(?:cameras|cctv|equipment|kit|systems?))?\s+throughout\s*(?:[.,;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneMakeEstate();

    [GeneratedRegex(@"\b(?:balance|remainder) of (?:the|our|its|their) (?:[\w'’-]+ )?(?:estate|cctv|cameras|equipment|systems?)\b[^.;]{0,40}?\b(?:is|are)\b|^\W*other(?: makes?| manufacturers?| brands?| equipment| cameras| cctv)?\s*[-–—:]|\b(?:everything|all) else\b[^.;]{0,100}?\b(?:is|are)\b|\bthe (?:rest|remainder|balance)\b(?! of)[^.;]{0,100}?\b(?:is|are)\b|\b(?:remaining|rest of (?:the|our|its)|other) (?:\d+ )?(?:[\w'’-]+ ){0,2}?(?:cctv|cameras|equipment|systems?)\b[^.;]{0,80}?\b(?:is|are)\b|\b(?:cctv|cameras|equipment)\s+(?:at|in|on|across)\s+(?:(?:the|our|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:other|remaining)\s+(?:sites|buildings|premises|locations|properties|offices)\b[^.;]{0,40}?\b(?:is|are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RestOfEstate();

    [GeneratedRegex(@"\s*\([^()]{0,200}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BracketedAside();

    [GeneratedRegex(@"\b(?:not|neither|decline to|refuse to|will not|won't|cannot|can't)\s+(?:\w+\s+){0,2}?(?:disclos\w*|confirm\w*|reveal\w*|say\w*|stat\w*|tell\w*)\s+(?:you\s+)?whether\b[^.;]{0,80}?\b(?:other|further)\s+(?:manufacturers?|makes?|makers?|suppliers?|brands?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WithheldWhetherOthers();

    // "The Office's other CCTV equipment is not included in this sheet", "CCTV at the Council's leisure centres is operated by the
    // leisure contractor and is not included".
    [GeneratedRegex(@"\b(?:other|remaining)\s+(?:[\w'’-]+\s+){0,2}?(?:cctv|cameras|camera equipment|equipment|devices|systems?)\b[^.;]{0,40}?\b(?:is|are)\s+not\s+(?:included|listed|shown|covered)\b|(?:^|[.;:]\s)\W*(?:the\s+)?(?:cctv|cameras)\s+(?:at|in|on)\s+[^.;]{0,80}?\b(?:is|are)\s+not\s+(?:included|listed|shown|covered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OthersLeftOut();

    // "These have now all been replaced", "They were removed in 2021": the equipment of the sentence before is gone.
    [GeneratedRegex(@"^\W*(?:these|they|those|it|this|both|all (?:of )?(?:them|these|those)|the (?:cameras?|recorders?|units?|system|equipment|devices?|nvrs?|dvrs?))\b[^.;]{0,60}?\b(?:(?:have|has|were|was|had) (?:(?:now|since|all|both|subsequently|recently|already|then) )*(?:been )?(?:removed|replaced|decommissioned|taken out|taken down|dismantled|disposed of|retired|swapped out|sold|scrapped)|(?:are|is) no longer (?:in use|used|installed|operational|in service))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RemovedSince();

    /// <summary>A claim about the whole estate ("all of the cameras are Axis") that is not scoped to one site or one period
    /// ("At the main campus all of the cameras are Axis", "all cameras installed since 2022 are Uniview").</summary>
    private static bool IsWholeClaim(Regex claim, string text)
    {
        foreach (Match match in claim.Matches(text))
        {
            if (!ScopedBefore().IsMatch(text.AsSpan(0, match.Index)) && !ScopedWithin().IsMatch(match.Value) && !IsPartOfEstate(match.Value)
                && !FeaturePredicate().IsMatch(text.AsSpan(match.Index)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A denial said of some sites or systems only: "there is no Hikvision at Hydrographic House", "neither site has
    /// Dahua", "none of the cameras at those two sites", "the building CCTV at our stations is not …".
    /// Not one said "anywhere": "No Dahua equipment is used anywhere in the Council's estate, including the leisure centres".</summary>
    internal static bool IsScopedDenial(string text) => !Anywhere().IsMatch(text) && (IsPartOfEstate(text) || ScopedSites().IsMatch(text));

    [GeneratedRegex(@"\banywhere (?:in|on|across|within) (?:the|its|our|their) (?:[\w'’-]+['’]s )?(?:whole |entire )?(?:estate|premises|sites|buildings|organisation|authority)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Anywhere();

    [GeneratedRegex(@"\bthis (?:cctv |camera |surveillance )?(?:system|network|installation)\b|\b(?:neither|either|both|these|those|the (?:two|three|four|five)|(?:the |its |our |their )?(?-i:[A-Z])[\w-]+(?:'s|’s)(?= (?:two|three|four|five|six|seven|eight|nine|\d{1,2}) ))(?: (?:two|three|four|five|six|seven|eight|nine|\d{1,2}))?(?: (?!(?:of|and|or|to)\b)[a-z-]+)? (?:sites?|hospitals?|buildings?|campus(?:es)?|offices?|premises|locations?|stations?|halls?|systems?|cameras|primar(?:y|ies)|schools?|academ(?:y|ies)|colleges?|depots?|centres?)\b|\bamong (?:the|its|our|these|those) (?:[\w-]+ ){0,2}(?:cameras|cctv|systems|equipment|devices)\b|\b(?:in|on|within) (?:its|our|the|their|any(?: of (?:its|our|the|their))?) (?:own )?(?:(?-i:[A-Z])[\w'’-]+ )?(?:buildings?|premises|offices?|halls(?: of residence)?|campuses)\b|\bin (?-i:[A-Z])[\w'’-]+ (?:buildings?|premises|offices)\b|\b(?:overt|(?:fixed )?building) (?:cctv|cameras)\b|\b(?:do not|don't|does not|doesn't|did not|didn't|have not|haven't|has not|hasn't|never) (?:supply|supplied|maintain|maintained|install|installed|fit|fitted)(?: (?:or|and) (?:supply|maintain|install|fit))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScopedSites();

    /// <summary>Words that name a part of the estate, not all of it: "the public space CCTV", "the cameras at our two
    /// hospitals" (but not "at both campuses" or "at all sites").</summary>
    private static bool IsPartOfEstate(string text) =>
        AnswerCues.PartOfEstate().IsMatch(text) || AnswerCues.AtPlaces().Matches(text).Any(m => !UniversalPlaces().IsMatch(m.Value));

    [GeneratedRegex(@"^at (?:both|all|every|each|any)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UniversalPlaces();

    // What "all" or "no other" is said of is a feature or a state, not the make: "all the cameras are the same basic type",
    // "all of it is installed and operating", "no other camera in the estate is used for facial recognition".
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:is|are|was|were|has|have|can|do|does)\s+(?:\w+\s+)?(?:used (?:for|to)|capable|able to|fitted with|equipped with|enabled|configured|set up (?:for|to)|the same (?:basic |standard )?(?:type|kind|model|design|spec\w*)|installed and|operating|working|recording)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FeaturePredicate();

    // "At the Riverside campus, all …", "In the halls of residence the only cameras …", "For the depot, all …".
    [GeneratedRegex(@"(?:^|[.;:]\s|\band\s)\W*(?:at|in|within|on|for) (?!(?:answer|response|reply|relation|respect|terms|summary|short|addition|general|particular|question|questions|q\d+|your|this|that|total|all|every|each of our sites)\b)(?:the |our |its |their |each |both )?(?:[\w'’-]+ ){0,5}?(?:[\w'’-]+),?\s*(?:\([^()]{0,80}\),?\s*)?(?:the \w+(?:'s)? )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScopedBefore();

    // "all of the cameras the Council has installed since 2022 are …", "all cameras at the depot are …".
    [GeneratedRegex(@"\b(?:since|after|before|from) (?:20\d\d|the \w+ of 20\d\d|\w+ 20\d\d)\b|\b(?:installed|fitted|bought|purchased) (?:in|during) (?:20\d\d|the last)\b|\b(?:newer|newest|recent|replacement|latest)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScopedWithin();

    // The maker is inside what the body is not saying: "neither confirm nor deny whether it holds Dahua equipment".
    [GeneratedRegex(@"\bwhether\b|\bconfirm(?:s|ed|ing)? (?:n)?or den(?:y|ies|ied|ying)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Undecided();

    [GeneratedRegex(@"\b(?:manufacturers?|makes?|makers?|brands?|suppliers?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakeWord();

    // "we cannot say whether any of that equipment is made by Hikvision or Dahua".
    [GeneratedRegex(@"\b(?:made|manufactured|produced) by\b|\bwho (?:made|manufactured|makes|supplied) (?:it|them|these|those|the)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MadeBy();

    // "a mix of makes, including Axis and Hanwha", "makes such as Bosch": the makes of the rest given as examples (not "All other
    // CCTV, including the Royal Infirmary, is Avigilon").
    [GeneratedRegex(@"\bmix(?:ture)? of (?:makes|manufacturers|brands|suppliers)\b|\b(?:makes|manufacturers|brands|suppliers),? (?:including|such as)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MixOfMakes();

    [GeneratedRegex(@"\bonly (?:remaining )?(?:hikvision|dahua)\b|\b(?:hikvision|dahua) (?:[\w-]+ ){0,2}?(?:remaining|left)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneMakersRemainder();

    // "information about that CCTV", "any information about the cameras in those buildings": the equipment itself, not its
    // capabilities, numbers or costs.
    [GeneratedRegex(@"\binformation (?:about|on|regarding|concerning) (?:that|this|the|its|those|these) (?:cctv|cameras|camera systems?|systems?)\b(?!'s| (?:capabilit|analytic|feature|function|software|cost|contract|number|model|footage|record))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CctvNotHeld();

    [GeneratedRegex(@"\b(?:information|details)\s+(?:about|on|of|regarding|concerning)\s+(?:the\s+)?(?:cctv|cameras?|security)\b(?:\s+(?:and|or)\s+(?:other\s+)?(?:[\w-]+\s+){0,2}?)?(?:\s*(?:systems?|equipment))?\s+(?:at|in|for)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SiteCctvWithheld();

    // "The site manager thinks it could be a Dahua camera", "it may be a Hikvision": a camera whose make is only guessed at.
    [GeneratedRegex(@"\b(?:could|may|might)(?: well| possibly)? be (?:an? |made by |from )", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CouldBeMaker();

    [GeneratedRegex(@"\b(?:operates?|operated|uses?|used|runs?|has|have)\b[^.;]{0,40}\banpr\b[^.;]{0,60}\bnational anpr (?:service|network|data cent(?:re|er)|system)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NationalAnpr();

    [GeneratedRegex(@"\b(?:no|without (?:any|a)) (?:make|brand(?: name)?|manufacturer(?:['’]s name)?|maker['’]s name)(?: or (?:model|brand|make)(?: numbers?| names?)?)? (?:on|marked on|shown on) (?:them|it|the (?:cameras?|recorders?|units?|dvr|nvr))\b|\b(?:carry|carries|bear|bears|have|has|show|shows) no (?:(?:brand|make|manufacturer|maker)(?:['’]s)?(?: names?| marks?| labels?)?|markings|branding)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakeNotMarked();

    // "we have not been able to establish the manufacturer of that equipment"; "the landlord … has not confirmed the make".
    [GeneratedRegex(@"\b(?:(?:have|has|had)(?: not|n['’]t) been able|unable|(?:were|was)(?: not|n['’]t) able|not able|could(?: not|n['’]t)|can(?:not|['’]t)) to (?:establish|confirm|determine|identify|ascertain|find out|trace) (?:the|its|their|what) (?:make|manufacturer|brand|maker)s?\b|\b(?:has|have|had)(?: not|n['’]t)(?: yet)? (?:confirmed|told us|given us|provided|supplied|said) (?:us )?(?:the|its|their|what) (?:make|manufacturer|brand|maker)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MakeNotEstablished();

    // "We also have a camera at the allotments gate": one more part of the estate, named without its make.
    [GeneratedRegex(@"\balso (?:have|has|operates?|runs?|uses?|owns?)\b[^.;]{0,40}?\b(?:cameras?|cctv)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AlsoCameras();

    [GeneratedRegex(@"\b(?:can(?:not|['’]t)|could(?: not|n['’]t)|unable to|not able to) (?:tell|say|confirm|establish|determine)(?: you)?(?: for (?:certain|sure)| definitely| with certainty)? (?:whether|that (?:none|no|neither))\b[^.;]{0,100}\b(?:hikvision|dahua)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CannotTellWhether();

    [GeneratedRegex(@"\b(?:can(?:not|['’]t)|could(?: not|n['’]t)|unable to|not able to) (?:rule out|exclude)\b[^.;]{0,100}\b(?:hikvision|dahua)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CannotRuleOut();

    [GeneratedRegex(@"\b(?:is|are) (?:already )?(?:published|publicly available|available (?:on|from) (?:our|the) (?:website|web ?site|intranet))\b|\b(?:will|to|due to) be published\b|\b(?:is|are) (?:intended|due|scheduled) for (?:future )?publication\b|\bwww\.|https?://", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PublishedElsewhere();

    [GeneratedRegex(@"(?<!\bnot (?:been )?)\b(?:uphold|upholding|upheld|maintain|stand)s?\b|\bcontinues? to (?:favour|apply|rely|be engaged|be relied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Upheld();

    [GeneratedRegex(@"\b(?:not|no|nor) (?:engage|engages|apply|applies|relied|rely|withh\w+)\b|\bdoes not engage\b|\bno exemptions?\b|\bnot (?:considered |deemed |thought |judged )?(?:to be )?exempt\b|\b(?:no|none of the) (?:information|data|details?|part)\b[^.]{0,30}\b(?:withh\w+|exempt|redacted)|\bnothing (?:has been |was |is |have been )?(?:withh\w+|redacted)|\bwithh\w+ nothing\b|\bnone (?:of it |of this |of the information )?(?:is|was|has been|have been) (?:withh\w+|redacted|exempt)|\b(?:which|that|as|because) you (?:did not|didn't|have not|haven't) (?:ask|request)|\bnot (?:part|within the scope) of (?:your|the) request|\bwithout (?:any )?redaction|\bnot a refusal\b|\b(?:may|might|could|can) (?:need to )?(?:apply|rely|withhold|refuse|be (?:exempt|withheld|refused))\b|\b(?:do|does|did)(?: not|n't) (?:consider|think|believe|accept|agree|find) (?:that )?[^.;]{0,60}?\b(?:is|are|was|were|to be) (?:engaged|applicable|exempt|justified|correctly applied)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoExemption();

    [GeneratedRegex(@"\b(?:which|that|as|because) you (?:did not|didn't|have not|haven't) (?:ask|request)|\bnot (?:part|within the scope) of (?:your|the) request|\boutside the scope of (?:your|the) request", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAsked();

    [GeneratedRegex(@"^\W*if\b|\bif (?:the|your|it|this|we|any)\b[^.]{0,100}\b(?:exceed|cost|limit|fee)|\bmay (?:not be able to|exceed)\b|\bwithin the (?:appropriate|cost) limit\b|\b(?:well )?(?:under|below|inside) the (?:appropriate|cost) limit\b|\bcould have been\b|\bnot a refusal\b|\b(?:may|might|can|could) refuse\b|\bhow we (?:handle|deal with) requests\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionalCost();

    [GeneratedRegex(@"^\W*(?:if|should|in case|where|in the event that)\s+(?:we|i|the \w+)\s+(?:need|needs|require|requires|have|has)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionalClarification();

    [GeneratedRegex(@"\bif (?:we|a fee|any fee|fees|there is a fee|there are)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionalFee();

    // "Dahua: 0", "Dahua – none", and in a totals line "Hikvision 96; Dahua 0; Uniview 9" or "Dahua 0 cameras".
    [GeneratedRegex(@"^\s*(?:[A-Za-z]+\s*)?[:=–-]\s*(?:0|none|nil|zero)\b|^\s+(?:0|nil|zero)(?:\s*(?:[;,|)]|$)|\s+(?:cameras?|devices?|recorders?|units?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ZeroCount();

    [GeneratedRegex(@"\bif\b[^.]{0,120}\b(?:exceed|cost|limit|fee)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionalCostCitation();

    [GeneratedRegex(@"\bnot (?:been )?upheld|\bnot (?:to )?uphold\b|\bcannot (?:be )?uphel?d\b|\boverturn|\b(?:partly|partially) upheld|\bno longer (?:consider|rel(?:y|ies|ied|ying))|\bsubstitut(?:e|ed|ing) (?:a |the )?(?:different |new |fresh )?decision|\b(?:is|are) now (?:being )?(?:provided|released|disclosed)|\b(?:now|will now) (?:release|disclose|provide)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Overturned();

    // In a review that overturns the first answer, what the body "relied on" or "withheld" is the decision under review.
    [GeneratedRegex(@"\b(?:relied|withheld|refused|applied|cited|claimed)\b(?![^.]{0,40}\b(?:still|continue|continues|maintain|remains?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastReliance();

    [GeneratedRegex(@"\b(?:considered whether|not (?:needed to |gone on to )?(?:rely|relied|consider)|has not relied|have not relied|not (?:be |been )?engaged|do(?:es)? not (?:think|consider|believe) (?:that )?(?:section|s\.?\s?\d)|no longer (?:apply|applies|applied|rel(?:y|ies|ied|ying)|consider\w*|withh\w+|engag\w+)|not (?:considered |deemed |thought )?(?:to be )?exempt|not a refusal|(?:may|might|could|can) (?:need to )?(?:apply|rely|withhold|refuse|be exempt)|(?:such as|for example|e\.g\.)(?![^.;()]{0,40}\b(?:cameras?|cctv|equipment|sites?|information about)\b))(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotReliedOn();

    // "In its response of 9 March 2023 the College withheld …": the decision a review looks back on.
    [GeneratedRegex(@"\b(?:its|our|the \w+'s) (?:response|reply|decision|letter) (?:of|dated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstResponse();

    private static string AfterCitation(string text, ExemptionCitation citation) =>
        text.Substring(citation.End, Math.Min(120, text.Length - citation.End));

    // "… so section 12 does not apply", "section 43 is not engaged".
    [GeneratedRegex(@"^[^.;]{0,80}?\b(?:does|do|did|would|will) not (?:apply|engage)|^[^.;]{0,80}?\bis not (?:engaged|applicable|relevant|being relied)|^[^.;]{0,80}?\bhas not been (?:applied|relied)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotApplied();

    [GeneratedRegex(@"\b(?:notice|decision|exemption|refusal|response)\b[^.;]{0,60}?\b(?:is|are|has been|have been) (?:therefore |now |hereby )?(?:withdrawn|revoked|set aside)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WithdrawnDecision();

    private static string Group(string maker) => maker is "hikvision" or "dahua" ? maker : "other_chinese";

    /// <summary>The clause around a mention: the stance of "we do not use Dahua" must not leak into "but our NVRs are Hikvision".</summary>
    private static string Clause(string sentence, int start, int end)
    {
        int from = 0, to = sentence.Length;
        foreach (Match boundary in AnswerCues.ClauseBreak().Matches(sentence))
        {
            if (boundary.Index + boundary.Length <= start)
            {
                from = boundary.Index + boundary.Length;
            }
            else if (boundary.Index >= end)
            {
                to = boundary.Index;
                break;
            }
        }

        return sentence[from..to];
    }

    private static string Stance(string clause, string sentence, out double confidence)
    {
        confidence = 0.9;
        clause = OtherEquipmentUnknown().Replace(clause, " "); // "Dahua recorders with analogue cameras of unknown make"
        clause = NothingElse().Replace(clause, " "); // "12 Hikvision cameras and no other CCTV": the "no" is about other equipment
        clause = UnlinkedSystems().Replace(clause, " "); // "Hikvision cameras remain in use on standalone systems that are not connected to the network"
        if (AnswerCues.Unsure().IsMatch(clause))
        {
            confidence = 0.4;
            return ReplyCodes.Unknown;
        }

        bool past = AnswerCues.Past().IsMatch(clause) && !AnswerCues.StillCurrent().IsMatch(clause);
        if (past)
        {
            confidence = 0.8;
            return ReplyCodes.No;
        }

        // "We will not procure Hikvision in future" says nothing of today's estate, unless it also says "do not use".
        if (AnswerCues.FutureOnly().IsMatch(clause) && !CurrentNegation().IsMatch(clause))
        {
            confidence = 0.4;
            return ReplyCodes.Unknown;
        }

        if (AnswerCues.Negation().IsMatch(clause) && !AnswerCues.PendingReplacement().IsMatch(clause))
        {
            confidence = 0.9;
            return ReplyCodes.No;
        }

        if (AnswerCues.TopicTalk().IsMatch(clause))
        {
            confidence = 0.4;
            return ReplyCodes.Unknown;
        }

        if (AnswerCues.NotOurs().IsMatch(sentence) && !AnswerCues.InUse().IsMatch(clause))
        {
            confidence = 0.4;
            return ReplyCodes.Unknown;
        }

        confidence = AnswerCues.Hedge().IsMatch(clause) ? 0.7 : 0.9;
        return ReplyCodes.Yes;
    }

    /// <summary>The mention and another Chinese maker's are alternatives: "Hikvision or Dahua", "Dahua and/or Hikvision" (the
    /// request's own words). Other makes as alternatives still describe an estate: "CCTV at all premises is now Hanwha or Axis".</summary>
    private static bool InDisjunction(string text, DeviceMention mention, IReadOnlyList<DeviceMention> mentions) =>
        mention.MakerIsChinese && mentions.Any(other => other.Maker is not null && other.MakerIsChinese && other.Maker != mention.Maker
            && (other.Start >= mention.End ? Alternative().IsMatch(text.AsSpan(mention.End, other.Start - mention.End))
                : other.End <= mention.Start && Alternative().IsMatch(text.AsSpan(other.End, mention.Start - other.End))));

    /// <summary>The mention is part of an installer's trade credential, as in a signature: "Authorised Hikvision and Dahua
    /// installer", "an approved Dahua installer". It says what the installer sells, not what the body uses.</summary>
    private static bool InTradeCredential(string text, DeviceMention mention) => InsideMatch(TradeCredential(), text, mention);

    /// <summary>Whether one of the pattern's matches in the text covers the whole mention.</summary>
    private static bool InsideMatch(Regex pattern, string text, DeviceMention mention) =>
        pattern.Matches(text).Any(m => m.Index <= mention.Start && mention.End <= m.Index + m.Length);

    [GeneratedRegex(@"\b(?:authori[sz]ed|approved|accredited|certified|registered|official) (?:[\w&-]+ ){1,4}?(?:installers?|partners?|dealers?|resellers?|distributors?|integrators?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TradeCredential();

    /// <summary>The mention is in a request's title after its reference, as a disclosure log's breadcrumb runs it into the page:
    /// "Disclosure log > FOI/2024/0339 CCTV equipment manufactured by Hikvision and Dahua Reference …". The words between the
    /// reference and the makers name a topic; none says "we use".</summary>
    private static bool InReferenceTitle(string text, DeviceMention mention) => InsideMatch(ReferenceTitleMakers(), text, mention);

    [GeneratedRegex(@"\b(?:foi|foisa|eir|rfi)\b[\s:./-]*[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*\s*[-–:]?\s*(?:(?!(?:we|our|us|i|it|is|are|was|were|has|have|had|uses?|used|do|does|did|not|no|yes)\b)[A-Za-z()-]+\s+){0,6}?(?:hikvision|dahua)\s*(?:and|or|&|/|,)\s*(?:hikvision|dahua)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceTitleMakers();

    /// <summary>The mention is inside quotation marks that follow the request's words: 'Your email asks about "all surveillance
    /// equipment … including Hikvision and Dahua"', 'Your request ("Hikvision and Dahua CCTV") has been passed on', 'a request
    /// (reference LCC-FOI-23-061, "CCTV - Hikvision and Dahua")'.</summary>
    private static bool InQuotedRequest(string text, int start)
    {
        int open = -1, marks = 0;
        for (int i = 0; i < start; i++)
        {
            if (text[i] is '"' or '\u201C' or '\u201D')
            {
                (open, marks) = (i, marks + 1);
            }
        }

        int from = Math.Max(0, open - 60);
        return marks % 2 == 1 && RequestWords().IsMatch(text.AsSpan(from, open - from));
    }

    [GeneratedRegex(@"\b(?:request(?:ed)?|asks?|asked|asking|question|enquiry|query|subject|titled|entitled|headed|re|reference|ref)\b(?:\s+(?:about|for|regarding|concerning|on))?(?:\W*(?:no\.?|number)?\s*[A-Z0-9][A-Z0-9/._-]*\d[A-Z0-9/._-]*)?\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestWords();

    // "The Hikvision and Dahua equipment is listed below.": a pointer to the list, which decides each maker.
    [GeneratedRegex(@"^[^.;:]{0,80}\b(?:is|are) (?:listed|set out|shown|given|detailed|itemised|summarised) (?:below|overleaf|in the (?:table|attached|annex|appendix|schedule|spreadsheet)\b[^.;]{0,30})\W*$|^[^.;:]{0,80}\b(?:is|are) (?:listed|shown|included|given)\b,? as (?:requested|asked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListedBelow();

    [GeneratedRegex(@"^Sheet: ", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SheetTitle();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:or|and/or)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\b(?:with|and|plus|alongside)\b[^,;.]{0,50}?\b(?:of|with) (?:an? )?(?:unknown|unconfirmed|uncertain) (?:make|manufacture|manufacturer|brand|origin)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherEquipmentUnknown();

    // A relative clause that says how the equipment is linked, not whether it is there.
    [GeneratedRegex(@"\b(?:that|which) (?:is|are|was|were) not (?:connected|linked|networked|attached|integrated|monitored)\b[^,;.]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnlinkedSystems();

    /// <summary>Welsh text: three or more words that are Welsh and not English.</summary>
    private static bool IsWelsh(string text) => WelshWord().Count(text) >= 3;

    [GeneratedRegex(@"(?<!\w)(?:ni|nid|nad|yw|mae|oes|gennym|ddim|dim|ydym|ydyn|gan|â|yr|ein|eich|wedi|yn|ar|i'r|o'r|y|ac|na|neu|Cyngor|camerâu|dyfeisiau|rhwydwaith|gwneuthurwr|teledu|cylch|cyfyng)(?!\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WelshWord();

    [GeneratedRegex(@"\b(?:and|but|with|plus)\s+(?:there (?:is|are)\s+)?(?:no (?:other|further|additional) (?:cctv|cameras?|camera systems?|systems?|equipment|devices?|recorders?|makes?|manufacturers?|brands?)|nothing else)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingElse();

    private static void ReadExemptions(Reply reply, CodingState state)
    {
        // A review that upholds the original decision keeps the exemptions that decision cited.
        string[] texts = [.. reply.Documents.Select(WithoutQuoted)];
        string all = string.Join("\n", texts);
        // "Upheld" and "overturned" are tested first: ReviewOutcome over the whole reply is the costly test (it was run twice, 6% of
        // the coder's time) and only matters when one of them is said.
        bool overturned = Overturned().IsMatch(all);
        bool upheld = !overturned && Upheld().IsMatch(all);
        bool review = (overturned || upheld) && AnswerCues.ReviewOutcome().IsMatch(all);
        bool upheldReview = review && upheld;
        state.OverturnedReview = review && overturned;
        IReadOnlyList<ExemptionCitation>[] citations = [.. texts.Select(ExemptionParser.Parse)];
        bool[][] notApplied = [.. citations.Select((list, d) => list.Select(c => NotApplied().IsMatch(AfterCitation(texts[d], c))).ToArray())];
        // "I have concluded that section 35(1)(a) does not apply": a reply that drops one of the first response's exemptions.
        HashSet<string> dropped = [.. citations.SelectMany((list, d) => list.Where((_, k) => notApplied[d][k]).Select(c => c.Code))];
        for (int d = 0; d < reply.Documents.Count; d++)
        {
            string text = texts[d];
            for (int k = 0; k < citations[d].Count; k++)
            {
                ExemptionCitation citation = citations[d][k];
                string sentence = SentenceAround(text, citation.Start, citation.End);
                if (NotReliedOn().IsMatch(sentence) || ConditionalCostCitation().IsMatch(sentence) || WithdrawnDecision().IsMatch(sentence))
                {
                    continue; // "we have not needed to rely on section 31", "if … it would exceed the limit under section 12"
                }

                bool pastDecision = AnswerCues.IsEarlierDecision(sentence);
                bool earlier = (pastDecision && !Upheld().IsMatch(sentence) && !upheldReview)
                    || (state.OverturnedReview && PastReliance().IsMatch(sentence))
                    || (dropped.Contains(citation.Code) && (pastDecision || FirstResponse().IsMatch(sentence)));
                if (IsInQuestion(citation, text) || earlier || notApplied[d][k])
                {
                    continue;
                }

                if (!state.Exemptions.ContainsKey(citation.Code))
                {
                    state.Exemptions[citation.Code] = new ReplyUnit(d, citation.Start, citation.End, SentenceAround(text, citation.Start, citation.End), IsRow: false, IsQuestion: false);
                }
            }
        }
    }

    // "If you are unhappy you may ask for a review … section 50" never lists an exemption; neither does a restated request.
    private static bool IsInQuestion(ExemptionCitation citation, string text) =>
        SentenceAround(text, citation.Start, citation.End).TrimEnd().EndsWith('?');

    private static string WithoutQuoted(ReplyDocument document)
    {
        if (!document.Regions.Any(r => r.Kind == RegionKind.Quoted))
        {
            return document.Text;
        }

        char[] chars = document.Text.ToCharArray();
        foreach (TextRegion region in document.Regions.Where(r => r.Kind == RegionKind.Quoted))
        {
            Array.Fill(chars, ' ', region.Start, Math.Min(region.End, chars.Length) - region.Start);
        }

        return new string(chars);
    }

    private static string SentenceAround(string text, int start, int end)
    {
        int from = start, to = end;
        while (from > 0 && from > start - 300 && !((text[from - 1] is '\n' && LineBreakEnds(text, from - 1)) || (text[from - 1] is '.' && from < text.Length && char.IsWhiteSpace(text[from]))))
        {
            from--;
        }

        while (to < text.Length && to < end + 300 && !(text[to] is '\n' && LineBreakEnds(text, to)) && !(text[to] is '.' or '?' && (to + 1 >= text.Length || char.IsWhiteSpace(text[to + 1]))))
        {
            to++;
        }

        if (to < text.Length && text[to] is '.' or '?')
        {
            to++;
        }

        return Regex.Replace(text[from..to].Trim(), @"\s+", " ", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    /// <summary>Whether the line break at <paramref name="at"/> ends a sentence, rather than wrapping one (a PDF letter's lines,
    /// "… relying on sections 24(2) or⏎31(3) …"): it does after a blank line, after closing punctuation, or before a capital,
    /// a bullet or a list number.</summary>
    private static bool LineBreakEnds(string text, int at)
    {
        int before = at - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        int after = at + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        if (before < 0 || after >= text.Length || text[before] is '\n' or '.' or ':' or '?' or ';' or '!' || text[after] is '\n' or '\r')
        {
            return true;
        }

        char next = text[after];
        return char.IsUpper(next) || next is '-' or '•' or '*' or '–' or '>' || ListNumber().IsMatch(text.AsSpan(after, Math.Min(6, text.Length - after)));
    }

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListNumber();

    private static void ReadSignals(List<ReplyUnit> units, CodingState state)
    {
        // The rights paragraph, the conditional fee and the conditional cost are each tested once per sentence and reused (they
        // were tested up to three times); a heading over the rights paragraph ("Internal review" / "If you are unhappy with this
        // response …") belongs to it.
        bool[] rights = [.. units.Select(u => AnswerCues.RightsBoilerplate().IsMatch(u.Text))];
        bool[] boilerplate = [.. rights.Select((r, i) => r || (i + 1 < units.Count && rights[i + 1] && units[i].Text.Length < 60 && !units[i].Text.EndsWith('.')))];

        for (int i = 0; i < units.Count; i++)
        {
            ReplyUnit unit = units[i];
            bool? conditionalFee = null;

            // An officer asking the requester to clarify writes a question; a restated request never asks for clarification.
            // "Should we need to clarify anything we will get in touch" promises, it does not ask.
            if (!boilerplate[i] && !(conditionalFee ??= ConditionalFee().IsMatch(unit.Text)) && !ConditionalClarification().IsMatch(unit.Text))
            {
                Signal(AnswerCues.Clarification(), unit.Text, unit, ref state.Clarification);
            }

            // Not "The number and model of every camera on the estate is published in our asset register": where to find it.
            // Nor "The cameras on our premises are a mix of makes, including Bosch": some of the makes, given as examples.
            // "I am not disclosing whether the force holds equipment from any other manufacturer": the other makers are withheld,
            // not denied.
            if (!unit.IsQuestion && WithheldWhetherOthers().IsMatch(unit.Text))
            {
                state.OtherMakesUnnamed ??= unit;
            }
            else if (!unit.IsQuestion && !PublishedElsewhere().IsMatch(unit.Text) && !AnswerCues.SomeMakesNamed().IsMatch(unit.Text))
            {
                bool inWords = IsWholeClaim(WholeEstate(), unit.Text) || PartsAddUp(unit.Text);
                if (inWords || (state.NamingMakes.Contains(unit) && IsWholeClaim(OneMakeEstate(), unit.Text)))
                {
                    state.ClaimComplete(unit, inWords); // "The Council has no other CCTV systems."
                    state.ClaimWhole(unit, inWords);
                }
            }

            // Not a register row that gives the make and holds no model ("Make: Dahua | Model: Not held").
            if (!unit.IsQuestion && !(unit.IsRow && state.NamingMakes.Contains(unit))
                && ((AnswerCues.Unsure().IsMatch(unit.Text) && (MakeWord().IsMatch(unit.Text) || MadeBy().IsMatch(unit.Text) || (state.NamingMakes.Contains(unit) && CouldBeMaker().IsMatch(unit.Text)))) || AnswerCues.MakeNotGiven().IsMatch(unit.Text)))
            {
                // "we are unable to confirm the manufacturer of the cameras at the offices", "a few older cameras whose
                // manufacturer is not recorded": some equipment has no known make, so the makes named are not the whole estate.
                state.IncompleteList = true;
                state.UnnamedMake ??= unit;
                if (AnswerCues.MakeNotGiven().IsMatch(unit.Text))
                {
                    state.NotHeld ??= unit;
                }
            }

            // "We have received your request for information and will respond within 20 working days" describes the request
            // and acknowledges it in one sentence.
            Signal(AnswerCues.Acknowledgement(), unit.Text, unit, ref state.Acknowledgement);
            if (unit.IsQuestion)
            {
                continue;
            }

            string text = unit.Text;
            Signal(AnswerCues.DeliveryFailure(), text, unit, ref state.DeliveryFailure);
            Signal(AnswerCues.AutoReply(), text, unit, ref state.AutoReply);
            if (state.AutoReply is null && (text.Contains("closed", StringComparison.OrdinalIgnoreCase) || text.Contains("not", StringComparison.OrdinalIgnoreCase) || text.Contains("n't", StringComparison.Ordinal)))
            {
                Signal(AnswerCues.AutoReplyClosure(), text, unit, ref state.AutoReply);
            }
            if (boilerplate[i])
            {
                continue; // "If you are unhappy … the outcome of the internal review" says nothing about this reply
            }

            if (!(conditionalFee ??= ConditionalFee().IsMatch(text)))
            {
                Signal(AnswerCues.Fees(), text, unit, ref state.Fees);
            }

            Signal(AnswerCues.StrongFees(), text, unit, ref state.StrongFees);
            Signal(AnswerCues.ReviewOutcome(), text, unit, ref state.Review);
            if ((AnswerCues.IsEarlierDecision(text) && !Upheld().IsMatch(text)) || (state.OverturnedReview && PastReliance().IsMatch(text)))
            {
                continue; // "in which we told you that the information was not held": the old decision
            }

            Signal(AnswerCues.Ncnd(), text, unit, ref state.Ncnd);
            // Not "we do not hold … but that was not part of your request", nor "I don't have the model numbers to hand but can
            // chase them up if you need them" (offered, not refused).
            // Nor "The notice under section 17 is therefore withdrawn, and the information is provided below" (a review).
            if (!NotAsked().IsMatch(text) && !OfferToProvide().IsMatch(text) && !WithdrawnDecision().IsMatch(text))
            {
                bool? notHeld = state.NotHeld is null ? AnswerCues.NotHeld().IsMatch(text) : null;
                if (notHeld == true)
                {
                    state.NotHeld = unit;
                }

                // "we do not hold any information about the manufacturers of those systems", "the Trust does not hold information about
                // who made it", "The University does not hold any information about that CCTV" (the residences' operator's).
                if (state.MakesNotHeld is null && (MakeWord().IsMatch(text) || MadeBy().IsMatch(text) || CctvNotHeld().IsMatch(text))
                    && ((notHeld ?? AnswerCues.NotHeld().IsMatch(text)) || AnswerCues.NotHeldMore().IsMatch(text)))
                {
                    state.MakesNotHeld = unit;
                }

                // "The cameras have no make or model on them", "we have not been able to establish the manufacturer", "we cannot
                // rule out that further Hikvision or Dahua equipment is fitted": the makes are not known.
                if (state.MakesNotHeld is null
                    && (MakeNotMarked().IsMatch(text) || (MakeWord().IsMatch(text) && MakeNotEstablished().IsMatch(text)) || CannotRuleOut().IsMatch(text)))
                {
                    state.MakesNotHeld = unit;
                }

                // "We can't tell you for certain whether we have any Hikvision or Dahua cameras": not known, and the question is
                // left unanswered.
                if (CannotTellWhether().IsMatch(text))
                {
                    state.MakesNotHeld ??= unit;
                    state.NotHeld ??= unit;
                }

                Signal(AnswerCues.NotKnownAnswer(), text, unit, ref state.NotHeld);
                if (state.NotHeld is null && (text.Contains("no", StringComparison.OrdinalIgnoreCase) || text.Contains("n't", StringComparison.Ordinal) || text.Contains("unable", StringComparison.OrdinalIgnoreCase)))
                {
                    Signal(AnswerCues.NotHeldMore(), text, unit, ref state.NotHeld);
                }
            }

            bool conditionalCost = ConditionalCost().IsMatch(text);
            if (!conditionalCost)
            {
                Signal(AnswerCues.CostLimit(), text, unit, ref state.Cost); // not "if it is likely to exceed the cost limit, we will let you know"
            }

            if (!conditionalCost)
            {
                Signal(AnswerCues.Vexatious(), text, unit, ref state.Vexatious);
            }

            if (!NoExemption().IsMatch(text))
            {
                Signal(AnswerCues.Withholding(), text, unit, ref state.Withholding); // not "does not engage any exemption"
                if (state.MakesNotHeld is null && (MakeWord().IsMatch(text) || SiteCctvWithheld().IsMatch(text)) && AnswerCues.Withholding().IsMatch(text))
                {
                    // "The make, number and models of the force's ANPR cameras are exempt under section 31", "information about the
                    // CCTV and other security systems at 14 Petworth Row is withheld": what that equipment is, is not told.
                    state.MakesNotHeld = unit;
                }
            }

            if (state.Cost is null && !unit.IsRow && AnswerCues.DeviceCount().IsMatch(text))
            {
                state.DeviceTotal ??= unit; // "The University operates approximately 640 cameras": information, even without a maker
            }

            if (state.Review is not null && state.InternalReview is null && AnswerCues.InternalReview().IsMatch(text))
            {
                state.InternalReview = unit;
            }
        }

        for (int i = 0; i < units.Count && state.InternalReview is null; i++)
        {
            if (!boilerplate[i] && AnswerCues.InternalReview().IsMatch(units[i].Text) && AnswerCues.ReviewOutcome().IsMatch(units[i].Text))
            {
                state.InternalReview = units[i];
            }
        }
    }

    private static void Signal(Regex cue, string text, ReplyUnit unit, ref ReplyUnit? first)
    {
        if (first is null && cue.IsMatch(text))
        {
            first = unit;
        }
    }

}
