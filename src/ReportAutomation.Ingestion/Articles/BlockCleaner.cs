using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Turns the blocks an extractor found into the article's main text: furniture lines and furniture sections dropped,
/// repeated paragraphs collapsed, in-page tables of contents and empty headings removed, and the lead-in above the first
/// paragraph of text (kicker, headline, byline, dateline) left out.
/// </summary>
internal static class BlockCleaner
{
    /// <summary>Shortest block (in characters of its comparison key) that may be dropped as the start of a longer one.</summary>
    private const int MinPrefixKeyLength = 40;

    private const int SectionLabelMaxWords = 5;

    /// <summary>Longest paragraph without sentence punctuation above the text that is read as a label (kicker, byline).</summary>
    private const int LeadInLabelMaxWords = 8;

    /// <summary>Cleans <paramref name="blocks"/>; a heading equal to one of <paramref name="titles"/> above the text is dropped too.</summary>
    public static IReadOnlyList<ArticleBlock> Clean(IEnumerable<RawBlock> blocks, params string?[] titles)
    {
        var kept = DropFurniture(blocks);
        kept = CollapseRepeats(kept);
        kept = DropTableOfContents(kept);
        kept = DropLeadIn(kept, titles);
        kept = DropEmptyHeadings(kept);
        return kept.Select(b => new ArticleBlock(b.Kind, b.Text)).ToList();
    }

    private static List<RawBlock> DropFurniture(IEnumerable<RawBlock> blocks)
    {
        var kept = new List<RawBlock>();
        var inFurnitureSection = false;
        foreach (var block in blocks)
        {
            var opensSection = (block.Kind == ArticleBlockKind.Heading || ArticleText.CountWords(block.Text) <= SectionLabelMaxWords)
                && FurnitureText.IsFurnitureSectionHeading(block.Text);
            if (opensSection)
            {
                inFurnitureSection = true;
                continue;
            }

            if (block.Kind == ArticleBlockKind.Heading)
            {
                inFurnitureSection = false;
            }

            var isByline = block.Kind == ArticleBlockKind.Paragraph && FurnitureText.IsBylineOrDateline(block.Text);
            if (inFurnitureSection || isByline || FurnitureText.IsFurniture(block.Text))
            {
                continue;
            }

            kept.Add(block with { Text = FurnitureText.StripBullet(block.Text) });
        }

        return kept;
    }

    private static List<RawBlock> CollapseRepeats(List<RawBlock> blocks)
    {
        var keys = blocks.Select(b => ArticleText.ComparisonKey(b.Text)).ToList();
        var truncated = TruncatedParagraphKeys(blocks, keys);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<RawBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var isTruncatedCopy = blocks[i].Kind == ArticleBlockKind.Paragraph && truncated.Contains(keys[i]);
            if (seen.Add(blocks[i].Kind + "|" + keys[i]) && !isTruncatedCopy)
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }

    // Teasers and truncated copies: paragraph keys that are the start of a longer paragraph on the same page. In sorted
    // order the keys that extend a key follow it directly, so one pass over neighbours finds them all.
    private static HashSet<string> TruncatedParagraphKeys(List<RawBlock> blocks, List<string> keys)
    {
        var sorted = keys.Where((_, i) => blocks[i].Kind == ArticleBlockKind.Paragraph)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var truncated = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            if (sorted[i].Length >= MinPrefixKeyLength && sorted[i + 1].StartsWith(sorted[i], StringComparison.Ordinal))
            {
                truncated.Add(sorted[i]);
            }
        }

        return truncated;
    }

    private static List<RawBlock> DropTableOfContents(List<RawBlock> blocks)
    {
        var headingKeys = blocks.Where(b => b.Kind == ArticleBlockKind.Heading)
            .Select(b => ArticleText.ComparisonKey(b.Text))
            .ToHashSet(StringComparer.Ordinal);
        return blocks.Where(b => !(b.IsListItem && b.Kind == ArticleBlockKind.Paragraph && headingKeys.Contains(ArticleText.ComparisonKey(b.Text))))
            .ToList();
    }

    // Above the first paragraph of text a page puts its kicker ("Policy", "Analysis"), the headline again, and a byline
    // or team line ("Markets team · Weekly wrap"): short paragraphs that are not sentences, and headings equal to the
    // title. The lead-in ends at the first sentence (a standfirst), list item or other heading: short bullets under a
    // "Key points" heading are content.
    private static List<RawBlock> DropLeadIn(List<RawBlock> blocks, string?[] titles)
    {
        var titleKeys = titles.OfType<string>().Select(ArticleText.ComparisonKey).ToHashSet(StringComparer.Ordinal);
        var firstText = blocks.FindIndex(b =>
            IsText(b) || b.IsListItem || (b.Kind == ArticleBlockKind.Heading && !titleKeys.Contains(ArticleText.ComparisonKey(b.Text))));
        if (firstText < 0)
        {
            return blocks;
        }

        var kept = new List<RawBlock>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isLeadIn = i < firstText && (block.Kind == ArticleBlockKind.Heading
                ? titleKeys.Contains(ArticleText.ComparisonKey(block.Text))
                : ArticleText.CountWords(block.Text) <= LeadInLabelMaxWords);
            if (!isLeadIn)
            {
                kept.Add(block);
            }
        }

        return kept;
    }

    private static bool IsText(RawBlock block) =>
        block.Kind == ArticleBlockKind.Paragraph
        && (FurnitureText.EndsSentence(block.Text) || ArticleText.CountWords(block.Text) > LeadInLabelMaxWords);

    private static List<RawBlock> DropEmptyHeadings(List<RawBlock> blocks)
    {
        var kept = new List<RawBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var isEmptyHeading = blocks[i].Kind == ArticleBlockKind.Heading
                && (i + 1 == blocks.Count || blocks[i + 1].Kind == ArticleBlockKind.Heading);
            if (!isEmptyHeading)
            {
                kept.Add(blocks[i]);
            }
        }

        return kept;
    }
}
