using System.Text.RegularExpressions;

namespace Sightline.Core.Answers;

/// <summary>The phrases UK officers use, grouped by what they signal. Culture-invariant, bounded by time-outs.</summary>
internal static partial class AnswerCues
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>What follows "refuse" when it is the rubbish and not the answer: "refuse and gritting vehicles", "refuse
    /// collection", "refuse tips" (for the refusal patterns' negative look-ahead).</summary>
    internal const string RefuseAsNoun = @"(?:and (?:[\w-]+ )?(?:vehicles?|lorr\w*|trucks?|collection\w*|crews?)\b|fleet\b|vehicles?|collection|lorr|trucks?|wagons?|freighters?|disposal|and recycling|tips?|sites?)";

    [GeneratedRegex(@"\b(?:undeliverable|undelivered mail|delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|delivery (?:has )?failed|failure notice|could not be delivered|couldn'?t be delivered|wasn'?t delivered|was not delivered|message not delivered|recipient address rejected|address (?:couldn'?t|could not) be found|user unknown|mailbox (?:unavailable|not found|full)|no such user|550[ -]5\.\d\.\d|5\.1\.1|permanent(?:ly)? (?:error|failure|fatal))", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex DeliveryFailure();

    [GeneratedRegex(@"^(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|respon[sd]er)|out of (?:the )?office|ooo\b|autoreply|away from (?:the )?office)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AutoReplySubject();

    [GeneratedRegex(@"\b(?:out of (?:the )?office|on (?:annual |parental |maternity |paternity |sick )?leave|away from (?:the |my )?(?:office|desk)|limited (?:access to )?(?:e-?mail|my e-?mails)|(?:this|the) (?:mailbox|inbox|e-?mail address) (?:is (?:not|no longer) (?:monitored|in use|checked|active)|(?:is now|has (?:now )?been|has now|will (?:now )?be) (?:closed|deleted|deactivated))|no longer (?:monitored|in use|works? (?:here|at|for))|i am (?:currently )?(?:away|out|on leave|not in)|i will (?:be )?(?:back|return)|(?:return|back) (?:to the office )?on (?:mon|tue|wed|thu|fri|\d)|automatic(?:ally generated)? (?:reply|response|message)|do not reply to this (?:e-?mail|message)|not be able to respond(?! (?:to (?:your|this) request )?(?:within|by|in time|before))|currently unavailable|closed (?:for|over) (?:the )?(?:half[- ]term|holidays?|summer|christmas|easter|school holidays?)\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AutoReply();

    // A closed office or an unread mailbox: "the school is closed for the October holiday", "messages sent to this inbox will
    // not be checked". Run only on sentences that say "closed" or carry a negative.
    [GeneratedRegex(@"(?:mailbox|inbox|e-?mails?|messages?|account)\b[^.]{0,30}?\b(?:is |are |will |won'?t )?(?:not |no longer )?(?:be )?(?<=(?:not|no longer|won'?t) (?:be )?)(?:monitored|checked|read|forwarded|answered)\b|(?:is|are) (?:currently |now )?closed (?:for|until|over|during) [^.]{0,30}?\b(?:holidays?|break|half[- ]term|recess|vacation|christmas|easter|summer|\d{1,2}(?:st|nd|rd|th)? \w+|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AutoReplyClosure();

    [GeneratedRegex(@"\b(?:acknowledge(?:s|d)? (?:the )?(?:receipt|your)|(?:we|i) (?:have |has )?(?:received|receive) your (?:request|e-?mail|freedom|foi|information)|(?:your )?(?:request|e-?mail) (?:has been|was|is) (?:received|logged|registered|recorded|passed)|has been received|receipt of your (?:request|e-?mail|freedom)|(?:will|shall|aim to|endeavour to) (?:respond|reply|provide (?:you with )?(?:a )?response|be in touch|send (?:you )?(?:a |our )?(?:response|reply))(?![^.]{0,30}\b(?:on|upon|after) (?:my|our) return|[^.]{0,30}\bwhen (?:i|we) (?:am back|are back|return|get back)|[^.]{0,40}\b(?:after|when|once) (?:the (?:[\w-]+ )?(?:school|academy|college|office|offices)|we|it) (?:re-?opens?|(?:is|are) (?:back|open again)))|(?:i|we) have (?:forwarded|passed|sent|transferred) your (?:e-?mail|request|message)(?: on)? to\b|within (?:the statutory )?(?:20|twenty) working days|(?:response|reply) (?:is )?due (?:by|on)|being (?:processed|dealt with|considered)|reference (?:number )?(?:for your request )?is|thank you for your (?:request|e-?mail)[^.]{0,80}(?:received|logged)|get back to you|(?:we'll|we will|i'll|i will) log|(?:has been|have been|was) logged|within the (?:statutory|legal) (?:timescale|time ?limit|deadline|timeframe|period)|received (?:it )?today|arrived with us|(?:you )?can expect (?:a |our )?(?:full )?(?:response|reply)|(?:expect|hope|aim|intend) to (?:respond|reply|provide (?:you with )?(?:a |our )?(?:full |complete |substantive )?(?:response|reply)|send (?:you )?(?:a |our )?(?:full |complete |substantive )?(?:response|reply)) (?:by|on|before|within)|(?:extend|extended|extension of) the (?:time|deadline|response (?:time|deadline))|high volume of requests)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Acknowledgement();

    [GeneratedRegex(@"\b(?:clarif(?:y|ication|ied)|section 1\s*\(\s*3\s*\)|(?:could|can|would) you (?:please )?(?:confirm|specify|explain|let (?:us|me) know|tell us|provide (?:more|further)|narrow|refine|clarify)|please (?:could you )?(?:confirm|specify|clarify|explain) (?:what|which|whether|if|the)|narrow (?:down )?(?:the scope|your request|the request)|refine (?:the scope of )?your request|more specific|what you mean by|what (?:exactly )?you are (?:looking|asking) for|further (?:information|details) (?:to|in order to) (?:identify|locate|process)|\bdo you (?:just |only )?(?:mean|want)\b|what you(?:'re| are) after|check what you|is it (?:ok|okay|alright) if|(?:could|can|would) you be able to (?:confirm|let (?:us|me) know|tell (?:us|me)|specify|clarify|explain)|let (?:us|me) know (?:whether|if|which) you(?:'re| are| would| want| need| mean)|once we (?:hear back|receive your (?:reply|response|clarification))|help (?:us|me) (?:to )?understand (?:exactly )?what you|would you like us to (?:include|exclude|cover|consider|search))", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Clarification();

    [GeneratedRegex(@"\b(?:fees? notice|fee of £|charge of £|payment of £|fee is payable|fee will be (?:charged|payable)|£\s?\d[\d,]*(?:\.\d\d)? (?:is|will be) (?:payable|charged|required)|(?:under|in accordance with) section (?:9|13)\b|regulation 8\b|(?:make|making|receive|receipt of) (?:the |a |your )?payment|cheque (?:made )?payable|disbursements?|(?:photocopying|postage) costs)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Fees();

    // The last branch, a heading ("Re: Internal review of FOI 1234"), is anchored at the start of the text, right after the
    // pattern's opening \b: the text must begin with its first letter. (It was written "^\W*", which could only ever match
    // nothing there but made every space and punctuation mark a place to try the whole pattern.)
    [GeneratedRegex(@"\b(?:upheld|uphold(?:s|ing)?|overturn(?:ed|s|ing)?|(?:the |this |your |an |my )?(?:internal )?review (?:has (?:now )?been |was |is now )?(?:completed|concluded|conducted|carried out|undertaken)|(?:outcome|result|conclusion|findings?) of (?:the|your|my|our|this) (?:internal )?review|(?:i|we) have (?:now )?(?:completed|conducted|carried out|undertaken|concluded) (?:an|the|a|my|our|your) (?:internal )?review|(?:i|we) have (?:now )?reviewed (?:the|your|our)|reviewing officer|(?:the )?reviewer (?:has )?(?:found|concluded|considered|decided)|on review,? (?:i|we|the council)|(?:asking|asked) (?:us|the \w+) to review|(?:not|partially|partly) upheld|your (?:request for (?:an? )?(?:internal )?review|review request)|(?:outcome|result) of (?:the|your|my|our|this) review|having (?:now )?(?:reviewed|re-?considered|looked again at) (?:the|your|our|this)|internal review of (?:the |your |our )?(?:foi|freedom of information|request|response|decision)|^(?:re:\s*)?(?:internal review|review of (?:foi|request|decision))\b(?=[^.?]{0,60}$))", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ReviewOutcome();

    [GeneratedRegex(@"\binternal review\b|\breview of (?:the|our|your|foi|request)\b|\b(?:asking|asked) (?:us|the \w+) to review\b|\breview (?:request|outcome|decision)\b|\bon review\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex InternalReview();

    // "(?=confirm )" before the look-behind of "cannot confirm or deny": the look-behind alone ran at every candidate letter.
    [GeneratedRegex(@"\bneither (?:to )?(?:confirm(?:s|ed|ing)?|conform) (?:n)?or (?:to )?den(?:y|ies|ied|ying)\b|\bNCND\b|\bneither confirming nor denying\b|(?=confirm )(?<=\b(?:cannot|can ?not|can't|will not|won't|do not|does not|don't|doesn't|refus\w{0,6}|declin\w{0,6}|unable)(?: to)?(?: either)? )confirm or deny\b|\bduty to confirm or deny (?:does not apply|is excluded|is not applicable)|\bexcluded from the duty to confirm|\brefuse to reveal whether (?:the )?information (?:exists|is held)|\bsection 18\s*\(\s*1\s*\)(?= of (?:the )?(?:FOISA|Freedom of Information \(Scotland\)))|\bwhether (?:or not )?(?:the )?information (?:exists or )?is held would (?:itself )?(?:be|reveal|disclose)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Ncnd();

    [GeneratedRegex(@"\b(?:(?:do(?:es)?|did)(?: not|n'?t) (?:currently )?hold (?:any (?:of (?:the |this |that |these |those ))?|the |this |that |such |these |those )?(?:recorded )?(?:information|data|records?|details)|(?:do(?:es)?|did)(?: not|n'?t) (?:currently )?(?:hold|have|keep) (?:an? |any |the )?(?:[a-z-]+ ){0,2}(?:model numbers?|breakdown|records? of|list of|register of|figures? for|numbers? of)|\b(?:were|was|are|is)(?<!\b(?:audio|sound|speech|conversations?|footage|video|images?)\s(?:were|was|are|is)) not (?:recorded|kept|noted|written down)|not written down|(?:information|data|details?|records?) (?:you (?:have )?(?:requested|asked for|seek) )?(?:is|are|was|were) not held|not held by (?:the|this|our)|hold(?:s)? no (?:recorded )?(?:information|records?|data|details)|no (?:recorded )?(?:information|records?|data) (?:is |are |was )?held|not hold (?:any )?(?:records?|details|data)|section 17 notice|notice under section 17|s\.?\s?17 notice|information (?:is )?not (?:recorded|held|kept)|(?:do(?:es)?|did)(?: not|n'?t) have any (?:recorded )?information|""not held""|a not held response|does not (?:keep|record|maintain) (?:any )?(?:records?|information|a record)|(?:do(?:es)?|did)(?: not|n'?t) (?:record|keep|list|show|include|capture|note|log)\b[^.;]{0,25}?\b(?:makes?|manufacturers?|models?|brands?|suppliers?|model numbers?|which (?:analytic|function|feature|capabilit)\w*)\b|(?:do(?:es)?|did)(?: not|n'?t) know (?:what|which|whether|if|how many|the (?:make|manufacturer|model|brand|number))|\bno (?:documentation|paperwork|records?|details)\b[^.;]{0,20}?\b(?:on|of|about|for) (?:this|these|them|it|the (?:system|cameras|equipment|make|manufacturer|models?|capabilit\w+))\b|\bthere (?:is|isn'?t|is not)(?: any| no)? (?:documentation|paperwork)\b|no such (?:records?|information) (?:exists?|is held)|is not held|\b(?:models?|model numbers?|numbers|makes|manufacturers?|brands?|capabilit(?:y|ies)|functions|breakdown|figures?|quantities|locations|details)\b[^.;]{0,30}?\b(?:is|are|was|were) not (?:held|recorded|known|available|kept|retained)\b|(?:cannot|can't|can not|could not|couldn't|(?:am|are|were|have been|is|was) (?:unable|not able) to|(?:have|has)(?: not|n'?t)(?: yet)? been able to) (?:tell (?:you|us)|provide|give (?:you|us)|say|identify|confirm|find out|establish|determine|ascertain|locate|find|trace)\b[^.]{0,30}\b(?:the )?(?:makes?|manufacturers?|numbers?|models?)\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NotHeld();

    [GeneratedRegex(@"\b(?:exceed(?:s|ed)? (?:the )?(?:appropriate|cost|costs) limit|appropriate limit|cost(?:s)? of compliance (?:would )?exceed|£\s?(?:450|600)\b|\b(?:18|24) hours\b|cost limit|manifestly unreasonable)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CostLimit();

    [GeneratedRegex(@"\bvexatious\b|\brepeated request\b|\bidentical (?:or substantially similar )?to (?:the|a|your) (?:previous |earlier )?request\b|\breasonable interval\b|\bsection 14\s*\(\s*2\s*\)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Vexatious();

    [GeneratedRegex(@"\b(?<!\b(?:not|rather than|instead of)\s)(?:refus(?:e|es|ed|ing|al)\b(?! " + RefuseAsNoun + @")|withh(?:o|e)ld(?:ing)?|is exempt|are exempt|exempt from (?:disclosure|release)|exempt under|exemptions? (?:at|under|in|applies|apply|is engaged|are engaged|has been applied|have been applied)|engag(?:e|es|ed|ing) (?:the )?(?:exemption|section)|(?:not|un)able to (?:provide|disclose|release|supply|share|confirm (?:the )?(?:details|locations|make|manufacturer|supplier))|will not (?:be )?(?:provid|disclos|releas|shar)\w*|decline to (?:provide|disclose|release)|not (?:be )?disclosed|cannot (?:be )?(?:provided|disclosed|released|share)|redacted)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Withholding();

    [GeneratedRegex(@"\b(?:none|not one) of\b[^.;]{0,60}\b(?:properties|premises|buildings|sites|offices|land) (?:is|are|has|have)(?: been)? (?:covered|monitored|fitted|equipped) (?:by|with) (?:cctv|cameras|surveillance)\b|\b(?:(?:do(?:es)?|did)(?: not|n'?t)|never|(?:has|have) never) (?:currently )?(?:have|operate|use|own|run|has|had|owned|operated|used|install(?:ed)?|deploy(?:ed)?)(?:(?:,|,? (?:or|and|nor)) (?:have|operate|use|own|run|manage|control|maintain|install|monitor|operated|owned|used|managed|installed|pay for|paid for|fund|funded|lease|leased|rent|rented))*(?: any)? (?:cctv|cameras?|surveillance|video surveillance|security cameras?|closed[- ]circuit)\b(?! (?:with|that|which|capable|able|fitted|featuring|using|made|manufactured|supplied|from|by|(?:at|in|across) (?:most|some|many|several|certain|a number|parts?|part of)\b))|\bno (?:cctv|surveillance cameras?|security cameras?|cameras) (?:cameras |systems? )?(?:is |are )?(?:installed|in use|on (?:site|the premises|our premises)|at (?:the|our|any))(?![^.;]{0,40}\b(?:have|has|had|with|use|uses|are capable|is capable|support|supports|record|records|do|does)\b)|\bthere (?:is|are) no (?:cctv|cameras|surveillance)\b(?! (?:with|that|which|capable|made|manufactured))|\bhas no cctv\b|\bhave no cctv\b|\bno cctv\b(?! (?:with|that|which|capable|made|manufactured|cameras? (?:with|that|which|made|manufactured)))", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NoCctv();

    // With the Welsh of bilingual replies: "Nid oes gennym offer Hikvision na Dahua" (we have no Hikvision or Dahua equipment).
    [GeneratedRegex(@"\b(?:not|no|never|none|neither|nor|without|n't|cannot|free of|nil|zero|nothing|nid|nad)\b|n't\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Negation();

    [GeneratedRegex(@"\b(?:removed|replaced|decommissioned|de-commissioned|previously|formerly|(?<!\b(?:is|are|was|were|be|being|been|also)\s)used to(?! (?:be )?(?:monitor|record|control|alert|detect|read|identify|protect|cover|view|capture|provide|support|manage|check|count|deter|prevent|help|enable|operate|secure|watch|observe|track|enforce|open|log))|no longer|phased out|disposed|retired|taken out|taken down|ripped out|swapped out|dismantled|upgraded from|historically|in the past|prior to 20\d\d|(?:was|were) (?:used|in use|deployed|operated)\b[^.;]{0,60}\b(?:during|between) 20\d\d|(?:some |many |a few |several |\d+ |two |three |four |five )?years ago|(?:we|the \w+) (?:once|previously|formerly) had|(?:we|they|it|the \w+) did (?:have|use|operate|run)\b|at one (?:time|point)|were (?:once )?(?:installed|used|in use) (?:until|before|between)|until (?:the )?(?:(?:end|summer|spring|autumn|winter|start|beginning|middle) of )?(?:\w+ )?20\d\d|(?:up )?until (?:recently|last (?:year|month|summer|spring|autumn|winter)|earlier this (?:year|month))|we used|have since been|has since been|before (?:that|then)(?=,))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Past();

    [GeneratedRegex(@"\b(?:still|currently|remain(?:s|ing)?|at present|presently|continue[sd]? to|yet to be replaced|until (?:they are|it is) replaced|awaiting replacement|due (?:to be|for) replace\w*|scheduled (?:to be|for) replace\w*|plan(?:s|ned)? to replace|will be replaced|being replaced|intend(?:s)? to replace|programme to replace|replacement programme)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex StillCurrent();

    // Equipment that is still there because its replacement has not happened yet: overrides "not" ("not yet replaced").
    [GeneratedRegex(@"\b(?:yet to be replaced|not (?:yet|currently) (?:been )?replaced|until (?:they are|it is) replaced|awaiting replacement|due (?:to be|for) replace\w*|scheduled (?:to be|for) replace\w*|plan(?:s|ned)? to replace|will be replaced|being replaced|intend(?:s)? to replace|programme to replace|replacement programme)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex PendingReplacement();

    // A fee actually asked for ("a fee of £25 is payable"), not the promise "if a fee is payable we will contact you".
    [GeneratedRegex(@"\b(?:fees? notice|fee of £|payment of £|charge of £|£\s?\d[\d,.]*\s(?:fee|charge)|make (?:the |a |your )?payment|on payment of (?:a|the) fee|fee (?:is|will be) payable before|the fee for (?:your|this) request|fee (?:is|will be) £|total (?:fee|cost|charge) (?:is |of )?£|until the fee has been (?:received|paid)|the fee is\s*:|until (?:the )?payment (?:has been|is) (?:received|made)|under section 13 and the fees regulations)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex StrongFees();

    // What the body decided before (in a review, or when correcting itself) is not what it decides now.
    [GeneratedRegex(@"\b(?:original|earlier|previous|initial|first) (?:response|reply|decision|answer|request)\b|\bwe told you\b|\b(?:our|the \w+'s|your) (?:response|reply|letter|decision) (?:of|dated)\b|\b(?:initially|originally|previously|at first)\s+(?:\w+\s+)?(?:refused|withheld|said|told|stated|responded|answered|decided|cited|relied|applied)\b|\b(?:was|were) (?:wrong|incorrect|mistaken|not correct|wrongly applied|not justified|unjustified|not appropriate)\b|\bshould not have (?:been )?\b|\breview (?:of )?(?:our|the|its|my) (?:response|reply|decision|answer)\b|\b(?:our|the|its) (?:response|reply|decision|answer),? (?:which|that|in which) (?:we )?(?:refused|withheld|relied|applied|cited)\b|\b(?:was|were|had been|has been) (?:not (?:correctly|properly|appropriately|rightly)|wrongly|incorrectly|inappropriately) (?:applied|engaged|cited|relied on)\b|\bno longer (?:rel(?:y|ies|ied|ying)|appl(?:y|ies|ied)|consider\w*|withh\w+|engag\w+)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex EarlierDecision();

    // More ways of describing the earlier decision ("the Trust's reply, in which …", "I do not consider that the NCND response
    // was justified"); see IsEarlierDecision.
    [GeneratedRegex(@"\b(?:do|does|did)(?: not|n't) (?:consider|think|believe|accept|find) (?:that )?[^.;]{0,60}?\b(?:was|were|is) (?:justified|correct|appropriate|right|warranted)\b|\b(?:our|its|the \w+'s|the (?:original|earlier|first)) (?:response|reply|decision|answer)(?: of [^,.;]{1,30})?,? in which\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex EarlierDecisionMore();

    /// <summary>What the body decided before, not what it decides now.</summary>
    public static bool IsEarlierDecision(string text) =>
        EarlierDecision().IsMatch(text) || ((text.Contains("in which", StringComparison.OrdinalIgnoreCase) || text.Contains("n't", StringComparison.Ordinal)
            || text.Contains(" not ", StringComparison.OrdinalIgnoreCase)) && EarlierDecisionMore().IsMatch(text));

    // The words of a reply about an information request at all (a bin-collection receipt is not an FOI acknowledgement).
    [GeneratedRegex(@"\b(?:request|FOI|FOISA|freedom of information|EIR|environmental information|enquiry|information)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AboutRequest();

    // The reply says its answers are in the quoted thread: "answers in bold after each of your questions below", "our
    // contractor has provided the answers below", "see our replies inline".
    [GeneratedRegex(@"\b(?:answers?|responses?|replies|reply|comments|information)\b[^.\n]{0,60}?\b(?:below|beneath|underneath|in bold|in red|in blue|in green|inline|in-line|after each|under each|against each|alongside each|next to each)\b|\b(?:answered|responded|replied|commented) (?:inline|in-line|in bold|in red|below each|under each|after each)\b|\b(?:answer|response|reply)\b[^.\n]{0,60}?\b(?:repeat|reproduce|quote|restate|copy)\w* (?:it |this |that |them |the answer )?(?:here|below|in full)\b|\bbelow (?:is|are) (?:the |their |his |her |its )?(?:[\w'’-]+ ){0,3}?(?:reply|replies|response|responses|answers?)\b|\bsee below (?:the |their |his |her |its |our )?(?:[\w'’-]+ ){0,3}?(?:information|reply|replies|response|responses|answers?)\b|\b(?:they|he|she|the \w+) (?:told|wrote to|replied to|informed|advised) (?:me|us)\s*:", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AnswersInQuote();

    // Further ways of saying part of the answer is not held; kept apart from NotHeld (and run only on sentences with a
    // negative) so that NotHeld's first-character prefilter stays selective. "(?=hold)" comes before the look-behind of "not
    // … hold any information" for the same reason: the look-behind alone ran at every candidate letter.
    [GeneratedRegex(@"(?:do(?:es)?|did)(?: not|n'?t) have (?:the|any|this|that|such) (?:recorded )?information\b(?! (?:to suggest|that|which))|(?=hold)(?<=\b(?:not|never) (?:(?:own|have|keep|been given|received|store)\w{0,3},? (?:and|or) (?:(?:does|do|has|have) not )?)?)hold,? (?:any|the|such) (?:recorded )?(?:information|records?|data|details)\b|(?:do(?:es)?|did)(?: not|n'?t) (?:hold|have|keep) (?:the |any |exact |accurate |those |these )?(?:counts?|models?|model details|numbers?|quantities|makes?|manufacturers?)\b(?! of (?:hikvision|dahua))|(?:do(?:es)?|did)(?: not|n'?t) know(?: yet)?\s*(?:[.\-–—,;]|$)|(?:cannot|can'?t|can not|could not|couldn'?t|unable to|not able to) (?:say|tell|identify|establish|determine|confirm) (?:what|who|which) (?:make |brand |manufacturer )?(?:they|these|those|it|the cameras?|the recorders?) (?:are|is|were)\b|\b(?:no|without (?:any )?|(?:haven'?t|hasn'?t|have not|has not) got (?:a|any)) (?:brand|branding|name|label|maker'?s? (?:name|markings?)|manufacturer'?s? (?:name|markings?|label)|markings) (?:on|visible)\b|(?:not|isn'?t|aren'?t) (?:sure|certain) (?:what|which|who|of the) (?:make|makes|manufacturer|brand|model)s?\b|\b(?:model numbers?|models|makes|manufacturers|serial numbers)\b[^.;]{0,60}?\b(?:we|i|the \w+) (?:do(?:es)?|did)(?: not|n'?t) (?:hold|keep|record|have|store) (?:them|these|those|this|it)\b|(?:have|has) no (?:recorded )?(?:information|records?|data)\b(?! (?:to suggest|that|which|of (?:receiving|having received|(?:a|any|your) (?:\w+ )?(?:request|e-?mail|letter))))", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NotHeldMore();

    // A short answer that is itself "not known": "Q3 – Not provided by the PFI partner.", "Models: unknown", "We don't know".
    [GeneratedRegex(@"^\W*(?:(?:q|question|answer|a)?\s*\d{1,2}\s*[.):\-–—]\s*|(?:[a-z]+\s+){0,2}[a-z]+\s*[:–—]\s*)?(?:not (?:known|held|available|provided|supplied|recorded)|unknown|(?:we |i )?(?:do not|don'?t) know)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NotKnownAnswer();

    // The make of some equipment is not known to the body: "Bradwell Primary | DVR | 6 – make not known", "the landlord
    // supplies the clinic cameras; we have not been given their makes".
    [GeneratedRegex(@"\b(?:make|manufacturer|brand|maker)s?\s+(?:is |are )?(?:not known|unknown|not recorded|unidentified)\b|\b(?:have|has)(?: not|n't) been (?:given|told|provided with|supplied with|sent|informed of) (?:the |their |its )?(?:makes?|manufacturers?|brands?|makers?)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex MakeNotGiven();

    // Makes used but not named: "equipment from other manufacturers", "cameras by various makers".
    [GeneratedRegex(@"\b(?:from|by|of) (?:other|various|different|several|a (?:range|number|variety) of) (?:manufacturers|makes|makers|brands|suppliers)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex OtherMakersUnnamed();

    // The two makers of the request referred to, not named: "either company", "those manufacturers", "neither of them".
    [GeneratedRegex(@"\b(?:(?:either|neither|both|those|these|the two|the above|the named|the said|the listed|the aforementioned)(?: two)? (?:companies|company|manufacturers?|makers?|makes|brands?|suppliers?|firms?|vendors?)|(?:either|neither|any|none) of (?:the|those|these) (?:two )?(?:companies|manufacturers|makers|makes|brands|suppliers|firms))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex MakersReferredTo();

    // The request itself has been closed, withdrawn or treated as lapsed ("closed because we did not receive the fee"): no
    // answer, no fee asked, no acknowledgement.
    [GeneratedRegex(@"\b(?:(?:your|the|this) (?:foi |freedom of information |information )?request\b[^.;]{0,40}?\b(?:(?:has|have) (?:now )?been|is now|was) (?:closed|withdrawn|cancelled|treated as (?:withdrawn|closed|lapsed)|lapsed)|(?:we|i) (?:have|has) (?:now )?(?:closed|withdrawn|cancelled) (?:your|the|this) (?:foi |information )?request)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ClosedRequest();

    // "… but were removed in 2022", "… and they have since been decommissioned": the clause after says it is gone.
    [GeneratedRegex(@"^\W*(?:but|and|however|although)\b\W*(?:(?:they|these|those|it|this|both|all of them|the (?:\w+ )?(?:cameras?|units?|system|equipment|recorders?))\s+)?(?:were|was|have|has|had)\s+(?:(?:since|later|subsequently|then|all|both|now|already)\s+)*(?:been\s+)?(?:removed|replaced|decommissioned|taken out|taken down|dismantled|withdrawn|discontinued|switched off|disposed of|retired|sold|scrapped)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex LaterRemoved();

    // The rights paragraph every answer ends with ("If you are unhappy … internal review … the outcome of the review …").
    [GeneratedRegex(@"\bif you (?:are|were|remain|feel|still)\b|\byou (?:have the right|may|can|are entitled|also have)\b|\bright to (?:request|ask|complain|apply|appeal)\b|\bcomplaint rights\b|\byour right to\b|\bappeal\b|\bwithin (?:40|forty|two months)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex RightsBoilerplate();

    // Talk about the subject rather than the estate: "would inform public debate about equipment made by Hikvision", "many
    // forces have published that they use Hikvision".
    [GeneratedRegex(@"\b(?:debate|discussion|public interest|(?:lot of |much |great |recent )?interest in|media|press|news|controvers\w*|publicity|campaign|concerns? (?:about|over|regarding)|inform (?:the )?public|(?:questions?|queries|query|enquiries|enquiry) (?:about|regarding|on)|market engagement|tender|(?:your|the|this) (?:request|question|enquiry|query) (?:is |was )?(?:framed|focused|focussed|centred|centered) (?:around|on)|(?:many|other|some|several) (?:other )?(?:forces|councils|bodies|authorities|organisations|trusts|universities|schools) (?:have )?(?:published|said|stated|confirmed|reported|disclosed|declared))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex TopicTalk();

    // Someone else owns or runs the CCTV and holds its records.
    [GeneratedRegex(@"\b(?:PFI|PPP|public private partnership|private finance initiative|landlords?|facilities management|project company|managing agents?|(?:building|property|premises|site)(?:'s|’s)? owner|owner of the (?:building|premises|property|site))\b|\bmanag(?:es|ed|ing) (?:the |our |its )?(?:[\w-]+['’]s )?(?:housing|buildings|premises|properties|estate|sites)\b|arm['’]s[- ]length management organisation|\b(?:rents?|rented|leases?|leased) (?:its|our|the) (?:[\w-]+ ){0,5}?from\b|\bbelong(?:s)? to the (?:trustees|landlord|owners?|building['’]s owners?)\b|\b(?:buildings?|premises|campus|offices) (?:(?:which |that )?(?:is|are) )?(?:owned|managed|run|operated)(?: and (?:owned|managed|run|operated))? by\b|\bleases? (?:our|its) (?:part|share|space|offices?|premises)\b|\bALMO\b|\b(?:owned|managed|run|operated) (?:and (?:owned|managed|run|operated) )?by [^.;]{0,40}\bhousing (?:association|trust|company)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex OperatedByOthers();

    // The request restated inside a sentence: "in which you asked about CCTV manufactured by Hikvision".
    [GeneratedRegex(@"\byou (?:have )?(?:asked|requested|enquired|sought|wanted to know)(?: (?:us|the \w+|for information))?(?: on [^.]{0,30}?)? (?:about|whether|for|if|regarding|concerning|relating to|in relation to|the following|how|which|what|:)|\byour (?:request|e-?mail|letter|enquiry|question)s?(?: (?:of|dated|received on|sent on) [^.]{0,30}?)? (?:for|about|regarding|concerning|asking|in which|which asked|seeking)\b(?! (?:an? )?(?:internal )?review)|\b(?:request|requests|requesting|requested) (?:for )?information (?:about|on|regarding|concerning)\b|\brequest for information (?:about|on|regarding|concerning|relating)\b|\brequest (?:dated |of |received (?:on )?)\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4} (?:about|regarding|concerning|relating to)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex RestatedRequest();

    // Equipment at named places: "at the Town Hall", "at Fenwick General Hospital", "at its offices and depots".
    [GeneratedRegex(@"\bat (?:the |its |our |their |these |those |both |two |three |four |five |six |several |some |all (?:of )?(?:its |our |the )?)?(?:(?:two|three|four|five|six|seven|eight|nine|\d{1,2}) )?(?:(?-i:[A-Z])[\w'’-]+|(?:[a-z-]+ )?(?:centres?|centers?|facilities|schools?|parks?|yards?|halls?|units?|wards?|blocks?|estates?|stores?|warehouses?|farms?|pools?|markets?|terminals?|ports?|stations?|offices|campus(?:es)?)\b|offices?|depots?|sites?|buildings?|premises|stations?|car parks?|hospitals?|campus(?:es)?|libraries|library|museums?|town hall|civic cent(?:re|er)|leisure cent(?:re|er)s?|crematori(?:um|a))\b(?![\w'’]*\s+(?:all|every|each|other|remaining)\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex AtPlaces();

    // A part of the estate named as what a sentence is about: a kind of system ("the public space CCTV", "the town centre
    // scheme", "the custody suites", "the vehicle CCTV fitted to our ambulances", "body-worn cameras") or one named place
    // ("the Abbey Road Community Centre has …"). What is said of it is not said of the rest.
    [GeneratedRegex(@"\b(?:public[- ]space|town[- ]cent(?:re|er)s?|city[- ]cent(?:re|er)|high street|custody (?:suites?|blocks?|areas?|units?)|(?:the|our|its|their) (?:\w+ )?(?:cctv )?scheme|vehicle (?:cctv|cameras?|recorders?)|in-vehicle|(?:fitted|installed|mounted) (?:to|in|on) (?:our|its|the|their) (?:\w+ )?(?:vehicles|ambulances|buses|fleet|vans)|body[- ]worn|(?:the|our|its) (?:(?:two|three|four|five|six|\d{1,2}) )?(?:depots?|car parks?|leisure cent(?:re|er)s?|libraries|museums?)\b(?! (?:and|or) (?:all|every|the rest))|(?-i:(?:[A-Z][\w'’-]+ ){1,4}(?:Centre|Center|Hall|Depot|Library|Museum|Market|Station|House|Clinic|Pool|Stadium|Crematorium|Cemetery|Pavilion|Lodge|Yard))\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex PartOfEstate();

    // "The Council does not use equipment from any other Chinese manufacturer."
    [GeneratedRegex(@"\b(?:no|not|nor|neither|none)\b[^.;:]{0,60}?\bother chinese\b|\bother chinese (?:manufacturers?|makers?|makes|brands?|suppliers?|companies|vendors?)\W+(?:none|no|nil)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NoOtherChinese();

    // "None of our CCTV is Chinese-made", "no equipment manufactured by … any other company based in China": a denial that
    // covers every Chinese maker (and, without "other", Hikvision and Dahua too).
    [GeneratedRegex(@"\b(?:no|not|none|neither|nor|never)\b[^.;:]{0,100}?\b(?:other )?(?:(?:company|companies|manufacturers?|makers?|suppliers?|firms?|vendors?) (?:based|headquartered|located) in china|chinese[- ](?:made|manufactured|owned|brands?|manufacturers?|makers?|companies|suppliers?|firms?|vendors?|equipment|cameras?|products?|cctv)|(?:made|manufactured|produced) in china)\b(?![^.;]{0,20}\b(?:other than|except|apart from|besides|but)\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NoChinese();

    // "a separate ANPR system (not Hikvision or Dahua)", "it is not manufactured by Hikvision or Dahua".
    [GeneratedRegex(@"(?:\(|\b(?:is|are|was|were)\s+)not\s+(?:manufactured by |made by |supplied by |from )?(?:hikvision|dahua)(?:\s+(?:or|nor|and)\s+(?:hikvision|dahua))?\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex UnnamedMake();

    // Words of the campaign's subject: a reply with none of them, even in the quoted request, answers another request.
    [GeneratedRegex(@"\b(?:cctv|cameras?|hikvision|dahua|surveillance|recorders?|nvrs?|dvrs?|video|anpr|closed[- ]circuit|facial|face (?:recognition|detection|capture|matching)|analytics|number plates?|manufacturers?)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Topic();

    // What the reply says the request was about: "your request … regarding the Force's use of unmanned aerial vehicles".
    // The word is tested before the look-behind ("not after 'if'"): tested first, the look-behind ran at every e, i, r, w and y
    // of every sentence, and this one pattern took 8% of the coder's time.
    [GeneratedRegex(@"\b(?=request|enquiry)(?<!\bif\b[^.]{0,40})(?:request|enquiry)(?: for information)?(?: (?:(?:that )?(?:we )?(?:received|dated|sent|made)|of)(?: on| by us on)? [^.,]{0,30}?)?,?(?: for information)? (?:about|regarding|concerning|relating to|in relation to|on the subject of)\s+(?<topic>[^.]{5,120})|(?:^|\b(?:in which|where|when) )you (?:asked|requested|enquired|wanted to know) (?:for|about) (?<topic>[^.]{5,120})|\b(?:relates?|related|relating|refers?) to (?:your|an|the) (?:earlier|previous|other|separate|different|older) (?:request|enquiry) (?:for|about|regarding|concerning|on) (?<topic>[^.]{5,120})", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex RequestAbout();

    // A sales e-mail on the thread: "book a free site survey", "To unsubscribe reply STOP".
    [GeneratedRegex(@"\b(?:unsubscribe|book a (?:free )?(?:site survey|survey|demo|call|consultation)|free (?:site )?survey|special offer|fixed[- ]price|rip[- ]and[- ]replace|finance (?:is )?available|limited time|discount|no obligation|call us (?:today|now)|our (?:\w+ )?(?:engineers|installers|technicians)|like-for-like|reply stop|from (?:only|just) £|(?:winter|summer|spring|autumn|christmas|new year|black friday|seasonal|exclusive) (?:offer|sale|deal|promotion)s?|upgrade your (?:old |existing )?(?:cctv|cameras|system)|(?:happy|pleased|delighted) to (?:quote|provide a quote|give you a quote)|we specialis[ez] in|(?:upgrade|installation|replacement) (?:package|bundle)s?)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Marketing();

    // "the majority of our cameras are Hikvision": the list of makes is not the whole estate.
    [GeneratedRegex(@"\b(?:majority|most of|mainly|mostly|predominantly|largely|primarily|in part|partly|among others|amongst others|a number of|some of (?:its|our|the)|several of|certain|at (?:some|two|three|four|five|\d+) of (?:its|our|the))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex IncompleteList();

    // "a mix of makes, including Hanwha and Axis", "makes such as Bosch": other makes named as examples, not as the whole list.
    [GeneratedRegex(@"\b(?:including|such as|for example,?|e\.g\.,?)\s+(?-i:[A-Z][a-z])|\bmix(?:ture)? of (?:makes|manufacturers|brands|suppliers)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex SomeMakesNamed();

    // "(?:x\s+)?(?:word\s+){0,3}?" hangs the compiled and generated engines (not the interpreter) on "41 x Lorem IPSUM AB
    // ipsum 7000x PTZ cameras" until the time-out: an optional group before a lazy loop that can match the same text. The
    // two branches say the same without it.
    [GeneratedRegex(@"(?<![\w£$.,/-])(?<n>\d{1,3}(?:,\d{3})+|\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:x\s+(?:[A-Za-z-]+\s+){0,3}?|(?:[A-Za-z-]+\s+){0,3}?)(?:cameras?|nvrs?|dvrs?|recorders?|network video recorders?|digital video recorders?|units|devices|domes?|bullets?|ptzs?|encoders?)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex DeviceCount();

    [GeneratedRegex(@"\b(?:(?:will|would|shall) not (?:be )?(?:procur|purchas|buy|bought|install|acquir|consider)\w*|won'?t (?:be )?(?:procur|purchas|buy|install)\w*|no (?:further|future) (?:purchases?|procurement)|future (?:procurement|purchases?|contracts?|installations?)|(?:not|never) (?:be )?(?:procured|purchased) in (?:the )?future|going forward|must not be (?:connected|used|installed|purchased|procured|bought)|(?:is|are) (?:not permitted|prohibited|banned)|policy)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex FutureOnly();

    [GeneratedRegex(@"\b(?:unable to (?:confirm|say|determine|identify|establish|ascertain)|(?:cannot|can ?not|can'?t|could not|couldn'?t) (?:confirm|say|determine|identify|establish|ascertain|tell)|not able to (?:confirm|say|determine|identify)|(?:have|has)(?: not|n'?t) been able to (?:confirm|say|determine|identify|establish)|do(?:es)? not know|don'?t know|not known|unknown|unsure|not sure|uncertain|may (?:well )?(?:be|include|contain|have|use|operate)|might (?:well )?(?:be|include|have|use|operate)|could (?:well |possibly )?be (?:a|an|made|manufactured|supplied|from)\b|possibly|(?:it is|it's|it seems) (?:possible|conceivable)|no (?:record|records|information) (?:of|on|about|regarding) (?:the )?(?:make|manufacturer|brand|supplier)|not (?:recorded|held)|no way of knowing)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Unsure();

    [GeneratedRegex(@"\b(?:believe|understand|think|appear(?:s)? to be|to the best of (?:our|my) knowledge|as far as (?:we|i) (?:are|am) aware|we are informed|our understanding|likely|probably)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Hedge();

    [GeneratedRegex(@"\b(?:(?:operated|owned|run|managed|monitored|controlled|installed) by (?:the )?(?:\w+ )?(?:police|constabulary)|police[- ](?:operated|owned|run)|neighbouring|another (?:organisation|body|authority)|not (?:owned|operated|managed|controlled) by (?:the|us|our)|do(?:es)? not (?:own|operate|manage|control)|third[- ]party (?:owned|operated)|privately owned|local shops?|retailers?)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NotOurs();

    // Equipment offered, quoted for or considered but never bought: "a supplier offering Sunell cameras, but we decided not to
    // proceed". Neither its maker nor its capabilities are the body's.
    [GeneratedRegex(@"\b(?:never (?:been |ever )?(?:installed|purchased|bought|procured|deployed|acquired|fitted)|(?:were|was) (?:never|not) (?:ever )?(?:installed|purchased|bought|procured|fitted)|no such (?:\w+ )?(?:were|was) (?:ever )?(?:installed|purchased|bought|fitted)|(?:decided|chose|elected|opted) (?:not to (?:proceed|purchase|buy|install|go ahead|take (?:it|this|them) (?:up|forward))|against)|did not (?:proceed|go ahead)|(?:approached|contacted|pitched|cold-called) by (?:a |an |the )?(?:supplier|vendor|company|installer|salesman|sales)|(?:quotes?|quotations?|proposals?|demonstrations?|a demo) (?:for|from|of)\b[^.;]{0,60}\b(?:but|however|not)\b)", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex NeverAcquired();

    // Clause boundaries inside a sentence: the stance of one clause does not carry into the next.
    [GeneratedRegex(@";|\.\s|\s(?:but|however|whereas|although|though|while|whilst|except|instead|yet|which (?:were|was) replaced)\b|,\s(?:and|but)\s(?=(?:we|the|our|all|some|these|they|it|he|she|that|there)\b)|\sand (?:that )?(?=(?:we|it|they|there) (?:has|have|do|does|did|is|are|uses?|holds?)\b)|\s[–—-]\s|\s\|\s", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:(?:answer|response|reply|a\d*)\s*[:.\-–]\s*)?(?<word>yes|no|none|nil|n/?a|not applicable|correct|we do|we do not|we don'?t|the (?:council|trust|school|college|university|force|department) (?:does|do(?:es)? not))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex ShortAnswer();

    [GeneratedRegex(@"^(?:y|yes|true|✓|✔|x|in use|enabled|active|on)$|^yes\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex CellYes();

    [GeneratedRegex(@"\b(?:which (?:we|the \w+) (?:do|does|did)(?: not|n't) (?:use|utilise|utilize|enable|activate|operate)|(?:but|however) (?:we|the \w+) (?:do|does|did)(?: not|n't) (?:use|utilise|utilize|enable|activate|operate)|disabled|never (?:enable|activate|switch on|turn on)d?\b|not (?:enabled|in use|used|active|activated|switched on|turned on|configured|utilised|utilized|licensed|recorded|captured|stored|retained)|switched off|turned off|deactivated|capable only|capability only|available but|inactive)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Disabled();

    [GeneratedRegex(@"\b(?:in use|is used|are used|being used|we use|we are using|uses|(?:do|does|perform|performs|carry out|carries out) (?!have\b)(?:\w+ )?(?=\w)|reads?|reading|monitors?|records?(?<!\b(?:can|could|able to|capable of)\srecords?) (?:audio|sound|conversations|speech)|use (?:a|an|the|their|its)\b|switched on|turned on|raise|raises|alerts?|utilis\w+|utiliz\w+|enabled|activated|active(?! deterrence)|operational|(?:have|has|had) (?:been )?(?:set up|configured)|set up (?:at|on|in|for)|operates|operated|deployed|switched on|turned on|employ\w*|in operation|used (?:at|on|in|for|to))\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex InUse();

    [GeneratedRegex(@"\b(?:in use|used|enabled|active|activated|operational|switched on|in operation|utilised|deployed)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex InUseHeading();

    [GeneratedRegex(@"\b(?:qty|quantity|quantities|number|no\.|count|total|amount|units?|how many|cameras)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex QuantityHeading();

    [GeneratedRegex(@"\b(?:total|in total|altogether|overall|combined|across (?:all|the) (?:sites|estate)|(?:that|this|which) (?:makes|gives|brings)|making|giving|bringing (?:it|the number|the count) to)\b", Options, matchTimeoutMilliseconds: 1000)]
    public static partial Regex TotalWord();
}
