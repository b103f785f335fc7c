using System.Text.RegularExpressions;
using Sightline.Core.Devices;

namespace Sightline.Core.Answers;

/// <summary>Capabilities: what the equipment can do (has) and what is switched on (in use), from prose, list lines and tables.</summary>
public sealed partial class AnswerCoder
{
    private static void ReadCapabilities(List<ReplyUnit> units, CodingState state)
    {
        List<Capability> previous = [];
        foreach (ReplyUnit unit in units.Where(u => !u.IsQuestion).SelectMany(SplitAnswers))
        {
            if (unit.IsRow && !IsProseCell(unit.Text))
            {
                ReadCapabilityRow(unit, state);
                previous = [];
                continue;
            }

            ReadOnlySpan<char> ending = unit.Text.AsSpan().TrimEnd();
            if (ending.EndsWith('?') || ending.EndsWith("...", StringComparison.Ordinal) || ending.EndsWith('…')
                || (Interrogative().IsMatch(unit.Text) && !unit.Text.Contains('?', StringComparison.Ordinal)))
            {
                // "Do any of your cameras have ANPR … and are those in use?", "\"Do any of your cameras have facial recognition ...":
                // the request restated or cut short, not an answer.
                previous = [];
                continue;
            }

            if (AnswerCues.NeverAcquired().IsMatch(unit.Text))
            {
                previous = [];
                continue; // "offered thermal cameras, but we decided not to proceed"
            }

            if (NotOurs().IsMatch(unit.Text))
            {
                previous = [];
                continue; // "(Roads policing ANPR is provided by the national ANPR service and is not force CCTV.)"
            }

            List<Capability> mentioned = [.. CapabilityLexicon.Patterns.Where(p => p.Pattern.IsMatch(unit.Text)).Select(p => p.Capability)];
            // "This is used at the depot overnight and is not used at any other site": the first clause decides, and "not used at
            // any other site" limits the use, it does not switch it off.
            string lead = mentioned.Count == 0 && previous.Count > 0 && Anaphor().IsMatch(unit.Text) ? FirstClause().Match(unit.Text).Value : "";
            if (lead.Length > 0 && !AnswerCues.Negation().IsMatch(lead) && (AnswerCues.InUse().IsMatch(lead) || PassiveUse().IsMatch(lead))
                && NotUsedElsewhere().Replace(unit.Text, " ") is var elsewhereAside && !Off(elsewhereAside) && !AnswerCues.Past().IsMatch(elsewhereAside))
            {
                // "Some cameras support line crossing. These are used to raise out-of-hours alarms."
                foreach (Capability capability in previous)
                {
                    state.AddCapability(capability, inUse: true, unit);
                }
            }

            previous = [];
            if (ListedCapability().Match(unit.Text) is { Success: true } listed && mentioned.Count == 1 && IsCapabilityLabel(listed.Value, mentioned[0]))
            {
                // "People counting - capable - in use in the waiting area", "Mask detection: not capable".
                string value = unit.Text[(listed.Index + listed.Length)..];
                Capability capability = mentioned[0];
                if (Off(value) || (capability == Capability.Audio && NoMicrophone().IsMatch(value)))
                {
                    state.AddCapability(capability, inUse: false, unit);
                }
                else if (!AnswerCues.Negation().IsMatch(value) && !AnswerCues.Unsure().IsMatch(value))
                {
                    state.AddCapability(capability, inUse: AnswerCues.InUse().IsMatch(value), unit);
                }

                continue;
            }

            // "Audio is recorded in the two interview rooms and is disabled everywhere else": the exception limits the use.
            string text = NotUsedElsewhere().Replace(unit.Text, m => new string(' ', m.Length));
            bool unchanged = string.Equals(text, unit.Text, StringComparison.Ordinal);
            text = mentioned.Count == 0 ? text : DashAside().Replace(text, m => NamesNoState(m.Groups["aside"].Value) ? new string(' ', m.Length) : m.Value);
            foreach ((Capability capability, Regex pattern) in CapabilityLexicon.Patterns)
            {
                if (unchanged && !mentioned.Contains(capability))
                {
                    continue; // the same text was just searched for it, in vain (most sentences name no capability)
                }

                foreach (Match match in pattern.Matches(text))
                {
                    string clause = Clause(text, match.Index, match.Index + match.Length);
                    int at = Within(text, clause, match.Index);
                    if (at >= 0)
                    {
                        // "They have two-way audio which is not used, and human detection which is switched on": each its own.
                        (clause, at) = OwnPart(clause, at, match.Length);
                    }

                    string before = at < 0 ? clause : clause[..at];
                    string after = at < 0 ? "" : clause[(at + match.Length)..];
                    string rest = text[(match.Index + match.Length)..];
                    // "None of the cameras (not even the new ones) …" keeps its "none"; "face detection (not enabled) and intrusion
                    // detection" does not pass its aside on; "none …, with the exception of the car park cameras, which read
                    // number plates" ends the denial at the exception.
                    string scope = AfterException(Aside().Replace(before, " "));
                    bool onlyMention = !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(rest));
                    Match itemStatus = ItemStatus().Match(after);
                    if (itemStatus.Success && CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(itemStatus.Groups["gap"].Value)))
                    {
                        itemStatus = Match.Empty; // the brackets belong to the next item
                    }

                    if (itemStatus.Success && ItemStatusSays(itemStatus.Groups["status"].Value) is bool statusInUse)
                    {
                        // "face detection (not enabled) and intrusion detection (enabled at the pharmacy store)": the brackets after an
                        // item say its own state.
                        if (!AnswerCues.Negation().IsMatch(scope))
                        {
                            state.AddCapability(capability, statusInUse, unit);
                        }
                    }
                    else if (itemStatus.Success && NotHasCell().IsMatch(itemStatus.Groups["status"].Value))
                    {
                        continue; // "thermal (not available)"
                    }
                    else if (capability == Capability.Audio && AudioNotTaken().IsMatch(clause.AsSpan(Math.Max(at, 0))) && !NoMicrophone().IsMatch(clause) && !AudioHardware().IsMatch(clause))
                    {
                        continue; // "Audio is not recorded anywhere on the estate": no audio, not audio switched off
                    }
                    else if (PurposeDenied(scope))
                    {
                        continue; // "the College's cameras are not used for facial recognition, facial detection, thermal imaging …", "no facial recognition, detection or other analytic functions are enabled"
                    }
                    else if (Off(clause) || (onlyMention && Off(rest) && !AnswerCues.Negation().IsMatch(scope))
                        || LaterClauseDisabled().IsMatch(rest) || LaterButOff(rest) || NoneEnabled().IsMatch(after) || (capability == Capability.Audio && NoMicrophone().IsMatch(clause)))
                    {
                        state.AddCapability(capability, inUse: false, unit); // "capable of face capture; this function is not enabled"
                    }
                    else if (AnswerCues.Negation().IsMatch(scope) || NotAvailable().IsMatch(after) || (MayNegate(after) && ListTailNot().IsMatch(AfterList(after))) || DashNo().IsMatch(rest) || ListDashNo().IsMatch(rest) || AnswerCues.Unsure().IsMatch(clause) || AnswerCues.Past().IsMatch(clause)
                        || Whether().IsMatch(text.AsSpan(0, match.Index)) || RemovedLater(text, clause))
                    {
                        continue; // "no facial recognition", "none of the cameras have …", "ANPR is not available"
                    }
                    else
                    {
                        // "… support human and vehicle detection (AcuSense); this is switched on at the two depots."
                        bool inUse = (SaysInUse(clause) || PassiveUse().IsMatch(clause) || (onlyMention && LaterClauseInUse().IsMatch(rest)))
                            && !(PastTime().IsMatch(unit.Text) && !PresentTime().IsMatch(unit.Text));
                        state.AddCapability(capability, inUse, unit);
                        if (!previous.Contains(capability))
                        {
                            previous.Add(capability);
                        }
                    }
                }
            }
        }
    }

    // "Do any of your cameras …", "Does the Council use …": a question, answered only after its question mark.
    [GeneratedRegex(@"^\W*(?:(?:q|question)?\s*\d{1,2}\s*[.):]\s*)?(?:do|does|are|is|have|has|can|could|which|what|whether)\s+(?:any|you|your|the|it|they|there|of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Interrogative();

    // "Facial recognition etc. - no.", "Thermal (screening): none": the answer given after a dash or colon is no.
    [GeneratedRegex(@"^(?:\s*(?:etc\.?|\([^)]{0,40}\)))?\s*[-–—:]\s*(?:no|none|nil|n/?a|not (?:available|present|capable|supported|fitted|held))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashNo();

    /// <summary>"Heat-mapping, thermal, audio and age/gender analytics are not available": what follows a capability once the rest
    /// of the list is passed, so that the list's one verb is read for every item.</summary>
    private static string AfterList(string after)
    {
        string tail = after;
        for (int i = 0; i < 16 && tail.Length > 0; i++)
        {
            string trimmed = ListGlue().Replace(tail, "", 1);
            Match next = CapabilityLexicon.Patterns.Select(p => p.Pattern.Match(trimmed)).FirstOrDefault(m => m.Success && m.Index == 0) ?? Match.Empty;
            if (next.Success)
            {
                trimmed = trimmed[next.Length..];
            }

            if (trimmed.Length == tail.Length)
            {
                break;
            }

            tail = trimmed;
        }

        return tail;
    }

    /// <summary>"The cameras are not used for facial recognition, facial detection, …": the capability is the purpose the cameras are
    /// denied, which says nothing of what they could do; unlike "face detection, which is not used". So is a list after "no": "no
    /// facial recognition, detection or other analytic functions are enabled" has none of them, whatever the verb after it.</summary>
    private static bool PurposeDenied(string before)
    {
        Match last = Match.Empty;
        for (Match m = DenyingListHead().Match(before); m.Success; m = m.NextMatch())
        {
            last = m;
        }

        return last.Success && AfterList(before[(last.Index + last.Length)..]).Trim().Length == 0;
    }

    [GeneratedRegex(@"\b(?:(?:not|never)(?: being)? used (?:for|to provide|to carry out)|no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DenyingListHead();

    // "Age/gender, behaviour, objects, masks — no.": one answer after a dash closes the list.
    [GeneratedRegex(@"^[^.;:–—]{0,60}?(?:\s-\s*|[–—:]\s*)(?:no|none|nil|n/a)\b\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListDashNo();

    [GeneratedRegex(@"^[\w/&() -]{0,40}?\b(?:is|are|were)\s+(?:not|never)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListTailNot();

    /// <summary>A cheap test before <see cref="AfterList"/>: the list's verb can only deny if the words "not" or "never" follow.</summary>
    private static bool MayNegate(string after) =>
        after.Contains("not", StringComparison.OrdinalIgnoreCase) || after.Contains("never", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:[\s,/&]|\band\b|\bor\b|\banalytics?\b|\bdetection\b|\bcapabilit(?:y|ies)\b|\bfunctions?\b|\bfeatures?\b|\bcameras?\b|\bimaging\b|\bestimation\b|\banalysis\b|\brecording\b|\(|\))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListGlue();

    // "In 2020 the Council enabled mask detection …", "during the pandemic … as a trial": use in a time gone by …
    [GeneratedRegex(@"\b(?:in|during) (?:20[0-2]\d|the (?:covid(?:-19)?|coronavirus) (?:pandemic|period)|the pandemic|lockdown)\b|\bas a trial\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastTime();

    // … unless the sentence says it still goes on: "is used", "remains in use", "still", "currently".
    [GeneratedRegex(@"\b(?:is|are|remains?|still|currently|now|continues?|today|at present)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PresentTime();

    /// <summary>Capable but not switched on, in the words of <see cref="AnswerCues.Disabled"/> and also "has not been enabled",
    /// "has never been configured", "which we have not turned on", "remains switched off".</summary>
    private static bool Off(string text) => AnswerCues.Disabled().IsMatch(text) || NotSwitchedOn().IsMatch(text);

    [GeneratedRegex(@"\b(?:(?:has|have|had)(?:n't| not| never)(?: yet)?|never|not yet|yet to)(?: be| been)? (?:enabled|activated|switched on|turned on|configured|set up|commissioned|implemented|programmed)\b|\b(?:we|they|the \w+)(?:'ve|’ve| have| has| had)(?:n't| not| never)(?: yet)? (?:turned|switched) (?:it |them |this |these |that )?on\b|\b(?:we|they|the \w+)(?:'ve|’ve| have| has| had)(?:n't| not| never)(?: yet)? (?:enabled|activated|configured|set up) (?:it|them|this|these|that)\b|\b(?:remains?|left|kept|is set to|are set to) (?:switched |turned )?(?:off|disabled|inactive)\b|\b(?:nobody|no-one|no one) (?:has|have|had)(?: ever| yet)? (?:(?:switched|turned) (?:it |them |this |these )?on|used|enabled|activated|configured|set up)\b|\b(?:which|that) (?:we|they|the \w+) (?:have|has|had)(?:n't| not| never)(?: yet| ever)? (?:used|utilised|utilized|enabled|activated|configured|set up)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSwitchedOn();

    // "audio is recorded in custody", "conversations are captured at the counter": the passive says it is in use; so does
    // "our contractor runs ANPR at the car park".
    [GeneratedRegex(@"\b(?:audio|sound|speech|conversations?|voices?)(?: as well as (?:video|images?|pictures))? (?:is|are) (?:also |only |routinely |continuously )?(?:recorded|captured|monitored|retained|stored)\b|(?<!\b(?:can|could|able to|capable of) )\brecord (?:both )?(?:sound|audio) and (?:images|video|pictures)\b|\b(?:runs|run for us|makes use of|relies on)\b|\b(?:is|are) (?:still |now |currently |also |regularly |routinely )?(?:running|live)\b|\b(?:is|are) (?:still|now|currently|also|regularly|routinely) (?:used|in use|in operation|active)\b|\btrigger(?:s|ed)? (?:when|whenever|if|on)\b|\b(?:sounds?|raises?|triggers?|sends?|gives?) (?:an? )?(?:alarm|alert|notification|warning)s?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PassiveUse();

    // The sentence is about someone else's system: "is not force CCTV", "is not part of the building CCTV covered by this
    // response", "searches … do not involve the force's fixed CCTV cameras", "are not CCTV for the purposes of your request".
    // A contractor running the body's own cameras is not this ("operated for us by …"), nor is a national service
    // the body says it uses.
    [GeneratedRegex(@"\b(?:is|are) not (?:part of )?(?:our|the (?:force|council|trust|university|college|school|board|department|academy|authority)(?:'s|’s)?|(?:force|council|trust|university|college|school|board|department|academy|authority)) (?:own )?(?:cctv|systems?|cameras?|estate|equipment)\b|\bnot (?:owned|operated|run|managed|controlled) by (?:us|the (?:force|council|trust|university|college|school|board|department|academy|authority))\b|\b(?:is|are) not part of (?:the|our) (?:[\w'’-]+ ){0,3}?(?:cctv|camera system|estate)\b|\bnot cctv for the purposes\b|\b(?:do|does)(?: not|n't) involve (?:the |our |any )?(?:[\w'’-]+ ){0,3}?(?:cctv|cameras)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotOurs();

    /// <summary>"Thermal – no. Face detection – yes, but not enabled. Audio – no.": the sentence splitter keeps "no." with what
    /// follows (it is also "No. 5"), so a run of capability answers is cut after each "no." or "yes." that a capital follows.</summary>
    private static IEnumerable<ReplyUnit> SplitAnswers(ReplyUnit unit)
    {
        if (unit.IsRow && unit.Text.Length > 60 && (unit.Text.Contains(". ", StringComparison.Ordinal) || unit.Text.Contains("? ", StringComparison.Ordinal)) && !IsProseCell(unit.Text))
        {
            // "Your question: Facial recognition; in use? | Our answer: The licence includes … It has not been set up.": a cell of
            // prose is read sentence by sentence like a letter, the question cell not at all, the rest as a row.
            string[] cells = unit.Text.Split(" | ");
            string?[] prose = [.. cells.Select(c => SplitCell(c).Value is var value && IsProseValue(value) ? value : null)];
            if (prose.Any(p => p is not null))
            {
                List<string> rest = [.. cells.Where((c, i) => prose[i] is null && !IsQuestionCell(c))];
                if (rest.Count > 1)
                {
                    yield return unit with { Text = string.Join(" | ", rest) };
                }

                foreach (string value in prose.OfType<string>())
                {
                    foreach (string sentence in SentenceEnd().Split(value))
                    {
                        if (sentence.Trim().Length > 0)
                        {
                            yield return unit with { Text = sentence.Trim(), IsRow = false };
                        }
                    }
                }

                yield break;
            }
        }

        if (unit.IsRow || unit.Text.Length < 20)
        {
            yield return unit;
            yield break;
        }

        int from = 0;
        foreach (Match end in ShortAnswerEnd().Matches(unit.Text))
        {
            int to = end.Index + end.Length;
            string piece = unit.Text[from..to].Trim();
            if (piece.Length > 0)
            {
                yield return unit with { Start = unit.Start + from, End = unit.Start + to, Text = piece };
            }

            from = to;
        }

        if (from == 0)
        {
            yield return unit;
        }
        else if (unit.Text[from..].Trim() is { Length: > 0 } last)
        {
            yield return unit with { Start = unit.Start + from, Text = last };
        }
    }

    [GeneratedRegex(@"\b(?:no|yes|none)\.(?=\s+[A-Z][a-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortAnswerEnd();

    /// <summary>"Thermal cameras were used for screening, but were removed in 2022": the next clause says it is gone.</summary>
    private static bool RemovedLater(string sentence, string clause)
    {
        int end = sentence.IndexOf(clause, StringComparison.Ordinal) + clause.Length;
        return end > 0 && end < sentence.Length && (AnswerCues.LaterRemoved().IsMatch(sentence.AsSpan(end)) || RemovedAfter().IsMatch(sentence.AsSpan(end)));
    }

    // "… we installed four thermal screening cameras; these were taken out in 2022": the next clause, after a semicolon or
    // comma, says the equipment has gone.
    [GeneratedRegex(@"^[\s;,:–—-]*(?:(?:but|and|however|although)\s+)?(?:they|these|those|it|which|all|both|the (?:[\w-]+ )?(?:cameras?|units?|systems?|equipment|recorders?|devices?))\s+(?:were|was|have|has|had)\s+(?:(?:since|later|subsequently|then|all|both|now|already)\s+)*(?:been\s+)?(?:removed|replaced|decommissioned|taken out|taken down|withdrawn|discontinued|disposed of|retired|returned)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RemovedAfter();

    // "… support human detection and line crossing; these features are available but have been switched off": every
    // capability the clause before named is off.
    [GeneratedRegex(@"^[^.;]{0,120}[;,]\s*(?:and\s+)?(?:this|these|it|which|they|both|all|the (?:features?|functions?|analytics?|capabilit\w+|detections?))\b[^.;]{0,40}?\b(?:not (?:enabled|in use|used|active|activated|switched on|turned on)|disabled|switched off|turned off|deactivated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterClauseDisabled();

    [GeneratedRegex(@"^[^;,]*?(?=\s(?:and|but|although|though|whereas)\b|[;,]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FirstClause();

    [GeneratedRegex(@"\b(?:and )?(?:is |are )?not (?:used|enabled|in use|switched on|active) (?:at|in|on|for|across) (?:any |all |the )?(?:other|remaining)\b[^.;]*|\b(?:and )?(?:is |are )?(?:not (?:used|enabled|in use)|disabled|switched off|turned off|off) (?:elsewhere|everywhere else|anywhere else)\b|\b(?:and )?(?:is |are )?(?:disabled|switched off|turned off) (?:at|in|on|for|across) (?:all |the )?(?:other|remaining)\b[^.;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotUsedElsewhere();

    // "… human detection (AcuSense); this is switched on at the two depots", "… tripwire and intrusion detection, which the control
    // room operators use": a later clause says the capability is used.
    [GeneratedRegex(@"^[^.;]{0,80}[;,]\s*(?:and\s+)?(?:this|these|it|which|they|the (?:function|feature|analytic|detection)s?|(?:the|this|these|its|their) (?:figures?|data|counts?|numbers?|totals?|results?|outputs?|alerts?|alarms?|readings?|recordings?|statistics))\s+(?:is|are|has been|have been)\s+(?:now\s+)?(?:switched on|turned on|enabled|in use|used|active|activated)\b|^[^.;]{0,80}?\s(?:but|and)\s+(?:(?:this|these|it|they)\s+)?(?:is|are)\s+(?:only\s+|now\s+|sometimes\s+|occasionally\s+)?(?:switched on|turned on|enabled|in use|used|active|activated)\b|^[^.;]{0,120}?(?:[;,]\s*(?:and\s+)?|\s(?:and|which|that)\s+)(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:we|staff|operators|officers|wardens|team|caretakers?|managers?)\s+(?:do\s+|does\s+|now\s+|regularly\s+|routinely\s+)?(?:uses?|are using|is using)\b(?!\s+(?:other|another|different|separate)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterClauseInUse();

    // "… and whether any of them do facial recognition": asked about, not said.
    [GeneratedRegex(@"\b(?:whether|if) (?:any|the|our|your|they|it|these|those|there)\b|\b(?:part|parts|question|questions|bit) (?:about|on|regarding|concerning)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whether();

    /// <summary>"Face detection - not enabled", "Audio (Hikvision cameras): none": a list line's label is the capability itself, not
    /// a heading of prose ("Harm: To confirm whether … analytics such as facial recognition") or a sentence ("Some cameras have a
    /// microphone - we do not know whether it is on").</summary>
    private static bool IsCapabilityLabel(string label, Capability capability)
    {
        Regex pattern = CapabilityLexicon.Patterns.First(p => p.Capability == capability).Pattern;
        Match named = pattern.Match(label);
        if (!named.Success)
        {
            return false;
        }

        string others = label.Remove(named.Index, named.Length);
        return LabelWord().Count(others) <= 3;
    }

    [GeneratedRegex(@"[A-Za-z][\w'’-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LabelWord();

    /// <summary>The part of a clause that speaks of one capability when commas join several that each have their own verb:
    /// "They have two-way audio which is not used, and human detection which is switched on out of hours", "face detection is
    /// not switched on, crowd density alerts are used on event nights". A list that shares one verb ("face detection, line
    /// crossing and intrusion, which are not enabled") stays whole, and commas without a capability join the part they lean on.</summary>
    private static (string Part, int At) OwnPart(string clause, int at, int length)
    {
        if (!clause.Contains(", ", StringComparison.Ordinal))
        {
            return (clause, at);
        }

        List<int> starts = [0];
        int depth = 0;
        for (int i = 0; i + 1 < clause.Length; i++)
        {
            char c = clause[i];
            depth = c == '(' ? depth + 1 : c == ')' ? Math.Max(0, depth - 1) : depth;
            if (c == ',' && clause[i + 1] == ' ' && depth == 0)
            {
                starts.Add(i + 1); // a comma inside brackets ("(facial recognition, thermal or audio) is not used") joins a list
            }
        }

        List<(int Start, int End)> mentions = [.. CapabilityLexicon.Patterns.SelectMany(p => p.Pattern.Matches(clause)).Select(m => (m.Index, m.Index + m.Length))];
        string flat = Aside().Replace(clause, m => new string(' ', m.Length)); // a verb in brackets is an aside
        int count = starts.Count;
        bool[] named = new bool[count];
        bool[] closes = new bool[count];
        bool[] ownVerb = new bool[count];
        bool[] verbFirst = new bool[count];
        for (int i = 0; i < count; i++)
        {
            int from = starts[i], to = i + 1 < count ? starts[i + 1] - 1 : clause.Length;
            var inside = mentions.Where(m => m.Start >= from && m.Start < to).ToList();
            named[i] = inside.Count > 0;
            int last = named[i] ? Math.Min(inside.Max(m => m.End), to) : from;
            int first = named[i] ? Math.Min(inside.Min(m => m.End), to) : to;
            closes[i] = Predicate().IsMatch(flat.AsSpan(last, to - last));
            // "…, and audio is recorded only in custody": a new clause, led by a conjunction, whose subject is the capability.
            ownVerb[i] = named[i] && ConjunctionSubject().Match(clause, from, to - from) is { Success: true } led
                && inside.Any(m => m.Start == led.Index + led.Length) && Predicate().IsMatch(flat.AsSpan(first, to - first));
            int firstStart = named[i] ? inside.Min(m => m.Start) : to;
            verbFirst[i] = Predicate().IsMatch(flat.AsSpan(from, firstStart - from));
        }

        // Group the pieces: a group ends after a piece whose capability has its verb, or before a piece that names another
        // capability with a verb of its own; a group without a capability joins the next one (or, at the end, the one before).
        List<(int From, int To, bool Named)> groups = [];
        int groupFrom = 0;
        bool groupNamed = false;
        for (int i = 0; i < count; i++)
        {
            if (i > groupFrom && groupNamed && named[i] && ownVerb[i] && verbFirst[groupFrom])
            {
                groups.Add((groupFrom, i - 1, true));
                groupFrom = i;
                groupNamed = false;
            }

            groupNamed |= named[i];
            if (groupNamed && closes[i])
            {
                groups.Add((groupFrom, i, true));
                groupFrom = i + 1;
                groupNamed = false;
            }
        }

        if (groupFrom < count)
        {
            if (!groupNamed && groups.Count > 0)
            {
                groups[^1] = (groups[^1].From, count - 1, true);
            }
            else
            {
                groups.Add((groupFrom, count - 1, groupNamed));
            }
        }

        if (groups.Count < 2)
        {
            return (clause, at);
        }

        foreach ((int from, int to, bool _) in groups)
        {
            int start = starts[from], end = to + 1 < count ? starts[to + 1] - 1 : clause.Length;
            if (at >= start && at + length <= end)
            {
                return (clause[start..end], at - start);
            }
        }

        return (clause, at);
    }

    [GeneratedRegex(@"\G\s*(?:and|but|while|whilst|whereas)\s+(?:the |any |our |all |some )?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConjunctionSubject();

    /// <summary>Where a match lies inside its clause (the clause is a piece of the sentence; the same words may occur twice).</summary>
    private static int Within(string sentence, string clause, int index)
    {
        for (int start = sentence.IndexOf(clause, StringComparison.Ordinal); start >= 0; start = sentence.IndexOf(clause, start + 1, StringComparison.Ordinal))
        {
            if (index >= start && index < start + clause.Length)
            {
                return index - start;
            }
        }

        return -1;
    }

    // "a speaker and strobe light (neither has been enabled)": said after the things it speaks of.
    [GeneratedRegex(@"\b(?:neither|none)(?: of (?:them|these|those|which|it))? (?:has|have|is|are|was|were)(?: yet| ever)?(?: been)? (?:enabled|activated|switched on|turned on|configured|set up|used|in use)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoneEnabled();

    // A verb after a capability: "which is not used", "is switched on", "are available", "has never been enabled".
    [GeneratedRegex(@"\b(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|remains?)\b|n't\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Predicate();

    // "(not enabled)", "(in use)", "(enabled at the pharmacy store)", "(not available)" right after a capability.
    [GeneratedRegex(@"^(?<gap>[^(),;.]{0,40}?)\((?<status>[^()]{1,80})\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItemStatus();

    /// <summary>What an item's brackets say of its state: off (false), on (true), or nothing about it (null: "(Hikvision)").</summary>
    private static bool? ItemStatusSays(string status) =>
        Off(status) || OffCell().IsMatch(status.Trim()) ? false
        : !AnswerCues.Negation().IsMatch(status) && (SaysInUse(status) || OnStatus().IsMatch(status.Trim())) ? true
        : null;

    [GeneratedRegex(@"^(?:on|live|yes,? (?:in use|used|on|enabled))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnStatus();

    // "None of the University's cameras – Axis or Hikvision – are used for facial recognition": a phrase between two dashes is an
    // aside like one in brackets, and the denial before it reaches the capabilities after it.
    [GeneratedRegex(@"(?<=\w)\s[–—-]\s(?<aside>[^–—.;:()]{1,60}?)\s[–—-]\s(?=\w)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashAside();

    /// <summary>An aside that names no capability and says nothing of a state ("Axis or Hikvision", not "not enabled" or "in use"),
    /// so blanking it takes nothing away.</summary>
    private static bool NamesNoState(string aside) =>
        !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(aside)) && !Off(aside) && !AnswerCues.Negation().IsMatch(aside)
        && !AnswerCues.InUse().IsMatch(aside) && !AnswerCues.Unsure().IsMatch(aside) && !AnswerCues.Past().IsMatch(aside);

    // Brackets in what comes before a capability: an aside about something else.
    [GeneratedRegex(@"\([^()]{0,120}\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Aside();

    /// <summary>"None of our cameras have these functions, with the exception of the car park cameras, which read": what follows
    /// the exception is not denied.</summary>
    private static string AfterException(string before)
    {
        Match last = Match.Empty;
        int open = before.LastIndexOf('(');
        int limit = open > before.LastIndexOf(')') ? open : before.Length; // "ANPR (other than the national" is an aside
        foreach (Match exception in Exception().Matches(before[..limit]))
        {
            last = exception;
        }

        return last.Success ? before[(last.Index + last.Length)..] : before;
    }

    [GeneratedRegex(@"\b(?:with the exception of|except(?:ing)?(?: for| that)?|apart from|other than|save for|aside from|but for)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Exception();

    /// <summary>Use said in a clause, not counting "can do face detection" (able to) or "crowd density alerts" (the function's
    /// name).</summary>
    private static bool SaysInUse(string clause) =>
        AnswerCues.InUse().IsMatch(clause) && AnswerCues.InUse().IsMatch(NotUseWords().Replace(clause, " "));

    [GeneratedRegex(@"\b(?:can|could|able to|capable of|cannot|can't) (?:also )?do\b|(?<=\b(?:detection|density|crossing|loitering|intrusion|recognition|counting|tripwire|anpr|motion|analytics|capture|mask|thermal|temperature)[""”’']?\s)(?:alerts?|alarms?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotUseWords();

    /// <summary>"… can do face detection and loitering, but we have never switched them on": a later "but" clause about the same
    /// things (a pronoun, no other capability) says they are off.</summary>
    private static bool LaterButOff(string rest)
    {
        Match but = ButClause().Match(rest);
        return but.Success && Off(but.Groups["tail"].Value) && !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(but.Groups["tail"].Value));
    }

    [GeneratedRegex(@"^[^.;]{0,120}?\s(?:but|however|although)\s+(?<tail>(?:we|they|these|those|it|this|the (?:features?|functions?|analytics?|capabilit\w+))\b[^.;]{0,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButClause();

    // "Audio is not recorded anywhere", "sound is not captured": no audio (unlike a microphone whose recording is off).
    [GeneratedRegex(@"^(?:audio|sound)(?: recording)?\s+(?:is|are)(?:n't| not| never) (?:recorded|captured|used|in use|monitored)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AudioNotTaken();

    [GeneratedRegex(@"\b(?:microphones?|mics?|inputs?|capab\w+|support\w*|speakers?|built[- ]in|in-built|fitted)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AudioHardware();

    // "an audio input but no microphone is attached", "audio inputs; none are connected to microphones": audio has, not in use.
    [GeneratedRegex(@"\b(?:audio|microphone|mic)[- ](?:inputs?|sockets?|ports?|terminals?|connectors?|in)\b[^.;]{0,80}?\b(?:no|not|none|without)\b[^.;]{0,30}?\b(?:microphones?|mics?|connected|attached|fitted|plugged)\b|\b(?:no|without) (?:microphones?|mics?) (?:is |are |have been |has been )?(?:connected|attached|fitted|installed|plugged)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoMicrophone();

    // "Site: Library | Make: Hikvision | Face detection: Yes | In use: No" — headings decide, values say yes or no.
    private static void ReadCapabilityRow(ReplyUnit unit, CodingState state)
    {
        List<(string Heading, string Value)> cells = [.. unit.Text.Split(" | ").Select(SplitCell)];
        if (cells.All(c => c.Heading.Length == 0) && cells.Count(c => CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(c.Value))) >= 2)
        {
            return; // a table's heading row names capabilities; it does not say any camera has them
        }

        if (cells.All(c => c.Heading.Length == 0) && cells.Any(c => AnswerKey().IsMatch(c.Value)))
        {
            return; // "Site | Model | Face detection (Y/N) | In use (Y/N)": a heading row that tells how to answer
        }

        // "Used by the Council: ✗", "Enabled: Yes – depot perimeter only", "Analytics in use: None": the row's use column.
        bool? rowInUse = null;
        foreach ((string heading, string value) in cells)
        {
            if (heading.Length > 0 && IsUseHeading(heading) && !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(heading)))
            {
                rowInUse = CellSaysInUse(value) ? true : CellSaysNo(value) || Off(value) ? (rowInUse ?? false) : rowInUse;
            }
        }

        foreach ((Capability capability, Regex pattern) in CapabilityLexicon.Patterns)
        {
            for (int i = 0; i < cells.Count; i++)
            {
                (string heading, string value) = cells[i];
                bool namedInHeading = pattern.IsMatch(heading);
                if (namedInHeading && i + 1 < cells.Count && IsOwnInUseColumn(cells[i + 1].Heading))
                {
                    // "Thermal capable: Y | In use: Y | Audio capable: Y | In use: N": each "In use" belongs to the column before.
                    if (CellSaysCapable(value) || CellSaysOff(value))
                    {
                        state.AddCapability(capability, inUse: CellSaysInUse(cells[i + 1].Value) && !CellSaysOff(value), unit);
                    }
                }
                else if (namedInHeading)
                {
                    // A column per capability: "Face detection: Yes (disabled)", "Thermal: ✓ ON", "ANPR: Licensed but not configured".
                    if (CellSaysOff(value) || (CellSaysCapable(value) && rowInUse == false))
                    {
                        state.AddCapability(capability, inUse: false, unit);
                    }
                    else if (CellSaysCapable(value))
                    {
                        bool inUse = rowInUse == true || AnswerCues.InUseHeading().IsMatch(heading) || CellSaysOn(value) || AnswerCues.InUse().IsMatch(value);
                        state.AddCapability(capability, inUse, unit);
                    }
                }
                else if (pattern.Match(value) is { Success: true } named && !Whether().IsMatch(value.AsSpan(0, named.Index)))
                {
                    // A row per capability: "Capability: Face detection | Available: Yes | In use: No", or prose in a cell.
                    var others = cells.Where((c, j) => j != i && !(c.Heading.Length > 0 && IsUseHeading(c.Heading))).ToList();
                    bool available = others.Any(c => CellSaysCapable(c.Value));
                    bool off = others.Any(c => CellSaysOff(c.Value));
                    bool denied = others.Any(c => CellSaysNo(c.Value));
                    bool noneHave = others.Count > 0 && others.All(c => CellSaysNo(c.Value) || NotHasCell().IsMatch(c.Value));
                    string clause = Clause(value, 0, value.Length);
                    if (!available && others.Any(c => AnswerCues.Past().IsMatch(c.Value) || TrialEnded().IsMatch(c.Value)))
                    {
                        continue; // "Thermal | Status: Trial ended | Comment: trialled in 2021, returned to supplier"
                    }

                    if (Off(value) || (off && !available))
                    {
                        if (!NotHasCell().IsMatch(value))
                        {
                            state.AddCapability(capability, inUse: false, unit);
                        }
                    }
                    else if (heading.Length > 0 && IsUseHeading(heading) && !AnswerCues.Negation().IsMatch(clause) && !CellSaysNo(value))
                    {
                        state.AddCapability(capability, inUse: true, unit); // "Analytics in use: People counting"
                    }
                    else if (heading.Length > 0 && AvailableHeading().IsMatch(heading) && !AnswerCues.Negation().IsMatch(clause) && !CellSaysNo(value) && !NotHasCell().IsMatch(value))
                    {
                        // "Features available: Face detection (NVR) | Features in use: None": the heading says the cell lists what the
                        // equipment can do, whatever numbers the row's other columns hold.
                        state.AddCapability(capability, inUse: rowInUse == true, unit);
                    }
                    else if (available || rowInUse == true || (!denied && !AnswerCues.Negation().IsMatch(clause) && !NotHasCell().IsMatch(value) && !noneHave && others.All(c => !CellSaysNo(c.Value))))
                    {
                        // "Audio | Hikvision: N | Body-worn: Y (in use)": a maker's column may say it is on.
                        bool on = others.Any(c => CellSaysOn(c.Value) && CellSaysCapable(c.Value));
                        state.AddCapability(capability, inUse: rowInUse == true || (rowInUse is null && ((AnswerCues.InUse().IsMatch(value) && !Off(value)) || on)), unit);
                    }
                }
            }
        }
    }

    /// <summary>A capability cell that says the equipment can do it: "Yes", "✓ (depot bullets)", "Capable", "Y (not used)",
    /// "Mic fitted – recording off", "Line crossing present", "Licensed but not configured".</summary>
    private static bool CellSaysCapable(string value) =>
        !CellSaysNo(value) && !NotHasCell().IsMatch(value) && (Yes(value) || CapableCell().IsMatch(value) || CellSaysOn(value));

    /// <summary>Capable but switched off: "Yes (disabled)", "Licensed but not configured", "Capable – not enabled".</summary>
    private static bool CellSaysOff(string value) =>
        !CellSaysNo(value) && !NotHasCell().IsMatch(value) && (Off(value) || OffWord().IsMatch(value))
        && (CapableCell().IsMatch(value) || Yes(value) || OffCell().IsMatch(value));

    /// <summary>A use column's cell that says the function is on: "✓", "Yes – depot perimeter only", "In use in custody".</summary>
    private static bool CellSaysInUse(string value) => NotNoOrOff(value) && (UseMark().IsMatch(value.Trim()) || InUseWords().IsMatch(value));

    /// <summary>A capability column's cell that says more than "capable": "✓ ON", "Y (in use)", "Enabled at the depot".</summary>
    private static bool CellSaysOn(string value) => NotNoOrOff(value) && InUseWords().IsMatch(value);

    private static bool NotNoOrOff(string value) => !CellSaysNo(value) && !Off(value) && !OffWord().IsMatch(value);

    [GeneratedRegex(@"\((?:y/n|yes/no|yes or no|y or n|✓/✗|tick)\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerKey();

    private static bool CellSaysNo(string value) => No(value) || NoCell().IsMatch(value.Trim());

    // "✓", "Y (depot only)", "Capable", "Available on the NVR", "Line crossing present", "fitted", "licensed", "supported".
    [GeneratedRegex(@"^(?:✓|✔|☑|y\b|yes\b)|^(?:[\w-]+ ){0,4}?(?<!\bnot )(?:capable|available|present|supported|fitted|licensed|installed|built[- ]in|included)\b|[-–—]\s*yes\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapableCell();

    [GeneratedRegex(@"^(?:✓|✔|☑|y\b|yes\b|on\b|used\b|live\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UseMark();

    // "✓ ON", "Y (in use)", "Y (used – workshop safety)", "Capable – on (roof access)", "Yes, used in investigations".
    [GeneratedRegex(@"\b(?:(?i:in use|used|enabled|switched on|turned on|active|activated|operational|in operation)|ON)\b|(?i:[-–—(,]\s*on\b)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InUseWords();

    // "Capable – off", "Yes, off": the function is there but switched off.
    [GeneratedRegex(@"[-–—(,]\s*off\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OffWord();

    // "Not enabled", "Not in use", "Not configured", "Off": the cell of a capability column says the function is off.
    [GeneratedRegex(@"^(?:not (?:enabled|in use|used|active|activated|configured|switched on|turned on)|off|disabled|switched off|turned off|inactive)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OffCell();

    // "✗", "N", "Not present", "Not known", "Unknown", "Not licensed, not available", "n/a", "–".
    [GeneratedRegex(@"^(?:✗|✘|☒|×|–|—|-)(?:\s|$)|^(?:n|no|none|nil|n/a|na|false|unknown|not known|not applicable)\b(?!\s*[-–—:]?\s*(?:but|however)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoCell();

    // The equipment cannot do it: "Not present", "Not capable", "Not licensed, not available", "Not supported", "Not fitted".
    [GeneratedRegex(@"^(?:not|no) (?:present|capable|available|supported|fitted|licensed|installed|possible|held|known)\b|\bnot (?:capable|supported|available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotHasCell();

    /// <summary>A row that is one cell of prose ("None of the cameras have facial recognition … The Uniview cameras support
    /// intrusion detection, which is not enabled."): read sentence by sentence, like a letter.</summary>
    private static bool IsProseCell(string row) =>
        row.Length > 60 && !row.Contains(" | ", StringComparison.Ordinal) && SplitCell(row).Heading.Length == 0 && row.Contains(". ", StringComparison.Ordinal);

    // A column listing what the equipment can do: "Features available", "Capable of", "Supported analytics" (not the label
    // column "Capability" of a row per capability).
    [GeneratedRegex(@"\b(?:available|capable of|supported|supports|can do|can perform|offered|offers)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AvailableHeading();

    [GeneratedRegex(@"\b(?:trial (?:ended|finished|over|stopped|discontinued)|returned to (?:the )?(?:supplier|manufacturer|vendor|installer)|no longer (?:fitted|installed|held|present|in place))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrialEnded();

    /// <summary>A cell holding sentences rather than a value: "The licence includes Appearance Search. It has not been set up."
    /// (one sentence with dashes and semicolons, "object detection – enabled; Appearance Search – not licensed", is a value).</summary>
    private static bool IsProseValue(string value) => value.Length > 60 && SentenceEnd().IsMatch(value);

    /// <summary>"Your question: Facial recognition etc.; in use?", "Request: …": the request restated in a table.</summary>
    private static bool IsQuestionCell(string cell) => cell.TrimEnd().EndsWith('?') || QuestionHeading().IsMatch(SplitCell(cell).Heading);

    [GeneratedRegex(@"\b(?:question|request|you asked|asked|query|enquiry)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuestionHeading();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    /// <summary>A column that says what is switched on: "In use", "Enabled", "Used by the Council", "Configured analytics".</summary>
    private static bool IsUseHeading(string heading) => AnswerCues.InUseHeading().IsMatch(heading) || ConfiguredHeading().IsMatch(heading);

    [GeneratedRegex(@"\b(?:configured|turned on|live|running)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConfiguredHeading();

    private static bool IsOwnInUseColumn(string heading) =>
        heading.Length > 0 && AnswerCues.InUseHeading().IsMatch(heading) && !CapabilityLexicon.Patterns.Any(p => p.Pattern.IsMatch(heading));

    private static (string Heading, string Value) SplitCell(string cell)
    {
        int colon = cell.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? ("", cell.Trim()) : (cell[..colon].Trim(), cell[(colon + 2)..].Trim());
    }

    private static bool Yes(string value) => AnswerCues.CellYes().IsMatch(value.Trim());

    private static bool No(string value) => value.Trim().ToLowerInvariant() is "n" or "no" or "false" or "none" or "0" or "-" or "not applicable" or "n/a" or "no." || value.TrimStart().StartsWith("No ", StringComparison.OrdinalIgnoreCase) || value.TrimStart().StartsWith("No,", StringComparison.OrdinalIgnoreCase);
}
