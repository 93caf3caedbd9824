using System.Text.RegularExpressions;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Recognises page furniture by its words: the lines a copied web page or a class-less HTML block carries besides the
/// article (skip links, share and subscribe prompts, cookie notices, comment widgets, disclaimers, image captions).
/// </summary>
internal static partial class FurnitureText
{
    private const int ShortBlockWords = 12;
    private const int NoticeMaxWords = 60;
    private const int CaptionMaxWords = 20;

    /// <summary>Strips a leading bullet (•, ·, -, *, ▪) and the spaces around it.</summary>
    public static string StripBullet(string line) => Bullet().Replace(line, string.Empty);

    /// <summary>True when the line starts with a bullet.</summary>
    public static bool HasBullet(string line) => Bullet().IsMatch(line);

    /// <summary>True when <paramref name="text"/> (one line or block, whitespace-normalised) is page furniture.</summary>
    public static bool IsFurniture(string text)
    {
        var line = StripBullet(text).Trim();
        if (line.Length == 0)
        {
            return true;
        }

        var words = ArticleText.CountWords(line);
        if (words == 0)
        {
            // Separators, lone symbols and emoji rows.
            return true;
        }

        if (words <= ShortBlockWords && (LoneNavigation().IsMatch(line) || ShortPrompt().IsMatch(line)))
        {
            return true;
        }

        if (words <= NoticeMaxWords && Notice().IsMatch(line))
        {
            return true;
        }

        return words <= CaptionMaxWords && Caption().IsMatch(line);
    }

    /// <summary>
    /// True when a paragraph is a byline or a dateline rather than text: "By Jane Doe, Markets desk", "Jane Doe, Brussels –
    /// Monday 9 November 2026", "reader_42 Nov. 5", a lone "Nov 4" (short, not a sentence).
    /// </summary>
    public static bool IsBylineOrDateline(string text)
    {
        var line = StripBullet(text).Trim();
        if (line.Length == 0 || ArticleText.CountWords(line) > ShortBlockWords || EndsSentence(line))
        {
            return false;
        }

        return Byline().IsMatch(line) || EndsWithDate().IsMatch(line);
    }

    /// <summary>True when <paramref name="line"/> ends with sentence punctuation (optionally inside a closing quote or bracket).</summary>
    public static bool EndsSentence(string line) => SentenceEnd().IsMatch(line);

    /// <summary>True when a heading opens a section that is furniture as a whole (related links, comments, disclaimer).</summary>
    public static bool IsFurnitureSectionHeading(string heading) => FurnitureSection().IsMatch(StripBullet(heading).Trim());

    [GeneratedRegex(@"^\s*(?:[\u2022\u00B7\u25AA\u25CF\u2023\u2043*\-\u2013]\s+)+")]
    private static partial Regex Bullet();

    // A whole line that is one navigation or widget word (optionally with a count or a colon).
    [GeneratedRegex(
        @"^(?:home|menu|search|close|open|next|previous|prev|back|top|back to top|more|show more|load more|see more|view more|" +
        @"share|shares|tweet|email|e-mail|print|copy|copy link|link copied|reward|repost|pin|like|likes|reply|follow|following|" +
        @"save|saved|bookmark|comment|comments|view original|view comments|add a comment|no comments(?: yet)?|" +
        @"leave a (?:comment|reply)|post a comment|login|log in|sign in|sign up|register|subscribe|subscribed|" +
        @"advertisement|advert|ad|sponsored|sponsored content|promoted|listen|listen to this article|read|min read|" +
        @"\d+\s*min(?:ute)?s? read|related|related articles|related stories|related posts|related content|read more|" +
        @"read next|up next|recommended|recommended for you|you may also like|trending|most read|most popular|popular|" +
        @"tags|topics|filed under|categories|newsletter|newsletters|cookies|cookie settings|accept|accept all|reject all|" +
        @"got it|ok|dismiss|translate|english|follow us|contact us|about us|privacy policy|terms of use|terms of service)" +
        @"\s*(?:\(\d+\)|\d+)?\s*[:.!]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LoneNavigation();

    // Short calls to action that start a line.
    [GeneratedRegex(
        @"^(?:skip to (?:main )?(?:content|navigation|article)|jump to|subscribe(?: to| now| for| and)\b|sign up\b|" +
        @"join (?:our|the) (?:newsletter|mailing list|channel)|get (?:our|the) newsletter|share (?:this|on|via|the)\b|share\s*:|" +
        @"follow us on|like us on|click here|tap here|read (?:more|the full|next)\b|more from\b|see also\b|also read\b|" +
        @"related:|recommended:|advertisement\b|download (?:the|our) app|open in app|listen to\b|" +
        @"photo(?:graph)?:|image:|credit:|source: (?:getty|shutterstock|reuters|ap\b)|©|copyright\s)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortPrompt();

    // Notices that may be a sentence or two long: cookies, newsletters, disclaimers, third-party content.
    [GeneratedRegex(
        @"\b(?:we use cookies|uses cookies|use of cookies|cookie (?:policy|settings|preferences|notice)|accept (?:all )?cookies|" +
        @"by (?:continuing|using) (?:to (?:use|browse) )?this (?:site|website)|delivered (?:straight )?to your inbox|" +
        @"sign up for (?:our|the)\b[^.]{0,40}\bnewsletter|subscribe to (?:our|the)\b[^.]{0,40}\bnewsletter|" +
        @"(?:does|do|should) not (?:constitute|represent|be (?:considered|construed) as)\b[^.]{0,80}\b(?:advice|endorsement|recommendation|offer)|" +
        @"not (?:financial|investment) advice|for (?:general )?information(?:al)? purposes only|third-party content|" +
        @"all rights reserved|this (?:article|page|post|content) (?:may contain|contains) (?:affiliate|sponsored|third-party)|" +
        @"past performance is not|investing involves risk|comments are (?:moderated|closed|reviewed)|" +
        @"keep (?:it|comments|the conversation|the discussion) (?:civil|respectful|on topic)|" +
        @"(?:scores?|sentiment|ratings?)\b[^.]{0,80}?\b(?:run|runs|range|ranges|ranging|scale)\b[^.]{0,20}?\bfrom\s*[-\u2212]?1\b[^.]{0,40}?\bto\s*\+?1\b|" +
        @"generated automatically (?:from|by)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    // Alt text and captions of stock images that copied pages keep as lines of their own.
    [GeneratedRegex(
        @"\b(?:illustration|artwork|depicting|depicts|showcasing|symboli[sz]ing|stock (?:photo|image)|photo illustration|" +
        @"getty images|shutterstock|image credit|photo credit|file photo)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(
        @"^(?:disclaimers?|disclosures?|legal notice|related(?: articles| stories| posts| content| reading| coverage| news)?|" +
        @"comments?\s*\(\d+\)|\d+\s+comments|comments|read more|read next|more from\b.*|more stories|recommended(?: for you)?|" +
        @"you (?:may|might) also like|most (?:read|popular)|trending(?: now)?|popular (?:posts|stories)|newsletter|" +
        @"sign up for\b.*|about the author|discussions?|join the (?:conversation|discussion)|" +
        @"(?:readers?|readers['\u2019]|user|your) comments|leave a (?:comment|reply))\s*:?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureSection();

    // "By Jane Doe", "By Jane Doe and John Roe, Markets desk": By and a capitalised name.
    [GeneratedRegex(@"^by\s+(?-i:\p{Lu})[\p{L}'\u2019.\-]+(?:\s+(?:(?-i:\p{Lu})[\p{L}'\u2019.\-]*|and|&|de|van|von|der|la|le))*(?:\s*[,\u00B7|\u2013\u2014\-]\s*.*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    // A line ending in a date (and maybe a time): "Nov 4", "Nov. 5, 2026 9:15 a.m. ET", "Monday 9 November 2026", "2026-11-04".
    [GeneratedRegex(
        @"(?:^|[\s,(])(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?" +
        @"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?" +
        @"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s+\d{4})?" +
        @"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})" +
        @"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*\)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithDate();

    [GeneratedRegex("""[.!?\u2026]["'\u201D\u2019)\]]*$""", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
