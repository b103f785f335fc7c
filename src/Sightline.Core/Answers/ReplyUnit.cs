using System.Text.RegularExpressions;

namespace Sightline.Core.Answers;

/// <summary>A sentence, list item or table row of a reply: the unit the coder reads.</summary>
/// <param name="Document">Index into <see cref="Reply.Documents"/>.</param>
/// <param name="Start">Index of the first character in that document's text.</param>
/// <param name="IsRow">A table row ("Make: Hikvision | Quantity: 12").</param>
/// <param name="IsQuestion">The request restated (a question, "You asked …", "Please confirm whether …"): context, not answer.</param>
internal sealed record ReplyUnit(int Document, int Start, int End, string Text, bool IsRow, bool IsQuestion);

/// <summary>Splits the reply's own words (quoted history left out) into units.</summary>
internal static partial class ReplySegmenter
{
    public static List<ReplyUnit> Split(Reply reply)
    {
        var units = new List<ReplyUnit>();
        for (int d = 0; d < reply.Documents.Count; d++)
        {
            ReplyDocument document = reply.Documents[d];
            string text = document.Text;
            bool requestBlock = false;
            int lineStart = 0;
            // "Please see the answers in bold after each of your questions below": the quoted thread carries the answer.
            TextRegion? firstQuote = document.Regions.FirstOrDefault(r => r.Kind == RegionKind.Quoted);
            bool answersInQuote = firstQuote is not null && AnswersInQuote(text, Math.Min(firstQuote.Start, text.Length));
            var paragraph = new List<(int Start, int End)>();
            while (lineStart <= text.Length)
            {
                int newline = text.IndexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.Length : newline;
                TextRegion? region = document.RegionAt(lineStart);
                bool quoted = region?.Kind == RegionKind.Quoted;
                if (quoted && answersInQuote)
                {
                    // Each quoted line is read on its own ("> 1. Does …?" then "> **No.**"), without its quote marks.
                    int skip = 0;
                    while (skip < lineEnd - lineStart && text[lineStart + skip] is '>' or ' ' or '\t' or '\r')
                    {
                        skip++;
                    }

                    Flush(units, d, text, paragraph, ref requestBlock);
                    if (skip < lineEnd - lineStart)
                    {
                        paragraph.Add((lineStart + skip, lineEnd));
                        Flush(units, d, text, paragraph, ref requestBlock);
                    }
                    else
                    {
                        requestBlock = false;
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    lineStart = newline + 1;
                    continue;
                }

                bool row = document.Regions.Count > 0 && region?.Kind == RegionKind.Cell || IsCellLine(document, lineStart, lineEnd);
                string line = text[lineStart..lineEnd];
                bool blank = string.IsNullOrWhiteSpace(line);
                if (blank && !quoted && BlankInsideSentence(text, paragraph, lineEnd))
                {
                    lineStart = newline + 1; // a scan's stray blank line: "… and do not" / "" / "have facial recognition …"
                    continue;
                }

                // "FOI 23-1092 – CCTV equipment manufactured by Hikvision or Dahua" under a web page's navigation: the
                // reference line is a title of its own, never part of the sentence that follows it.
                bool title = !quoted && !row && !blank && ReferenceTitle().IsMatch(line);
                bool wrapped = !quoted && !row && WrappedBeforeDash(text, paragraph, line);
                if (quoted || blank || row || title || (ListItem().IsMatch(line) && !wrapped) || (paragraph.Count > 0 && !wrapped && (EndsItem(text, paragraph, line) || HeadingAfterSentence(text, paragraph, line))))
                {
                    Flush(units, d, text, paragraph, ref requestBlock);
                }

                if (blank)
                {
                    requestBlock = false;
                }
                else if (row && !quoted)
                {
                    string trimmed = line.Trim();
                    int offset = lineStart + line.IndexOf(trimmed, StringComparison.Ordinal);
                    units.Add(new ReplyUnit(d, offset, offset + trimmed.Length, trimmed, IsRow: true, IsQuestion: (trimmed.Contains('?', StringComparison.Ordinal) && !trimmed.Contains("? |", StringComparison.Ordinal) && QuestionRow(trimmed)) || RequestRow().IsMatch(trimmed)));
                }
                else if (!quoted)
                {
                    paragraph.Add((lineStart, lineEnd));
                    if (title)
                    {
                        Flush(units, d, text, paragraph, ref requestBlock);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                lineStart = newline + 1;
            }

            Flush(units, d, text, paragraph, ref requestBlock);
        }

        return units;
    }

    /// <summary>The own words point to answers in the quoted thread and give none themselves: after the pointer only a
    /// sign-off comes before the quote ("Please find the Council's response below. The Council's cameras are …" answers in
    /// its own words).</summary>
    private static bool AnswersInQuote(string text, int quoteStart)
    {
        Match cue = AnswerCues.AnswersInQuote().Match(text, 0, quoteStart);
        if (!cue.Success)
        {
            return false;
        }

        // "Our Estates Manager's answer is below": a colleague's or contractor's answer, whatever the officer adds to it.
        int lineStart = text.LastIndexOf('\n', cue.Index) + 1;
        int lineEnd = text.IndexOf('\n', cue.Index + cue.Length);
        lineEnd = lineEnd < 0 || lineEnd > quoteStart ? quoteStart : lineEnd;
        if (SomeoneElsesAnswer().IsMatch(text.AsSpan(lineStart, lineEnd - lineStart)))
        {
            return true;
        }

        return text.AsSpan(lineEnd, quoteStart - lineEnd).Trim().Length < 160;
    }

    private static bool QuestionRow(string row) => row.TrimEnd().EndsWith('?');

    // A row line holds one or more cell regions.
    private static bool IsCellLine(ReplyDocument document, int start, int end) =>
        start < end && document.FirstRegionIn(start, end)?.Kind == RegionKind.Cell;

    /// <summary>OCR of a wrapped letter line sometimes starts the next line with a stray dash ("… The Trust does not use" / "-
    /// Dahua."): a long line stopping on a word, then a dashed line that ends the sentence, is one sentence, not a list item.</summary>
    private static bool WrappedBeforeDash(string text, List<(int Start, int End)> paragraph, string line)
    {
        if (paragraph.Count == 0 || !DashedEnd().IsMatch(line))
        {
            return false;
        }

        ReadOnlySpan<char> last = text.AsSpan(paragraph[^1].Start, paragraph[^1].End - paragraph[^1].Start).TrimEnd();
        ReadOnlySpan<char> first = text.AsSpan(paragraph[0].Start, paragraph[0].End - paragraph[0].Start);
        return last.Length >= 50 && char.IsLower(last[^1]) && first.TrimStart() is [not ('-' or '–' or '•' or '*'), ..];
    }

    // "- Dahua.": a short dashed line that ends a sentence.
    [GeneratedRegex(@"^\s*[-–]\s+[^.!?\n]{1,80}[.]\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashedEnd();

    // A list item ends at its full stop; a heading ("Question 1 – Hikvision or Dahua") ends at its line when a sentence follows.
    private static bool EndsItem(string text, List<(int Start, int End)> paragraph, string next)
    {
        string first = text[paragraph[0].Start..paragraph[0].End];
        string last = text[paragraph[^1].Start..paragraph[^1].End];
        if (ListItem().IsMatch(first) && EndsSentence(last))
        {
            return true;
        }

        // "Q1. Does the Council use cameras made by Hikvision or" / "Dahua?": a line that stops on a joining word runs on.
        return paragraph.Count == 1 && last.TrimEnd().Length < 90 && !EndsSentence(last) && !last.TrimEnd().EndsWith(',')
            && !RunsOn().IsMatch(last) && Heading().IsMatch(last) && next.TrimStart().Length > 0 && char.IsUpper(next.TrimStart()[0]);
    }

    /// <summary>OCR sometimes leaves a blank line inside a sentence: the line before stops on a word, with no full stop, and
    /// the next line goes on in lower case. The sentence is read whole, as on the page.</summary>
    private static bool BlankInsideSentence(string text, List<(int Start, int End)> paragraph, int blankEnd)
    {
        if (paragraph.Count == 0 || blankEnd >= text.Length)
        {
            return false;
        }

        ReadOnlySpan<char> last = text.AsSpan(paragraph[^1].Start, paragraph[^1].End - paragraph[^1].Start).TrimEnd();
        ReadOnlySpan<char> next = text.AsSpan(blankEnd + 1).TrimStart(" \t\r");
        return last.Length >= 40 && char.IsLetter(last[^1]) && next.Length > 0 && char.IsLower(next[0]);
    }

    /// <summary>A Word letter's paragraphs come one to a line, with no blank line between: a short heading line ("The original
    /// response", "Information now released") after a finished sentence starts a new block, as a blank line before it would.</summary>
    private static bool HeadingAfterSentence(string text, List<(int Start, int End)> paragraph, string line)
    {
        string trimmed = line.Trim();
        return trimmed.Length is > 0 and < 60 && char.IsUpper(trimmed[0]) && !EndsSentence(trimmed) && !RunsOn().IsMatch(trimmed)
            && Heading().IsMatch(trimmed) && text.AsSpan(paragraph[^1].Start, paragraph[^1].End - paragraph[^1].Start).TrimEnd().EndsWith('.');
    }

    [GeneratedRegex(@"^\s*(?:(?i:q|question|questions|part|section|item|request|response|answer|reply)\s*\d*(?:\s*(?i:and|&|/|,)\s*(?i:q|question)?\s*\d+)*\s*[:.)\-–—]|\d{1,2}[.)]\s|[A-Z][A-Za-z]*(?:\s+[A-Za-z&/]+){0,8}\s*[:–—-]?\s*$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\b(?:or|and|nor|by|of|the|a|an|to|for|from|in|with|whether|that)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RunsOn();

    private static bool EndsSentence(string line) => line.TrimEnd().EndsWith('.') || line.TrimEnd().EndsWith('?') || line.TrimEnd().EndsWith(':');

    private static void Flush(List<ReplyUnit> units, int document, string text, List<(int Start, int End)> paragraph, ref bool requestBlock)
    {
        if (paragraph.Count == 0)
        {
            return;
        }

        int start = paragraph[0].Start, end = paragraph[^1].End;
        paragraph.Clear();
        string block = text[start..end];
        if (RequestHeading().IsMatch(block))
        {
            requestBlock = true;
        }
        else if (AnswerHeading().IsMatch(block))
        {
            requestBlock = false;
        }

        int sentenceStart = 0;
        foreach (Match boundary in SentenceEnd().Matches(block))
        {
            Add(units, document, start, block, sentenceStart, boundary.Index + 1, requestBlock);
            sentenceStart = boundary.Index + boundary.Length;
        }

        Add(units, document, start, block, sentenceStart, block.Length, requestBlock);
        if (block.TrimEnd().EndsWith(':') && RequestHeading().IsMatch(block))
        {
            requestBlock = true;
        }
    }

    private static void Add(List<ReplyUnit> units, int document, int offset, string block, int from, int to, bool requestBlock)
    {
        string sentence = block[from..to];
        string trimmed = sentence.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        int start = offset + from + sentence.IndexOf(trimmed, StringComparison.Ordinal);
        // One apostrophe and one quote mark: officers' Word documents use curly ones ("don’t").
        string flat = Whitespace().Replace(trimmed.Contains('\n', StringComparison.Ordinal) ? WrapDash().Replace(trimmed, " ") : trimmed, " ").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        bool question = requestBlock || flat.EndsWith('?') || QuestionStart().IsMatch(flat) || MessageHeader().IsMatch(flat)
            || (Restates(flat) && !OwnStatement().IsMatch(flat));

        units.Add(new ReplyUnit(document, start, start + trimmed.Length, flat, IsRow: false, question));
    }

    /// <summary>The request described ("Thank you for your request about CCTV made by Hikvision"), not the body's words that
    /// merely refer to it ("… can neither confirm nor deny whether information is held in relation to your request", "the school
    /// does not have the information you asked for"): the reference must open the sentence.</summary>
    private static bool Restates(string flat)
    {
        Match restated = AnswerCues.RestatedRequest().Match(flat);
        Match about = AboutTheRequest().Match(flat);
        int at = restated.Success ? restated.Index : about.Success && RequestTopic().IsMatch(flat) ? about.Index : -1;
        if (at < 0)
        {
            return false;
        }

        // "… does not have the information you asked for", "… can neither confirm nor deny whether information is held in
        // relation to your request": the body's own answer comes first and the request is only its object.
        ReadOnlySpan<char> before = flat.AsSpan(0, at);
        // "… and therefore does not hold the information you requested": the request is the object of the body's own verb.
        // "The information you have asked for is already published": the request is the subject of the body's own sentence.
        bool relative = (restated.Success && InformationThatYou().IsMatch(before)
                && (flat.Length - (restated.Index + restated.Length) < 30 || VerbAfter().IsMatch(flat.AsSpan(restated.Index + restated.Length))))
            || (!restated.Success && InformationYouRequested().IsMatch(flat.AsSpan(at)) && VerbBefore().IsMatch(before));
        // "I have now completed the internal review you asked for": what was asked for is the review, not the information.
        return !relative && !AnswerCues.Ncnd().IsMatch(before) && !AnswerCues.NotHeld().IsMatch(before) && !AnswerCues.NotHeldMore().IsMatch(before)
            && !ReviewAskedFor().IsMatch(before);
    }

    [GeneratedRegex(@"\breview (?:that |which )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReviewAskedFor();

    [GeneratedRegex(@"^\s*(?:is|are|was|were|has|have|had|will|would|can|cannot|falls?|remains?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbAfter();

    [GeneratedRegex(@"^(?:the )?information you (?:have )?requested\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InformationYouRequested();

    [GeneratedRegex(@"\b(?:hold|holds|have|has|provide|provides|supply|release|disclose|enclose|attach|give|find|locate|held|kept|keep|record)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbBefore();

    // "the information (that) you asked for": a relative clause inside the body's own sentence.
    [GeneratedRegex(@"\b(?:the|any|this|that|such) (?:information|data|details|records)(?: that| which)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InformationThatYou();

    // "Further to your request for information, I can advise that the Trust does not hold …": after the reference, the body
    // speaks in its own main clause.
    [GeneratedRegex(@"^[^,;]{0,160}?\b(?:request|enquiry|e-?mail|letter)\b[^,;]{0,120}?,\s*(?:(?:i|we)(?: am| are)?|the (?:[A-Z]?\w+ ){0,3}?(?:council|trust|board|school|college|university|force|department|academy|authority|service|office|team|organisation|agency|partnership|police)|it|our (?:\w+ ){0,2}?(?:records?|cameras|cctv|system))\s+(?:can|could|would|will|do|does|did|has|have|had|hold|holds|is|are|was|were|am|use|uses|operate|operates|confirm|advise|must|regret|wish|write)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnStatement();

    // "1.", "a)", "Q2", "•", "Response:" start a new unit even without a blank line before.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]\s|[a-z][.)]\s|[•\-*–]\s|q\d|question\s*\d|(?-i:Answer|Response|Reply|ANSWER|RESPONSE|REPLY)\b|a\d?\s*[:.\-]|(?:subject|from|to|cc|sent|date|received|return-path|message-id|in-reply-to|references|reply-to|re|fw|fwd)\s*:|(?-i:[A-Z])[\w /()&]{2,50}?\s[-–—]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    // A sentence ends at . ! ? followed by space and a capital, digit or quote; or at a question mark before anything.
    [GeneratedRegex(@"(?<!\b(?:s|ss|no|nos|e\.g|i\.e|etc|mr|mrs|ms|dr|st|ltd|co|sec|para|ref|reg|approx|inc|vs|cf))(?<!\.\.)[.!](?=\s+[A-Z0-9""'(£])|\?(?=\s*\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:(?:q|question)\s*\d*\s*[:.)\-–—][^.!]{0,80}$|you (?:have )?(?:asked|requested|wrote)|i am writing to (?:ask|request|enquire|find out)|i (?:would|should) (?:like|be grateful) (?:to (?:know|ask|request|receive)|if you)|your (?:request|question|email|e-mail)(?: was| reads| read| asked)?\s*:|in your (?:request|email|e-mail|letter)|request(?: details)?\s*:|please (?:confirm|provide|state|tell|advise|list|supply|disclose|send|could)|could you (?:please )?(?:confirm|provide|tell)|can you (?:please )?(?:confirm|provide|tell)|\d{1,2}[.)]\s+(?:please|does|do|is|are|has|have|how|which|what|can|could|whether)\b|(?:do|does|did) any of (?:your|the)\b|(?:does|do|is|are|has|have|how many|which|what)\b[^.]{0,200}\b(?:your|the (?:council|trust|school|college|university|force|department|organisation))\b[^.]*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^\s*(?:your (?:original )?request|the request|request(?: details)?|you (?:have )?asked|you (?:have )?requested|in your (?:request|email|e-mail)|details of (?:your|the) request|information requested)\b(?![^\n]{0,40}\b(?:and|&) (?:our |the |my )?(?:response|answer|reply|decision)s?\b)[^\n]{0,80}:?\s*$|^\s*(?:your (?:original )?request|request)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestHeading();

    [GeneratedRegex(@"^\s*(?:our )?(?:response|answer|reply|decision|information)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerHeading();

    // A header line quoted in the body ("Subject: Automatic reply: FOI request - Hikvision and Dahua CCTV") names the request.
    [GeneratedRegex(@"^(?:subject|from|to|cc|sent|date|received|return-path|message-id|in-reply-to|references|reply-to|re|fw|fwd)\s*:|^(?:FOI|FOISA|EIR|RFI|ref(?:erence)?|our ref|your ref)\b[^.?!]{0,30}?\d[^.?!]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MessageHeader();

    // "Thank you for your request dated … under the Freedom of Information (Scotland) Act 2002 for information about CCTV
    // manufactured by Hikvision or Dahua": the request described, not answered.
    [GeneratedRegex(@"\b(?:thank you for your|thanks for your|further to your|we (?:have )?received your|i refer to your|in response to your|regarding your|re:?) (?:\w+ ){0,3}?(?:request|e-?mail|letter|enquiry|application)\b|\byour (?:foi |freedom of information |information |original )?(?:request|enquiry)\b|\b(?:the )?information you (?:have )?requested\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AboutTheRequest();

    [GeneratedRegex(@"\b(?:about|regarding|concerning|relating to|related to|in relation to|on the subject of|for information (?:on|about|regarding)|for details of|asking (?:about|whether|for))\b|[-–—:]\s*(?:hikvision|dahua|cctv)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestTopic();

    [GeneratedRegex(@"\b(?:(?:manager|officer|contractor|installer|engineer|supplier|operator|provider|colleague|lead|head|director|technician|caretaker|team|partner|landlord)(?:'s|’s)|their|his|her) (?:answers?|reply|replies|response|comments|e-?mail)\b|\b(?:answers?|reply|replies|response|comments|information) (?:provided |given |supplied )?(?:from|by) (?:our|the|its|their) (?:[\w-]+ ){0,4}?(?:manager|officer|contractor|installer|engineer|supplier|operator|provider|colleague|lead|head|director|technician|caretaker|team|partner|landlord|department|services?|estates|facilities)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SomeoneElsesAnswer();

    [GeneratedRegex(@"^\s*(?:FOI|FOISA|EIR|RFI)\b[^.?!\n]{0,30}?\d[^.?!\n]{0,80}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferenceTitle();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    // "Request | CCTV manufactured by Hikvision or Dahua (4 questions)": a response sheet's row that restates the request.
    [GeneratedRegex(@"^(?:[^|:]{1,40}:\s*)?(?:your |the |original )?(?:request(?: summary| details| made)?|information requested|subject(?: of (?:the )?request)?)\s*\|", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RequestRow();

    // The stray dash of a wrapped line (see WrappedBeforeDash), left out of the sentence's words.
    [GeneratedRegex(@"(?<=\p{Ll})[ \t]*\r?\n[ \t]*[-–][ \t]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WrapDash();
}
