using ReportAutomation.Ingestion.Articles;

namespace ReportAutomation.Ingestion.Tests.Articles;

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("<base href='https://news.example.com/markets/'><link rel=canonical href='/2026/acme-plant'>", "https://news.example.com/2026/acme-plant")]
    [InlineData("<base href='https://news.example.com/markets/'><link rel=canonical href='acme-plant?id=7'>", "https://news.example.com/markets/acme-plant?id=7")]
    [InlineData("<base href='https://news.example.com/'><link rel=canonical href='//cdn.example.org/a'>", "https://cdn.example.org/a")]
    [InlineData("<link rel=canonical href='/a'><meta property='og:url' content='http://site.example/x/y'>", "http://site.example/a")]
    [InlineData("<link rel=canonical href='https://abs.example/a'><base href='https://other.example/'>", "https://abs.example/a")]
    [InlineData("<base href='file:///etc/'><link rel=canonical href='passwd'>", null)]
    [InlineData("<base href='/relative/'><link rel=canonical href='a'>", null)]
    [InlineData("<base href='https://news.example.com/'><link rel=canonical href='javascript:alert(1)'>", null)]
    [InlineData("<link rel=canonical href='/only-relative'>", null)]
    [InlineData("<base href='https://news.example.com/'><link rel=canonical href=''><meta property='og:url' content='https://og.example/p'>", "https://og.example/p")]
    public void Extract_CanonicalLink_ResolvedAgainstBaseOnlyToHttp(string head, string? expected)
    {
        // Given a page head with a canonical link and maybe a base URL or og:url
        var html = "<html><head>" + head + "</head><body><p>Some text.</p></body></html>";

        // When the page is extracted; Then the URL is the canonical one made absolute, http(s) only
        Assert.Equal(expected, HtmlArticleExtractor.Extract(html, 512).Url);
    }
}
