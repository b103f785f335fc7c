using System.Text.RegularExpressions;
using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

public sealed partial class AnswerCoder
{
    private static AnswerCoding Decide(Reply reply, List<ReplyUnit> units, CodingState state)
    {
        var evidence = new List<CodingEvidence>();
        var confidences = new List<double>();

        if (units.Count == 0 || reply.Documents.All(d => string.IsNullOrWhiteSpace(d.Text)))
        {
            string reason = reply.Problems.Count > 0 ? string.Join("; ", reply.Problems) : "the reply has no text";
            evidence.Add(new CodingEvidence("kind", "other", reason, reply.Name, 0, 0, null, null, null));
            return new AnswerCoding("other", "none", ReplyCodes.Unknown, ReplyCodes.Unknown, ReplyCodes.Unknown, [], [], [], null, null, [], evidence, 0.3);
        }

        // Whether any sentence refuses in strict words: a test of every sentence, made only when a rule below needs it.
        bool? strictRefusal = null;
        bool StrictlyRefused() => strictRefusal ??= units.Any(u => !u.IsQuestion && StrictRefusal().IsMatch(u.Text));

        // "Our estate comprises around 700 cameras" is information in an answer, not in a fees notice or a clarification request.
        // A clarification request that describes what the body has ("research equipment, including thermal imaging cameras")
        // to ask what is in scope gives no answer: capabilities alone are not information then.
        bool onlyCapabilities = state.Clarification is not null && !state.Stances.Values.Any(v => v.Count > 0) && state.NoCctv is null
            && state.OtherBrands is null && state.Models.Count == 0;
        bool hasInformation = (state.HasInformation && !onlyCapabilities) || (state.DeviceTotal is not null && state.StrongFees is null && state.Clarification is null
            && state.Cost is null && !StrictlyRefused());

        // "The Board does not hold the information" (CCTV run by a PFI partner) outweighs "our community premises have no CCTV".
        if (state.NoCctv is not null && state.NotHeld is not null && units.Any(u => AnswerCues.OperatedByOthers().IsMatch(u.Text))
            && !state.Stances.Values.Any(v => v.Count > 0) && state.OtherBrands is null)
        {
            state.NoCctv = null;
            hasInformation = state.HasInformation;
        }
        // "We cannot rule out that further Hikvision or Dahua equipment is fitted": doubt, not a denial. "There is no Hikvision or
        // Dahua at headquarters. The regional offices' CCTV is the landlord's and we hold nothing on its makes.": a denial said of
        // some sites only, while the makes elsewhere are not known, does not answer for the estate.
        bool partUnknown = state.MakesNotHeld is not null || state.UnnamedMake is not null || (state.Ncnd is not null && hasInformation);
        foreach (List<(string Stance, ReplyUnit Unit, double Confidence)> stances in state.Stances.Values)
        {
            stances.RemoveAll(s => s.Stance == ReplyCodes.No
                && (CannotRuleOut().IsMatch(s.Unit.Text) || CannotTellWhether().IsMatch(s.Unit.Text) || (partUnknown && DeniesOnlyPart(s.Unit, state))));
        }

        string subject = reply.Header("Subject") ?? "";
        string autoSubmitted = reply.Header("Auto-Submitted") ?? "";
        string contentType = reply.Header("Content-Type") ?? "";
        string from = reply.Header("From") ?? "";
        bool bounceHeaders = contentType.Contains("delivery-status", StringComparison.OrdinalIgnoreCase)
            || Regex.IsMatch(from, @"mailer-daemon|postmaster|mail delivery", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))
            // A subject saying "Undeliverable" over a body that only says the mailbox is not monitored is the body's own
            // automatic reply, not a bounce.
            || (AnswerCues.DeliveryFailure().IsMatch(subject) && !hasInformation && !(state.AutoReply is not null && state.DeliveryFailure is null));
        bool autoHeaders = (autoSubmitted.Length > 0 && !autoSubmitted.Equals("no", StringComparison.OrdinalIgnoreCase))
            || reply.Header("X-Autoreply") is not null || reply.Header("X-Autorespond") is not null || AnswerCues.AutoReplySubject().IsMatch(subject);

        // Outcome first: what the reply gives, withholds or does not hold.
        bool refusalWords = state.Withholding is not null || state.Cost is not null || state.Vexatious is not null;
        bool exemptionsOtherThanNotHeld = state.Exemptions.Keys.Any(k => k != "foisa:s17");
        string outcome;
        ReplyUnit? outcomeUnit;
        if (hasInformation && (state.Cost ?? state.Vexatious) is { } refusal && units.Any(u => !u.IsQuestion && WholeRefusal().IsMatch(u.Text)))
        {
            // "relying on section 12 to refuse your request in full" stays a refusal even when it lets slip a maker.
            (outcome, outcomeUnit) = ("refused", refusal);
        }
        else if (hasInformation && exemptionsOtherThanNotHeld && state.NotHeld is null && !state.OverturnedReview
            && units.Any(u => !u.IsQuestion && WholeRefusal().IsMatch(u.Text) && !AnswerCues.IsEarlierDecision(u.Text)))
        {
            // "The Council is refusing your request in full" under s.31 and s.24, though the public interest test names a make.
            (outcome, outcomeUnit) = ("refused", state.Withholding ?? FirstExemption(state));
        }
        else if (hasInformation)
        {
            // "We do not hold information about the models" withholds part; "we hold no information as we have no CCTV" does not.
            bool anyYes = state.Stances.Values.Any(v => v.Any(x => x.Stance == ReplyCodes.Yes));
            bool partialNotHeld = state.NotHeld is not null && (state.NoCctv is null || anyYes);

            // "We do not use Hikvision or Dahua. Our cameras come from several makers and we hold no central record of them":
            // once both makers are denied, what is not held about the other equipment leaves no question unanswered.
            if (partialNotHeld && !anyYes && state.Stances["hikvision"].Count > 0 && state.Stances["dahua"].Count > 0
                && !CapabilityWords().IsMatch(state.NotHeld!.Text))
            {
                partialNotHeld = false;
            }

            // A Scottish "not held" notice (FOISA s.17) for part of the request, beside information given.
            bool withheld = refusalWords || exemptionsOtherThanNotHeld || state.Ncnd is not null || (state.Exemptions.ContainsKey("foisa:s17") && state.NoCctv is null);
            (outcome, outcomeUnit) = withheld || partialNotHeld
                ? ("partial", state.Withholding ?? state.Cost ?? state.Ncnd ?? state.NotHeld ?? FirstExemption(state))
                : ("answered", FirstInformation(state));
        }
        else if (state.Ncnd is not null)
        {
            (outcome, outcomeUnit) = ("ncnd", state.Ncnd);
        }
        else if (state.Cost is not null || state.Vexatious is not null || (exemptionsOtherThanNotHeld && (state.Withholding is not null || state.NotHeld is null)) || (state.Withholding is not null && state.NotHeld is null))
        {
            (outcome, outcomeUnit) = ("refused", state.Cost ?? state.Vexatious ?? state.Withholding ?? FirstExemption(state));
        }
        else if (state.NotHeld is not null || state.Exemptions.ContainsKey("foisa:s17"))
        {
            (outcome, outcomeUnit) = ("not_held", state.NotHeld ?? state.Exemptions["foisa:s17"]);
        }
        else
        {
            (outcome, outcomeUnit) = ("none", null);
        }

        // A full answer with none of the campaign's words, not even in a quoted request, answers some other request (a police
        // force's "neither confirm nor deny" often avoids every such word on purpose, and so may a refusal).
        // So does one that says its request was about something else ("regarding the Force's use of drones"), and a sales e-mail.
        bool offTopic = outcome is "answered" or "partial" && ReplyText.OwnWords(reply).Length >= 400
            && !reply.Documents.Any(d => AnswerCues.Topic().IsMatch(d.Text)) && !AnswerCues.Topic().IsMatch(subject);
        List<string> topics = [.. units.Select(u => AnswerCues.RequestAbout().Match(u.Text)).Where(m => m.Success).Select(m => m.Groups["topic"].Value)
            .Where(t => !t.AsSpan(0, Math.Min(12, t.Length)).ContainsAnyInRange('0', '9') && !AboutTheRequestItself().IsMatch(t))];
        // "Your other request, about CCTV equipment, is being dealt with separately": the campaign's words only in the pointer to
        // the request this reply is not about.
        bool answeredSeparately = reply.Documents.Any(d => SeparateRequestCue().IsMatch(d.Text)) && !AnswerCues.Topic().IsMatch(subject)
            && !reply.Documents.Any(d => AnswerCues.Topic().IsMatch(SeparateRequest().Replace(d.Text, " ")));
        bool otherRequest = (topics.Count > 0 && topics.All(t => !AnswerCues.Topic().IsMatch(t))) || answeredSeparately;
        bool marketing = units.Sum(u => AnswerCues.Marketing().Count(u.Text)) >= 2;
        if (offTopic || otherRequest || marketing)
        {
            (outcome, outcomeUnit, hasInformation) = ("none", null, false);
            state.Acknowledgement = otherRequest || marketing ? null : state.Acknowledgement;
            foreach (List<(string Stance, ReplyUnit Unit, double Confidence)> stances in state.Stances.Values)
            {
                stances.Clear(); // neither a sales pitch nor another request's answer says what this body uses
            }

            state.NoCctv = null;
            state.OtherBrands = null;
        }

        // Then the kind of message.
        string kind;
        ReplyUnit? kindUnit;
        bool? explicitRefusal = null; // as strictRefusal: tested only if a fees notice or a clarification request is in question
        bool ExplicitlyRefused() => explicitRefusal ??= state.Ncnd is not null || units.Any(u => !u.IsQuestion && RefusalVerb().IsMatch(u.Text));
        bool asksForFee = state.StrongFees is not null && !StrictlyRefused();
        bool aboutRequest = units.Any(u => AnswerCues.AboutRequest().IsMatch(u.Text));
        if (bounceHeaders || (state.DeliveryFailure is not null && !state.HasInformation))
        {
            (kind, kindUnit, outcome, outcomeUnit) = ("delivery_failure", state.DeliveryFailure ?? units[0], "none", null);
        }
        else if (state.Review is not null && (outcome != "none" || hasInformation))
        {
            (kind, kindUnit) = ("review_outcome", state.InternalReview ?? state.Review);
        }
        else if (!state.HasInformation && outcome is "none" or "refused" && units.FirstOrDefault(u => !u.IsQuestion && AnswerCues.ClosedRequest().IsMatch(u.Text)) is { } closed)
        {
            (kind, kindUnit, outcome, outcomeUnit) = ("other", closed, "none", null); // "your request has been closed, as the fee was not paid"
        }
        else if (!state.HasInformation && (asksForFee || (state.Fees is not null && !ExplicitlyRefused())))
        {
            (kind, kindUnit, outcome, outcomeUnit) = ("fees_notice", state.Fees, "none", null);
        }
        else if (!hasInformation && state.Clarification is not null && !ExplicitlyRefused() && outcome is not "not_held")
        {
            (kind, kindUnit, outcome, outcomeUnit) = ("clarification_request", state.Clarification, "none", null);
        }
        else if (outcome is "refused" or "ncnd")
        {
            (kind, kindUnit) = ("refusal_notice", outcomeUnit);
        }
        else if (outcome is "answered" or "partial" or "not_held")
        {
            (kind, kindUnit) = ("answer", FirstInformation(state) ?? outcomeUnit);
        }
        else if (state.Acknowledgement is not null && aboutRequest && !(state.AutoReply is not null && (AnswerCues.AutoReply().IsMatch(state.Acknowledgement.Text) || AnswerCues.AutoReplyClosure().IsMatch(state.Acknowledgement.Text)) && state.Acknowledgement == state.AutoReply))
        {
            (kind, kindUnit) = ("acknowledgement", state.Acknowledgement);
        }
        else if (state.AutoReply is not null || autoHeaders)
        {
            (kind, kindUnit) = ("auto_reply", state.AutoReply ?? units[0]);
        }
        else if (state.Review is not null)
        {
            (kind, kindUnit) = ("review_outcome", state.InternalReview ?? state.Review);
        }
        else
        {
            (kind, kindUnit) = ("other", null);
        }

        bool substantive = outcome is "answered" or "partial";
        AddEvidence(evidence, reply, "kind", kind, kindUnit);
        AddEvidence(evidence, reply, "outcome", outcome, outcomeUnit);

        // Makers a complete answer leaves out are "no"; a reply that withholds part of the answer may be hiding them, unless it
        // says in so many words that its list is the whole estate. Makers said to be at named places only, or equipment said not to be Hikvision or Dahua without its make, leave the
        // rest of the estate open unless other makes are named for it.
        // Two Chinese makers named yes ("nine Hikvision cameras at the bus station … all installed since are Uniview") name the rest.
        bool restNamed = state.ScopedYes is null || state.OtherBrands is not null || state.WholeEstate is not null
            || state.Stances.Any(kv => !kv.Value.Any(x => x.Unit == state.ScopedYes)
                && kv.Value.Any(x => x.Stance == ReplyCodes.Yes && !x.Unit.IsRow && !AnswerCues.AtPlaces().IsMatch(x.Unit.Text) && !AnswerCues.PartOfEstate().IsMatch(x.Unit.Text)));
        // "Yes, Hikvision. We have no Dahua.": a reply that takes the request's two makers one by one answers about those two;
        // unless it also says in words what its estate is ("all …", "no other cameras", other makes, an asset list), it says
        // nothing of the makers it was not asked about, however plainly it gives the one make ("the Agency's CCTV is made by
        // Hikvision", the corpus call of 2026-11-24). ("We use Hikvision cameras" as the whole answer still lists them.)
        bool makerByMaker = CampaignMakers.Any(m => state.Stances[m].Any(s => s.Stance == ReplyCodes.No && !s.Unit.IsRow))
            && CampaignMakers.Any(m => state.Stances[m].Any(s => s.Stance == ReplyCodes.Yes))
            && !state.EstateInWords && state.OtherBrands is null;
        bool openRest = state.UnnamedMake is not null || (state.ScopedYes is not null && !restNamed) || makerByMaker
            || (state.MakesNotHeld is not null && (state.WholeEstate is null || !state.EstateInWords || RelativeWhole().IsMatch(state.WholeEstate.Text)
                || AnaphoricWhole().IsMatch(state.WholeEstate.Text)))
            || (state.OtherMakesUnnamed is not null && state.OtherBrands is null && state.WholeEstate is null);
        // A refusal, NCND or not-held reply never tells the whole estate, whatever it lets slip ("the ED cameras are Hikvision").
        bool complete = !openRest && outcome is "answered" or "partial" && (state.WholeEstate is not null || outcome == "answered");
        string hikvision = substantive || hasInformation ? MakerValue(state, "hikvision", complete, reply, evidence, confidences) : ReplyCodes.Unknown;
        string dahua = substantive || hasInformation ? MakerValue(state, "dahua", complete, reply, evidence, confidences) : ReplyCodes.Unknown;
        string other = substantive || hasInformation ? MakerValue(state, "other_chinese", complete, reply, evidence, confidences) : ReplyCodes.Unknown;

        // Only sections a body relies on count: a fees notice or an acknowledgement that mentions the cost limit relies on none.
        List<string> exemptions = kind is "answer" or "refusal_notice" or "review_outcome" ? [.. state.Exemptions.Keys.Order(StringComparer.Ordinal)] : [];
        foreach (string code in exemptions)
        {
            AddEvidence(evidence, reply, "exemptions", code, state.Exemptions[code]);
        }

        bool capabilitiesCount = kind is "answer" or "review_outcome" or "refusal_notice";
        List<string> has = capabilitiesCount ? [.. state.Has.Keys.Order().Select(c => c.ToCode())] : [];
        List<string> inUse = capabilitiesCount ? [.. state.InUse.Keys.Order().Select(c => c.ToCode())] : [];
        if (capabilitiesCount)
        {
            foreach ((Capability capability, ReplyUnit unit) in state.Has.OrderBy(p => p.Key))
            {
                AddEvidence(evidence, reply, "capabilities_has", capability.ToCode(), unit);
            }

            foreach ((Capability capability, ReplyUnit unit) in state.InUse.OrderBy(p => p.Key))
            {
                AddEvidence(evidence, reply, "capabilities_in_use", capability.ToCode(), unit);
            }
        }

        // "1. Hikvision is the sole supplier … 2. 52 cameras and 4 recorders.": when one Chinese maker is the only make named,
        // the device numbers stated without a maker are its numbers.
        string? soleMaker = state.OtherBrands is null && other != ReplyCodes.Yes && (hikvision == ReplyCodes.Yes) != (dahua == ReplyCodes.Yes)
            ? (hikvision == ReplyCodes.Yes ? "hikvision" : "dahua") : null;
        int? hikvisionCount = hikvision == ReplyCodes.Yes ? Count(state, "hikvision", reply, evidence, soleMaker == "hikvision") : StatedZero(state, "hikvision", hikvision, reply, evidence);
        int? dahuaCount = dahua == ReplyCodes.Yes ? Count(state, "dahua", reply, evidence, soleMaker == "dahua") : StatedZero(state, "dahua", dahua, reply, evidence);
        List<string> models = [.. state.Models.Keys.Select(m => m.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        foreach ((string model, ReplyUnit unit) in state.Models)
        {
            AddEvidence(evidence, reply, "models", model.ToUpperInvariant(), unit);
        }

        double confidence = confidences.Count > 0 ? confidences.Min() : 0.85;
        confidence *= kind == "other" ? 0.5 : 1.0;
        if (reply.Documents.Any(d => d.MediaType == "image/ocr"))
        {
            confidence *= 0.9;
        }

        if (reply.Problems.Count > 0)
        {
            confidence = Math.Min(confidence, 0.6);
        }

        return new AnswerCoding(kind, outcome, hikvision, dahua, other, exemptions, has, inUse, hikvisionCount, dahuaCount, models, evidence, Math.Round(confidence, 2));
    }

    /// <summary>A denial of part of the estate. Not table rows ("Site: Depot | Dahua: 0"), except a question-and-answer table's
    /// prose answer; but a row that only says its own cameras are "not Hikvision or Dahua", or that its site has no CCTV, answers
    /// for that row alone.</summary>
    private static bool DeniesOnlyPart(ReplyUnit unit, CodingState state)
    {
        if (unit.IsRow && (AnswerCues.UnnamedMake().IsMatch(unit.Text) || AnswerCues.NoCctv().IsMatch(unit.Text)))
        {
            return true;
        }

        // In a table's prose answer only the sentences that deny say what the denial covers: "The Council uses Hikvision at the
        // Council Offices and the depot. The Council does not use Dahua." denies Dahua everywhere.
        string denial = unit.IsRow
            ? string.Join(" ", unit.Text.Split(" | ").SelectMany(cell => SentenceEnd().Split(cell)).Where(s => AnswerCues.Negation().IsMatch(s)))
            : unit.Text;
        return (!unit.IsRow || ProseAnswerCell().IsMatch(unit.Text))
            && (IsScopedDenial(denial) || AnaphoricDenial().IsMatch(unit.Text) || (state.MakesNotHeld is not null && FixedCctv().IsMatch(unit.Text)));
    }

    private const string SeparateRequestWords = @"\b(?:(?:your|the) other request|(?:dealt with|handled|answered|responded to|considered) (?:separately|under (?:a )?separate (?:cover|reference)))\b";

    // The cheap test first: the sentence-wide pattern below scans back from every position, so it runs only on the rare reply
    // that has the words.
    [GeneratedRegex(SeparateRequestWords, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeparateRequestCue();

    [GeneratedRegex(@"[^.\n]*" + SeparateRequestWords + @"[^.\n]*\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SeparateRequest();

    // "None of it is made by Hikvision or Dahua", "(none of which are Hikvision or Dahua)": said of the equipment the sentence
    // before described, not of the whole estate.
    [GeneratedRegex(@"(?:^|[.;:(]\s*|\b(?:questions? \d+(?: and \d+)?|q\d+)\W+)(?:none|neither)(?: of)? (?:it|them|these|those|which|the above)\b|^\W*none (?:are|is|were)\b|\bnone of which\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnaphoricDenial();

    // "The Council's other CCTV is Pelco", "The Board has no other CCTV": said of the estate besides the parts already named,
    // so a part whose makes are not known stays open.
    [GeneratedRegex(@"\b(?:other(?! than)|remaining|rest of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelativeWhole();

    // "These are all Hikvision", after a table of some sites: said of the equipment just listed, not of the estate, so a part
    // whose makes are not held stays open (not "These are all the makes of CCTV in use across the Trust's estate").
    [GeneratedRegex(@"^\W*(?:these|they|those)(?: are|'re|’re| were) all (?:made by |manufactured by |supplied by )?(?-i:[A-Z])[\w-]+\s*(?:[.,;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnaphoricWhole();

    // "No Dahua equipment is used in the fixed CCTV", beside deployable cameras whose make is withheld.
    [GeneratedRegex(@"\bfixed (?:cctv|cameras)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FixedCctv();

    private static string MakerValue(CodingState state, string maker, bool complete, Reply reply, List<CodingEvidence> evidence, List<double> confidences)
    {
        List<(string Stance, ReplyUnit Unit, double Confidence)> stances = state.Stances[maker];
        var yes = stances.Where(s => s.Stance == ReplyCodes.Yes).ToList();
        // "We have no evidence of any Dahua equipment" beside cameras whose make is not known says what was not found, not
        // that there is none; unless those cameras are said not to be this maker ("the ANPR cameras are not manufactured by
        // Hikvision or Dahua").
        bool unknownMake = (state.MakesNotHeld ?? state.UnnamedMake) is not null && !state.UnnamedMakeIsNot.Contains(maker);
        var no = stances.Where(s => s.Stance == ReplyCodes.No && !(unknownMake && NoEvidence().IsMatch(s.Unit.Text))).ToList();
        // "The audit found six Hikvision cameras … they were removed … we do not currently use any Hikvision": the latest
        // statement about the present wins over an earlier finding.
        if (yes.Count > 0 && no.Count > 0 && no.MaxBy(n => (n.Unit.Document, n.Unit.Start)) is var last
            && CurrentState().IsMatch(last.Unit.Text) && yes.All(y => (y.Unit.Document, y.Unit.Start).CompareTo((last.Unit.Document, last.Unit.Start)) < 0))
        {
            AddEvidence(evidence, reply, maker, ReplyCodes.No, last.Unit);
            confidences.Add(0.7);
            return ReplyCodes.No;
        }

        if (yes.Count > 0)
        {
            foreach (ReplyUnit unit in yes.Select(s => s.Unit).Distinct().Take(3))
            {
                AddEvidence(evidence, reply, maker, ReplyCodes.Yes, unit);
            }

            confidences.Add(no.Count > 0 ? Math.Min(0.6, yes.Max(s => s.Confidence)) : yes.Max(s => s.Confidence));
            return ReplyCodes.Yes;
        }

        if (no.Count > 0)
        {
            AddEvidence(evidence, reply, maker, ReplyCodes.No, no[0].Unit);
            confidences.Add(no.Max(s => s.Confidence));
            return ReplyCodes.No;
        }

        // "Carrbridge Primary: No CCTV" beside Hikvision at other sites and a site whose cameras carry no brand: the site without
        // CCTV says nothing of the unbranded ones.
        bool siteWithoutCctv = (state.MakesNotHeld ?? state.UnnamedMake) is not null
            && state.Stances.Values.Any(v => v.Any(s => s.Stance == ReplyCodes.Yes));
        if (state.NoCctv is { } none && !siteWithoutCctv)
        {
            AddEvidence(evidence, reply, maker, ReplyCodes.No, none);
            confidences.Add(0.85);
            return ReplyCodes.No;
        }

        // The reply names the makes of its equipment and this maker is not among them.
        ReplyUnit? list = (state.IncompleteList && state.WholeEstate is null) || !complete ? null : state.CompleteEstate ?? state.OtherBrands ?? (state.Stances.Values.SelectMany(s => s).Where(s => s.Stance == ReplyCodes.Yes).Select(s => s.Unit).FirstOrDefault());
        if (list is not null)
        {
            AddEvidence(evidence, reply, maker, ReplyCodes.No, list);
            confidences.Add(0.75);
            return ReplyCodes.No;
        }

        // Makes are named but not, in the coder's reading, the whole estate: whether they are is the call readers of a reply
        // most often make differently, so the reply is worth a person's look.
        if (state.OtherBrands is not null || state.CompleteEstate is not null || state.Stances.Values.Any(s => s.Count > 0))
        {
            confidences.Add(0.6);
        }

        return ReplyCodes.Unknown;
    }

    private static int? Count(CodingState state, string maker, Reply reply, List<CodingEvidence> evidence, bool soleMaker)
    {
        var counts = state.Counts[maker];
        if (counts.Count == 0 && soleMaker && state.DeviceTotal is { IsRow: false } total && !Approximate().IsMatch(total.Text)
            && !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(total.Text)))
        {
            int stated = AnswerCues.DeviceCount().Matches(total.Text).Sum(m => ParseCount(m.Groups["n"].Value) ?? 0);
            if (stated > 0)
            {
                AddEvidence(evidence, reply, $"counts.{maker}", stated.ToString(System.Globalization.CultureInfo.InvariantCulture), total);
                return stated;
            }
        }

        if (counts.Count == 0)
        {
            return null;
        }

        var totals = counts.Where(c => c.Total && !c.FromTable).ToList();
        var table = counts.Where(c => c.FromTable).ToList();
        var prose = counts.Where(c => !c.FromTable).ToList();
        var chosen = totals.Count > 0 ? [totals.MaxBy(c => c.Count)] : table.Count > 0 ? table : prose;
        int sum = chosen.Sum(c => c.Count);
        foreach (var item in chosen.Take(5))
        {
            AddEvidence(evidence, reply, $"counts.{maker}", sum.ToString(System.Globalization.CultureInfo.InvariantCulture), item.Unit);
        }

        return sum;
    }

    private static ReplyUnit? FirstInformation(CodingState state) =>
        state.Stances.Values.SelectMany(s => s).Select(s => s.Unit).OrderBy(u => u.Document).ThenBy(u => u.Start).FirstOrDefault()
        ?? state.NoCctv ?? state.OtherBrands ?? state.Has.Values.FirstOrDefault() ?? state.Models.Values.FirstOrDefault();

    private static ReplyUnit? FirstExemption(CodingState state) => state.Exemptions.Values.OrderBy(u => u.Document).ThenBy(u => u.Start).FirstOrDefault();

    private static void AddEvidence(List<CodingEvidence> evidence, Reply reply, string field, string value, ReplyUnit? unit)
    {
        if (unit is null)
        {
            return;
        }

        ReplyDocument document = reply.Documents[unit.Document];
        TextRegion? region = document.RegionAt(unit.Start);
        TextRegion? cell = document.FirstRegionIn(unit.Start, unit.End) is { Kind: RegionKind.Cell } first ? first : null;
        evidence.Add(new CodingEvidence(field, value, unit.Text, document.Name, unit.Start, unit.End, region?.Page, (cell ?? region)?.Sheet, cell?.Cell));
    }

    [GeneratedRegex(@"\brefus\w* (?:to comply with )?(?:your|the|this) (?:whole )?request (?:in full|in its entirety|as a whole)|\brefus\w* (?:the whole of|all of) (?:your|the|this) request|\bnot (?:obliged|required|obligated) to comply with (?:your|the|this) (?:whole )?request\b(?! for)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeRefusal();

    [GeneratedRegex(@"\b(?:capabilit\w*|functions?|functionality|features?|analytics?|facial|recognition|detection|thermal|audio|anpr)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapabilityWords();

    [GeneratedRegex(@"\b(?:approximately|approx\.?|around|about|roughly|some|over|more than|fewer than|less than|under|up to|at least|c\.|circa|estimated?)\s+\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Approximate();

    // "your request regarding FOI 2022/118", "… regarding this request": the topic is the request itself.
    [GeneratedRegex(@"^(?:the |your |this |our |that |an? )?(?:internal )?(?:foi|freedom of information|request|reference|matter|above|below|information|review|reconsideration|copy)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AboutTheRequestItself();

    [GeneratedRegex(@"\bno (?:evidence|sign|indication|trace|records?) (?:of|that|to suggest)\b|\b(?:found|find|identified|located) no\b|\b(?:is|are|was|were|has been|have been) (?:recorded|found|identified|listed|known)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoEvidence();

    [GeneratedRegex(@"\b(?:response|answer|reply): [^|]{40,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProseAnswerCell();

    [GeneratedRegex(@"\b(?:currently|now|at present|presently|any longer|no longer|today|remains?|any more|anymore)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CurrentState();

    [GeneratedRegex(@"\b(?<!\b(?:not|rather than|instead of)\s)(?:refus(?:e|es|ed|ing|al)\b(?! " + AnswerCues.RefuseAsNoun + @"| (?:to accept|your request under section 12 at this stage))|withh[oe]ld\w*|is exempt|are exempt|exempt from|exempt under|vexatious)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StrictRefusal();

    [GeneratedRegex(@"\b(?<!\b(?:not|rather than|instead of)\s)(?:refus(?:e|es|ed|ing|al)\b(?! " + AnswerCues.RefuseAsNoun + @"| to accept)|withh[oe]ld\w*|is exempt|are exempt|exempt from|exempt under|vexatious|(?<!\b(?:would|could|may|might|likely|probably)\s(?:\w+\s)?)exceed\w* the (?:appropriate|cost) limit)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RefusalVerb();
}
