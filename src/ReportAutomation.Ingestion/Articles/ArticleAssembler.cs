using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Articles;

/// <summary>Builds an <see cref="Article"/> from what an extractor found, the manifest's overrides and the watch-list.</summary>
internal sealed partial class ArticleAssembler(EntityCounter entities, int summarySentences, ILogger? logger = null)
{
    /// <summary>Most money facts listed per article; the rest are counted in a warning, not listed.</summary>
    public const int MaxMoneyFacts = 200;

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    /// <summary>Assembles the article <paramref name="id"/>; the manifest entry, when there is one, wins over the page.</summary>
    public Article Assemble(string id, ExtractedArticle page, ManifestEntry? manifest)
    {
        var title = manifest?.Title ?? page.Title ?? Path.GetFileNameWithoutExtension(id);
        var (text, boxes) = SentimentBoxes.Take(page.Blocks);
        var blocks = BlockCleaner.Clean(text, title, page.Title);
        var paragraphs = blocks.Where(b => b.Kind == ArticleBlockKind.Paragraph).ToList();

        // Statements in the text (a sentence that is a label, "... in focus. Sentiment Score 0.35"), then the boxes'.
        var statements = blocks.SelectMany(b => SentimentStatementParser.Find(b.Text)).Concat(boxes)
            .Select(s => s.Ticker is { } ticker ? s with { Entity = entities.ForTicker(ticker) ?? ticker } : s)
            .ToList();
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
            Money = MoneyFacts(id, paragraphs),
            StatedSentiment = statements,
            Entities = entities.Count(blocks.Select(b => b.Text).Prepend(title)),
            Sentiment = StatedSentiment.From(statements) ?? LexiconSentiment.Score(sentimentText),
            WordCount = blocks.Sum(b => ArticleText.CountWords(b.Text)),
        };
    }

    // One pass over the sentences; bare amounts whose sentence names no currency then take the currency the article
    // writes most often with its amounts (none when two currencies tie).
    private List<MoneyFact> MoneyFacts(string id, List<ArticleBlock> paragraphs)
    {
        var found = paragraphs
            .SelectMany(p => SentenceSplitter.Split(p.Text))
            .SelectMany(sentence => MoneyParser.Find(sentence).Select(amount => (Sentence: sentence, Amount: amount)))
            .ToList();
        var articleCurrency = DominantCurrency(found.Select(f => f.Amount));
        if (found.Count > MaxMoneyFacts)
        {
            LogMoneyFactsCapped(_logger, id, found.Count, MaxMoneyFacts);
        }

        return found.Take(MaxMoneyFacts).Select(f =>
        {
            var amount = f.Amount;
            if (amount.Source == MoneyCurrencySource.Unknown && articleCurrency is not null)
            {
                amount = amount with { Currency = articleCurrency, Source = MoneyCurrencySource.Article };
            }

            var sentence = MoneyParser.SentenceAround(f.Sentence, amount.Index, amount.Text.Length);
            return new MoneyFact(Normalized(amount.Value), amount.Currency, amount.Text, sentence, id, amount.Source);
        }).ToList();
    }

    private static string? DominantCurrency(IEnumerable<MoneyAmount> amounts)
    {
        var counts = amounts.Where(a => a.Source == MoneyCurrencySource.Written)
            .GroupBy(a => a.Currency!, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count)
            .Take(2)
            .ToList();
        return counts.Count switch
        {
            0 => null,
            1 => counts[0].Currency,
            _ => counts[0].Count > counts[1].Count ? counts[0].Currency : null,
        };
    }

    // 14.3 billion computed as 14.3m * 1e9 keeps a scale (14300000000.0); drop it so manifests show 14300000000.
    private static decimal Normalized(decimal value) => value / 1.000000000000000000000000000000000m;

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning,
        Message = "Article {File} states {Amounts} money amounts; only the first {Listed} are listed as money facts")]
    private static partial void LogMoneyFactsCapped(ILogger logger, string file, int amounts, int listed);
}
