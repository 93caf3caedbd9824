using System.Globalization;
using Cronos;
using MimeKit;
using ReportAutomation.Core.Templates;

namespace ReportAutomation.Delivery.Options;

/// <summary>Checks the options at start-up; each problem is one phrase naming the setting (e.g. <c>Packs:0:Schedule</c>).</summary>
internal static class DeliveryOptionsValidator
{
    /// <summary>Formats a pack can attach.</summary>
    public static readonly IReadOnlyList<string> AttachableFormats = ["pdf", "xlsx", "docx", "json"];

    /// <summary>Every problem found, empty when the options can be used.</summary>
    public static List<string> Validate(LoadedDeliveryOptions loaded)
    {
        var options = loaded.Options;
        var errors = new List<string>();
        if (options.Packs.Count == 0)
        {
            errors.Add("no packs configured (Packs is empty)");
        }

        CheckAddress(errors, "From", options.From);
        if (!string.IsNullOrWhiteSpace(options.OpsAddress))
        {
            CheckAddress(errors, "OpsAddress", options.OpsAddress);
        }

        if (options.LeaseSeconds is < 1 or > 86_400)
        {
            errors.Add($"LeaseSeconds {options.LeaseSeconds} must be between 1 and 86400");
        }

        CheckSmtp(errors, options.Smtp);
        var engine = new TemplateEngine();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Packs.Count; i++)
        {
            var pack = options.Packs[i];
            var at = $"Packs:{i}";
            if (!names.Add(pack.Name))
            {
                errors.Add($"{at}:Name '{pack.Name}' is used by another pack");
            }

            PackValidator.Check(errors, at, pack, loaded, engine);
        }

        return errors;
    }

    /// <summary>Adds an error when <paramref name="value"/> is not one mailbox such as <c>Ana &lt;ana@example.com&gt;</c>.</summary>
    public static void CheckAddress(List<string> errors, string at, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || !MailboxAddress.TryParse(value, out var mailbox) || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"{at} '{value}' is not an email address");
        }
    }

    /// <summary>Adds an error when <paramref name="schedule"/> is not a five-field cron expression.</summary>
    public static void CheckSchedule(List<string> errors, string at, string schedule)
    {
        try
        {
            CronExpression.Parse(schedule, CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            errors.Add($"{at} '{schedule}' is not a cron schedule such as '0 7 * * MON' ({ex.Message.TrimEnd('.')})");
        }
    }

    private static void CheckSmtp(List<string> errors, SmtpOptions smtp)
    {
        if (!smtp.Enabled)
        {
            return;
        }

        if (smtp.Port is < 1 or > 65535)
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"Smtp:Port {smtp.Port} must be between 1 and 65535"));
        }

        if (!string.IsNullOrEmpty(smtp.User) && string.IsNullOrEmpty(smtp.Password))
        {
            errors.Add("Smtp:User is set but Smtp:Password is not (set REPORTAUTOMATION__Smtp__Password)");
        }

        if (smtp.TimeoutSeconds is <= 0 or > 3600)
        {
            errors.Add("Smtp:TimeoutSeconds must be between 0 and 3600");
        }

        if (smtp.RetryAttempts is < 0 or > 20 || smtp.RetryDelaySeconds is < 0 or > 3600)
        {
            errors.Add("Smtp:RetryAttempts must be 0-20 and Smtp:RetryDelaySeconds 0-3600");
        }
    }
}
