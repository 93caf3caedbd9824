using System.Globalization;
using ReportAutomation.Core.Templates;
using ReportAutomation.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace ReportAutomation.Delivery.Options;

/// <summary>Checks one pack's settings: name, paths, zone, culture, schedule, recipients, message templates, attachments.</summary>
internal static class PackValidator
{
    /// <summary>Adds each problem of <paramref name="pack"/> (configured at <paramref name="at"/>) to <paramref name="errors"/>.</summary>
    public static void Check(List<string> errors, string at, PackDeliveryOptions pack, LoadedDeliveryOptions loaded, TemplateEngine engine)
    {
        if (pack.Name.Length is 0 or > 64 || !pack.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add($"{at}:Name '{pack.Name}' must be 1-64 letters, digits, '-' or '_'");
        }

        CheckPath(errors, $"{at}:Articles", loaded.Input(pack.Articles), folder: true);
        CheckPath(errors, $"{at}:Figures", loaded.Input(pack.Figures), folder: true);
        CheckPath(errors, $"{at}:Entities", loaded.Input(pack.Entities), folder: false);
        var templates = loaded.Input(pack.Templates);
        if (CheckPath(errors, $"{at}:Templates", templates, folder: true))
        {
            var expected = PackRenderers.All(NullLoggerFactory.Instance).Select(r => r.TemplateFileName(pack.Name)).ToList();
            if (!expected.Any(name => File.Exists(Path.Combine(templates, name))))
            {
                errors.Add($"{at}:Templates '{templates}' has no template for pack '{pack.Name}' (expected one of {string.Join(", ", expected)})");
            }
        }

        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(pack.TimeZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Add($"{at}:TimeZone '{pack.TimeZone}' is not a known time zone (use an IANA id such as Europe/London)");
        }

        if (pack.Culture.Length > 0)
        {
            try
            {
                CultureInfo.GetCultureInfo(pack.Culture, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                errors.Add($"{at}:Culture '{pack.Culture}' is not a known culture");
            }
        }

        DeliveryOptionsValidator.CheckSchedule(errors, $"{at}:Schedule", pack.Schedule);
        CheckRecipients(errors, at, pack.Recipients);
        CheckTemplate(errors, engine, $"{at}:Subject", pack.Subject, required: true);
        CheckTemplate(errors, engine, $"{at}:TextBody", pack.TextBody, required: true);
        CheckTemplate(errors, engine, $"{at}:HtmlBody", pack.HtmlBody, required: false);
        foreach (var format in pack.Attach.Where(f => !DeliveryOptionsValidator.AttachableFormats.Contains(f, StringComparer.Ordinal)))
        {
            errors.Add($"{at}:Attach '{format}' is not one of {string.Join(", ", DeliveryOptionsValidator.AttachableFormats)}");
        }
    }

    private static void CheckRecipients(List<string> errors, string at, RecipientOptions recipients)
    {
        var all = recipients.To.Select((a, i) => ($"{at}:Recipients:To:{i}", a))
            .Concat(recipients.Cc.Select((a, i) => ($"{at}:Recipients:Cc:{i}", a)))
            .Concat(recipients.Bcc.Select((a, i) => ($"{at}:Recipients:Bcc:{i}", a)))
            .ToList();
        if (all.Count == 0)
        {
            errors.Add($"{at}:Recipients has no To, Cc or Bcc address");
        }

        foreach (var (where, address) in all)
        {
            DeliveryOptionsValidator.CheckAddress(errors, where, address);
        }
    }

    private static void CheckTemplate(List<string> errors, TemplateEngine engine, string at, string? text, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add($"{at} is empty");
            }

            return;
        }

        var parsed = engine.Parse(text, new TemplateLocation(at, string.Empty));
        var problems = parsed.Template is null ? parsed.Errors : [.. parsed.Errors, .. engine.Check(parsed.Template, engine.RootShape)];
        errors.AddRange(problems.Select(p => p.ToString()));
    }

    private static bool CheckPath(List<string> errors, string at, string path, bool folder)
    {
        if (folder ? Directory.Exists(path) : File.Exists(path))
        {
            return true;
        }

        errors.Add($"{at} '{path}' does not exist");
        return false;
    }
}
