using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>
/// Turns the blocks an extractor found into the article's main text: furniture lines and furniture sections dropped,
/// repeated paragraphs collapsed, in-page tables of contents and empty headings removed.
/// </summary>
internal static class BlockCleaner
{
    /// <summary>Shortest block (in characters of its comparison key) that may be dropped as the start of a longer one.</summary>
    private const int MinPrefixKeyLength = 40;

    private const int SectionLabelMaxWords = 5;

    /// <summary>Cleans <paramref name="blocks"/>; a leading heading equal to one of <paramref name="titles"/> is dropped too.</summary>
    public static IReadOnlyList<ArticleBlock> Clean(IEnumerable<RawBlock> blocks, params string?[] titles)
    {
        var kept = DropFurniture(blocks);
        kept = CollapseRepeats(kept);
        kept = DropTableOfContents(kept);
        kept = DropTitleHeading(kept, titles);
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

            if (inFurnitureSection || FurnitureText.IsFurniture(block.Text))
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

    private static List<RawBlock> DropTitleHeading(List<RawBlock> blocks, string?[] titles)
    {
        if (blocks.Count == 0 || blocks[0].Kind != ArticleBlockKind.Heading)
        {
            return blocks;
        }

        var first = ArticleText.ComparisonKey(blocks[0].Text);
        return titles.Any(t => t is not null && ArticleText.ComparisonKey(t) == first) ? blocks[1..] : blocks;
    }

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
