namespace ReportAutomation.Delivery.Options;

/// <summary>One pack the worker builds and mails: its inputs, templates, output, zone, schedule, recipients and message.</summary>
public sealed class PackDeliveryOptions
{
    /// <summary>Pack name: template base name and output sub-folder (letters, digits, '-', '_').</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Folder of articles (relative paths are taken from the configuration's base folder).</summary>
    public string Articles { get; set; } = "sample-data/articles";

    /// <summary>Folder of figure files.</summary>
    public string Figures { get; set; } = "sample-data/figures";

    /// <summary>Watch-list CSV.</summary>
    public string Entities { get; set; } = "sample-data/entities.csv";

    /// <summary>Folder of templates.</summary>
    public string Templates { get; set; } = "templates";

    /// <summary>Output root (relative to the working folder); the pack goes to <c>&lt;out&gt;/&lt;pack&gt;/&lt;week&gt;/</c>, the ledger beside it.</summary>
    public string Output { get; set; } = "out";

    /// <summary>IANA time zone of the pack: it decides the week and when the schedule fires.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    /// <summary>Culture of numbers in figure files and documents (empty: invariant).</summary>
    public string Culture { get; set; } = string.Empty;

    /// <summary>Five-field cron schedule in <see cref="TimeZone"/>, e.g. <c>0 7 * * MON</c>.</summary>
    public string Schedule { get; set; } = "0 7 * * MON";

    /// <summary>Who gets the pack.</summary>
    public RecipientOptions Recipients { get; set; } = new();

    /// <summary>Subject in the template language, e.g. <c>{{ pack.name }} {{ week.label }}</c>.</summary>
    public string Subject { get; set; } = "{{ pack.name }} {{ week.label }}";

    /// <summary>Plain-text body in the template language.</summary>
    public string TextBody { get; set; } = "The {{ pack.name }} pack for {{ week.label }} is attached.";

    /// <summary>HTML body in the template language (optional; values are HTML-escaped).</summary>
    public string? HtmlBody { get; set; }

    /// <summary>Formats of the documents to attach (<c>pdf</c>, <c>xlsx</c>, <c>docx</c>, <c>json</c> for the manifest).</summary>
    public List<string> Attach { get; set; } = [];
}
