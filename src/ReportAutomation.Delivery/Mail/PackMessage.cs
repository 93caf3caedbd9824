using MimeKit;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Templates;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Mail;

/// <summary>
/// Composes the message one recipient gets: subject and bodies filled from the pack's templates, the To/Cc headers as
/// configured (never Bcc), the built documents attached from their folder, and the ledger's stable Message-Id.
/// </summary>
internal sealed class PackMessage(TemplateEngine engine)
{
    /// <summary>The message for one recipient (the envelope names them); template failures are thrown as <see cref="TemplateRenderException"/>.</summary>
    public MimeMessage Compose(
        PackDeliveryOptions options, WeeklyPack pack, IReadOnlyList<string> attachments, MailboxAddress from, string messageId, DateTimeOffset date)
    {
        var scope = engine.CreateScope(pack);
        var message = new MimeMessage { MessageId = messageId, Date = date, Subject = Render(options.Subject, "Subject", scope, html: false).ReplaceLineEndings(" ").Trim() };
        message.From.Add(from);
        message.To.AddRange(options.Recipients.To.Select(MailboxAddress.Parse));
        message.Cc.AddRange(options.Recipients.Cc.Select(MailboxAddress.Parse));
        message.Headers.Add("X-ReportAutomation-Pack", $"{pack.Name} {pack.Week.Label}");
        var body = new BodyBuilder { TextBody = Render(options.TextBody, "TextBody", scope, html: false) };
        if (!string.IsNullOrWhiteSpace(options.HtmlBody))
        {
            body.HtmlBody = Render(options.HtmlBody!, "HtmlBody", scope, html: true);
        }

        foreach (var path in attachments)
        {
            // MimeKit names the part after the file and picks its MIME type from the extension.
            body.Attachments.Add(path);
        }

        message.Body = body.ToMessageBody();
        return message;
    }

    private string Render(string text, string setting, TemplateScope scope, bool html)
    {
        var parsed = engine.Parse(text, new TemplateLocation(setting, string.Empty));
        if (parsed.Template is null)
        {
            throw new TemplateRenderException(parsed.Errors[0]);
        }

        var ok = html ? parsed.Template.TryRenderHtml(scope, out var rendered, out var error) : parsed.Template.TryRender(scope, out rendered, out error);
        return ok ? rendered : throw new TemplateRenderException(error!);
    }
}
