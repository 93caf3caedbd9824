using ReportAutomation.Core.Model;
using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("Meta will spend $14.3 billion on the deal.", "14300000000", "USD", "$14.3 billion")]
    [InlineData("The plan could cost $600bn over a decade.", "600000000000", "USD", "$600bn")]
    [InlineData("It raised USD 2 billion in bonds.", "2000000000", "USD", "USD 2 billion")]
    [InlineData("Revenue reached €1.2bn in Europe.", "1200000000", "EUR", "€1.2bn")]
    [InlineData("The unit was sold for £800m last year.", "800000000", "GBP", "£800m")]
    [InlineData("A fund of US$40 billion backs it.", "40000000000", "USD", "US$40 billion")]
    [InlineData("Spending may reach $1.5 trillion.", "1500000000000", "USD", "$1.5 trillion")]
    [InlineData("The estate sold for $65 million.", "65000000", "USD", "$65 million")]
    [InlineData("Capex guidance is $60-65 billion this year.", "65000000000", "USD", "$60-65 billion")]
    [InlineData("The fine was $1,250,000 in total.", "1250000", "USD", "$1,250,000")]
    [InlineData("It paid 3 billion euros for the stake.", "3000000000", "EUR", "3 billion euros")]
    [InlineData("Sales hit 14.3B, all of it in US dollars.", "14300000000", "USD", "14.3B")]
    [InlineData("Capex was $5M, up from 2.5M a year earlier.", "5000000", "USD", "$5M")]
    [InlineData("A subscription costs $20 a month.", "20", "USD", "$20")]
    public void Find_StatedAmount_ReadsValueCurrencyAndText(string sentence, string value, string currency, string text)
    {
        // Given a sentence stating money; When parsed; Then the first amount is read in units with its ISO currency
        var amount = MoneyParser.Find(sentence)[0];
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
        Assert.Equal(text, amount.Text);
    }

    [Theory]
    [InlineData("In 2025 the company hired 2,000 engineers.")]
    [InlineData("Margins rose 14.3% and revenue grew 12 percent.")]
    [InlineData("The model has 70B parameters.")]
    [InlineData("The team grew to 14.3B in the spring.")]
    [InlineData("The company will build a 5m-wide sea wall as part of a $2 billion coastal project.")]
    [InlineData("The company will build a sea wall 5m long as part of a $2 billion coastal project.")]
    [InlineData("The cable runs 5km and cost $2 billion to lay.")]
    [InlineData("The app now has 5M daily active users, and the company raised $300 million.")]
    [InlineData("The investment will reach 2 billion people across the region.")]
    [InlineData("Analysts expect it to ship 2.5m units this quarter, each priced around $30,000.")]
    [InlineData("Meta has 3 billion users across its apps.")]
    [InlineData("The 2024-2025 season started late.")]
    [InlineData("Version 4.5 ships in Q3 2026.")]
    public void Find_NoMoney_FindsNothing(string sentence)
    {
        // Given years, percentages, counts, units, or a bare amount in a sentence not about money
        var amounts = MoneyParser.Find(sentence, articleCurrency: "USD");

        // Then none of those numbers is read as money (the sentence's own $ amounts may be)
        Assert.DoesNotContain(amounts, a => !a.Text.Contains('$', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Sales reached 14.3B last year.", "14.3B", "14300000000")]
    [InlineData("Meta itself rose 3 percent after completing its 14.3B Scale AI investment.", "14.3B", "14300000000")]
    [InlineData("The start-up raised 300 million in its latest funding round.", "300 million", "300000000")]
    [InlineData("Its market value passed 4tn this week.", "4tn", "4000000000000")]
    public void Find_BareAmountInSentenceAboutMoney_TakesTheArticleCurrency(string sentence, string text, string value)
    {
        // Given a bare scaled amount in a sentence about money that names no currency

        // When parsed with and without the article's currency
        var withArticle = Assert.Single(MoneyParser.Find(sentence, articleCurrency: "USD"));
        var alone = Assert.Single(MoneyParser.Find(sentence));

        // Then it is money in the article's currency, said to come from the article; alone its currency is unknown
        Assert.Equal((text, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "USD", MoneyCurrencySource.Article), (withArticle.Text, withArticle.Value, withArticle.Currency, withArticle.Source));
        Assert.Equal((text, (string?)null, MoneyCurrencySource.Unknown), (alone.Text, alone.Currency, alone.Source));
    }

    [Fact]
    public void Find_BareAmountBesideAnotherCurrency_TakesTheSentenceCurrency()
    {
        // Given a bare amount in a sentence naming euros elsewhere
        var amounts = MoneyParser.Find("Revenue rose to €4.1bn from 3.8bn a year earlier.", articleCurrency: "USD");

        // Then the bare one is in the sentence's currency, not the article's
        Assert.Equal([("EUR", MoneyCurrencySource.Written), ("EUR", MoneyCurrencySource.Sentence)], amounts.Select(a => (a.Currency, a.Source)));
    }

    [Fact]
    public void Read_TextWithBareAmount_UsesTheArticlesDominantCurrencyAndSaysSo()
    {
        // Given a text article stating dollars twice and a bare amount once
        using var folder = new ArticleFolder();
        folder.Write("a.txt", "Contoso books a record quarter\n\nContoso said revenue reached $4 billion, up from $3.1 billion.\n\n" +
            "The company also completed its 14.3B Fabrikam investment on Tuesday.\n");

        // When it is read
        var money = folder.ReadSingle().Money;

        // Then the bare amount is in USD, read from the article
        var bare = Assert.Single(money, m => m.Text == "14.3B");
        Assert.Equal((14_300_000_000m, "USD", MoneyCurrencySource.Article), (bare.Value, bare.Currency, bare.CurrencySource));
        Assert.All(money.Where(m => m.Text != "14.3B"), m => Assert.Equal(MoneyCurrencySource.Written, m.CurrencySource));
    }

    [Fact]
    public void Find_SentenceWithTwoAmounts_ReadsBothInOrder()
    {
        // Given two amounts in one sentence
        var amounts = MoneyParser.Find("It spent $40 billion in 2024 and plans $65 billion in 2025.");

        // Then both are read, in order
        Assert.Equal([40_000_000_000m, 65_000_000_000m], amounts.Select(a => a.Value));
    }

    [Fact]
    public void Read_ArticleWithMoney_RecordsSentenceAndArticleId()
    {
        // Given a page stating an amount
        using var folder = ArticleFolder.With("scripts-jsonld.html");

        // When it is read
        var fact = Assert.Single(folder.ReadSingle().Money);

        // Then the fact carries its provenance
        Assert.Equal(65_000_000m, fact.Value);
        Assert.Equal("Coho Vineyard sold its Napa estate to a pension fund for $65 million, the company said.", fact.Sentence);
        Assert.Equal("scripts-jsonld.html", fact.ArticleId);
    }

    [Theory]
    [InlineData("The filing listed $99999999999999999999999999999 in claims.")]
    [InlineData("A troll post claimed a $5,000,000 trillion deal.")]
    public void Find_AmountsBeyondADecimalOrTheCap_AreNotMoneyAndDoNotThrow(string sentence)
    {
        // Given an amount too long for a decimal, or beyond 10^15 once scaled, When the sentence is read
        // Then it yields no fact rather than an overflow that would stop the whole run
        Assert.Empty(MoneyParser.Find(sentence));
    }
}
