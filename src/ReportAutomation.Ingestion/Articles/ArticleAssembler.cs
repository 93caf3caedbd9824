using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Builds an <see cref="Article"/> from what an extractor found, the manifest's overrides and the watch-list.</summary>
internal sealed class ArticleAssembler(EntityCounter entities, int summarySentences)
{
    /// <summary>Assembles the article <paramref name="id"/>; the manifest entry, when there is one, wins over the page.</summary>
    public Article Assemble(string id, ExtractedArticle page, ManifestEntry? manifest)
    {
        var title = manifest?.Title ?? page.Title ?? Path.GetFileNameWithoutExtension(id);
        var blocks = BlockCleaner.Clean(page.Blocks, title, page.Title);
        var paragraphs = blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph).ToList();

        var money = paragraphs
            .SelectMany(p => SentenceSplitter.Split(p.Text))
            .SelectMany(sentence => MoneyParser.Find(sentence).Select(m => new MoneyFact(Normalized(m.Value), m.Currency, m.Text, sentence, id)))
            .ToList();
        var statements = blocks.SelectMany(b => SentimentStatementParser.Find(b.Text)).ToList();
        var sentimentText = string.Join('\n', paragraphs.Select(p => p.Text).Prepend(title));

        return new Article
        {
            Id = id,
            SourceFile = id,
            Title = title,
            Site = manifest?.Site ?? page.Site,
            Url = manifest?.Url ?? page.Url,
            Published = manifest?.Published ?? page.Published,
            Blocks = blocks,
            Summary = ArticleSummarizer.Summarize(title, blocks, entities, summarySentences),
            Money = money,
            StatedSentiment = statements,
            Entities = entities.Count(blocks.Select(b => b.Text).Prepend(title)),
            Sentiment = StatedSentiment.From(statements) ?? LexiconSentiment.Score(sentimentText),
            WordCount = blocks.Sum(b => ArticleText.CountWords(b.Text)),
        };
    }

    // 14.3 billion computed as 14.3m * 1e9 keeps a scale (14300000000.0); drop it so manifests show 14300000000.
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;
}
