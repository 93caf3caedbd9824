using MimeKit;
using ReportAutomation.Core.Templates;
using ReportAutomation.Delivery.Mail;
using ReportAutomation.Delivery.Options;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests.Mail;

public sealed class PackMessageTests
{
    [Fact]
    public void Compose_ArticleTitleWithMarkup_EncodedInHtmlBody_PlainInText()
    {
        var pack = Some.Pack(articles: [Some.Article(title: "<script>alert(1)</script> & co")]);
        var options = new PackDeliveryOptions
        {
            Name = "weekly-ir",
            Recipients = new RecipientOptions { To = ["ana@example.com"], Bcc = ["hidden@example.com"] },
            Subject = "Pack {{ week.label }}",
            TextBody = "{% for a in articles %}{{ a.title }}{% endfor %}",
            HtmlBody = "<ul>{% for a in articles %}<li>{{ a.title }}</li>{% endfor %}</ul>",
        };

        var message = new PackMessage(new TemplateEngine()).Compose(options, pack, [], MailboxAddress.Parse("r@example.com"), "id@x", DateTimeOffset.UnixEpoch);

        Assert.Equal("Pack 2026-W47", message.Subject);
        Assert.Equal("<script>alert(1)</script> & co", message.TextBody);
        Assert.Contains("<li>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</li>", message.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(message.Bcc);
        Assert.Equal("id@x", message.MessageId);
    }
}
