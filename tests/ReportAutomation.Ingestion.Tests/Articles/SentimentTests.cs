using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class SentimentTests
{
    [Theory]
    [InlineData("Sentiment Score 0.35", 0.35, null, null)]
    [InlineData("Overall Sentiment: moderately positive", null, "moderately positive", null)]
    [InlineData("Overall Sentiment Score: -0.2 (Somewhat-Bearish)", -0.2, "somewhat bearish", null)]
    [InlineData("Ticker Sentiment META: 0.41", 0.41, null, "META")]
    [InlineData("Ticker Sentiment: NVDA 0.12 (Neutral)", 0.12, "neutral", "NVDA")]
    [InlineData("Sentiment: positive", null, "positive", null)]
    [InlineData("\u2022 Overall Sentiment Score: 0.6 (Bullish)", 0.6, "bullish", null)]
    public void Find_StatedSentiment_ReadsScoreLabelAndEntity(string text, double? score, string? label, string? entity)
    {
        // Given a line stating sentiment; When parsed; Then score, label and entity are read
        var statement = Assert.Single(SentimentStatementParser.Find(text));
        Assert.Equal(score, statement.Score);
        Assert.Equal(label, statement.Label);
        Assert.Equal(entity, statement.Entity);
        Assert.Equal(text.TrimStart('\u2022', ' '), statement.Sentence.TrimStart('\u2022', ' '));
    }

    [Theory]
    [InlineData("Market sentiment turned sour after the report.")]
    [InlineData("Sentiment Score 35")]
    [InlineData("Strong cloud numbers kept sentiment positive despite the fine announced on Monday by regulators.")]
    [InlineData("Sentiment remained negative after the fine.")]
    [InlineData("Sentiment positive despite the fine, traders said.")]
    [InlineData("Investor sentiment: positive, according to a survey of fund managers.")]
    [InlineData("The overall sentiment score of 0.35 was the highest this year.")]
    [InlineData("Analysts said the ticker sentiment for META of 0.41 looked stale.")]
    public void Find_NoStatement_FindsNothing(string text)
    {
        // Given prose that mentions sentiment (not a label-like statement), or a score off our [-1, 1] scale
        // Then nothing is read
        Assert.Empty(SentimentStatementParser.Find(text));
    }

    [Fact]
    public void Read_ArticleStatingScoreAndLabel_UsesStatedSentiment()
    {
        // Given an article stating an overall label, an overall score and a ticker score
        using var folder = new ArticleFolder();
        folder.Write("stated.txt", "Meta shares in focus\n\nShares fell sharply after a weak quarter and a lawsuit.\nOverall Sentiment: moderately positive\nSentiment Score 0.35\nTicker Sentiment META: 0.41\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then the stated overall score and label win over the negative words, and all three statements are kept
        Assert.Equal(new ArticleSentiment(0.35, "moderately positive", IsComputed: false, Method: "stated"), article.Sentiment);
        Assert.Equal(3, article.StatedSentiment.Count);
        Assert.Contains(article.StatedSentiment, s => s.Entity == "META" && s.Score == 0.41);
    }

    [Fact]
    public void Read_ArticleStatingLabelOnly_UsesMiddleOfLabelBand()
    {
        // Given an article stating only a bullish label
        using var folder = new ArticleFolder();
        folder.Write("label.txt", "Label only\n\nOverall Sentiment: Bullish\n");

        // When it is read; Then the label maps onto the pack's labels with the middle score of its band
        Assert.Equal(new ArticleSentiment(0.75, "positive", IsComputed: false, Method: "stated"), folder.ReadSingle().Sentiment);
    }

    [Fact]
    public void Score_ClearlyPositiveText_IsPositive()
    {
        // Given good news; When scored by the lexicon; Then the score is positive and marked computed
        var sentiment = LexiconSentiment.Score("Profit surged to a record and the shares rallied on strong growth, beating forecasts.");
        Assert.True(sentiment.Score > 0.5, sentiment.ToString());
        Assert.True(sentiment.IsComputed);
        Assert.Equal("lexicon-v1", sentiment.Method);
        Assert.Equal(ArticleSentiment.LabelFor(sentiment.Score), sentiment.Label);
    }

    [Fact]
    public void Score_ClearlyNegativeText_IsNegative()
    {
        // Given bad news; When scored; Then the score is negative
        var sentiment = LexiconSentiment.Score("Losses widened, the shares plunged, and regulators opened a probe into the fraud allegations.");
        Assert.True(sentiment.Score < -0.5, sentiment.ToString());
    }

    [Fact]
    public void Score_NegatedPositiveWords_CountAsNegative()
    {
        // Given positive words under "not"; When scored; Then they count against
        var sentiment = LexiconSentiment.Score("The results were not strong and did not beat expectations.");
        Assert.True(sentiment.Score < 0, sentiment.ToString());
    }

    [Fact]
    public void Score_NoSentimentWords_IsNeutralZero()
    {
        // Given neutral text; When scored; Then the score is exactly zero
        Assert.Equal(0.0, LexiconSentiment.Score("The meeting is on Tuesday in Lisbon.").Score);
    }

    [Fact]
    public void Read_ProseMentioningPositiveSentiment_KeepsTheLexiconScore()
    {
        // Given an article whose prose says sentiment stayed positive
        using var folder = new ArticleFolder();
        folder.Write("prose.txt", "Contoso shrugs off the fine\n\nStrong cloud numbers kept sentiment positive despite the fine announced on Monday by regulators.\n");

        // When it is read
        var article = folder.ReadSingle();

        // Then nothing is stated and the sentiment is computed
        Assert.Empty(article.StatedSentiment);
        Assert.True(article.Sentiment.IsComputed);
        Assert.Equal("lexicon-v1", article.Sentiment.Method);
    }
}
