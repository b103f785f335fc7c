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
            var paragraph = new List<(int Start, int End)>();
            while (lineStart <= text.Length)
            {
                int newline = text.IndexOf('\n', lineStart);
                int lineEnd = newline < 0 ? text.Length : newline;
                TextRegion? region = document.RegionAt(lineStart);
                bool quoted = region?.Kind == RegionKind.Quoted;
                bool row = document.Regions.Count > 0 && region?.Kind == RegionKind.Cell || IsCellLine(document, lineStart, lineEnd);
                string line = text[lineStart..lineEnd];
                bool blank = string.IsNullOrWhiteSpace(line);
                if (quoted || blank || row || ListItem().IsMatch(line) || (paragraph.Count > 0 && EndsItem(text, paragraph, line)))
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
                    units.Add(new ReplyUnit(d, offset, offset + trimmed.Length, trimmed, IsRow: true, IsQuestion: trimmed.Contains('?', StringComparison.Ordinal) && !trimmed.Contains("? |", StringComparison.Ordinal) && QuestionRow(trimmed)));
                }
                else if (!quoted)
                {
                    paragraph.Add((lineStart, lineEnd));
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

    private static bool QuestionRow(string row) => row.TrimEnd().EndsWith('?');

    // A row line holds one or more cell regions.
    private static bool IsCellLine(ReplyDocument document, int start, int end) =>
        start < end && document.FirstRegionIn(start, end)?.Kind == RegionKind.Cell;

    // A list item ends at its full stop; a heading ("Question 1 – Hikvision or Dahua") ends at its line when a sentence follows.
    private static bool EndsItem(string text, List<(int Start, int End)> paragraph, string next)
    {
        string first = text[paragraph[0].Start..paragraph[0].End];
        string last = text[paragraph[^1].Start..paragraph[^1].End];
        if (ListItem().IsMatch(first) && EndsSentence(last))
        {
            return true;
        }

        return paragraph.Count == 1 && last.TrimEnd().Length < 90 && !EndsSentence(last) && !last.TrimEnd().EndsWith(',')
            && Heading().IsMatch(last) && next.TrimStart().Length > 0 && char.IsUpper(next.TrimStart()[0]);
    }

    [GeneratedRegex(@"^\s*(?:(?i:q|question|part|section|item|request|response|answer|reply)\s*\d*\s*[:.)\-–—]|\d{1,2}[.)]\s|[A-Z][A-Za-z]*(?:\s+[A-Za-z&/]+){0,8}\s*[:–—-]?\s*$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

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
        string flat = Whitespace().Replace(trimmed, " ").Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');
        bool question = requestBlock || flat.EndsWith('?') || QuestionStart().IsMatch(flat) || AnswerCues.RestatedRequest().IsMatch(flat)
            || MessageHeader().IsMatch(flat) || (AboutTheRequest().IsMatch(flat) && RequestTopic().IsMatch(flat));
        units.Add(new ReplyUnit(document, start, start + trimmed.Length, flat, IsRow: false, question));
    }

    // "1.", "a)", "Q2", "•", "Response:" start a new unit even without a blank line before.
    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]\s|[a-z][.)]\s|[•\-*–]\s|q\d|question\s*\d|(?-i:Answer|Response|Reply|ANSWER|RESPONSE|REPLY)\b|a\d?\s*[:.\-]|(?:subject|from|to|cc|sent|date|received|return-path|message-id|in-reply-to|references|reply-to|re|fw|fwd)\s*:|(?-i:[A-Z])[\w /()&]{2,50}?\s[-–—]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    // A sentence ends at . ! ? followed by space and a capital, digit or quote; or at a question mark before anything.
    [GeneratedRegex(@"(?<!\b(?:s|ss|no|nos|e\.g|i\.e|etc|mr|mrs|ms|dr|st|ltd|co|sec|para|ref|reg|approx|inc|vs|cf))[.!](?=\s+[A-Z0-9""'(£])|\?(?=\s*\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:(?:q|question)\s*\d*\s*[:.)\-–—][^.!]{0,80}$|you (?:have )?(?:asked|requested|wrote)|your (?:request|question|email|e-mail)(?: was| reads| read| asked)?\s*:|in your (?:request|email|e-mail|letter)|request(?: details)?\s*:|please (?:confirm|provide|state|tell|advise|list|supply|disclose|send|could)|could you (?:please )?(?:confirm|provide|tell)|can you (?:please )?(?:confirm|provide|tell)|\d{1,2}[.)]\s+(?:please|does|do|is|are|has|have|how|which|what|can|could|whether)\b|(?:do|does|did) any of (?:your|the)\b|(?:does|do|is|are|has|have|how many|which|what)\b[^.]{0,200}\b(?:your|the (?:council|trust|school|college|university|force|department|organisation))\b[^.]*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^\s*(?:your (?:original )?request|the request|request(?: details)?|you (?:have )?asked|you (?:have )?requested|in your (?:request|email|e-mail)|details of (?:your|the) request|information requested)\b[^\n]{0,80}:?\s*$|^\s*(?:your (?:original )?request|request)\s*:",
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

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
