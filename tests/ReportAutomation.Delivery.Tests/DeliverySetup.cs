using System.Collections;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Delivery.Options;
using ReportAutomation.Delivery.Runs;
using ReportAutomation.Pipeline;
using ReportAutomation.TestKit;

namespace ReportAutomation.Delivery.Tests;

/// <summary>A configuration file in a temp folder, pointing at the committed sample data and templates, output inside the folder.</summary>
internal sealed class DeliverySetup : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static readonly WeekChoice W47 = WeekChoice.Of(IsoWeek.Parse("2026-W47"));

    public DeliverySetup(string[]? to = null, int? smtpPort = null, Action<Dictionary<string, object?>>? tweak = null, string? templates = null, int retryAttempts = 5)
    {
        Folder = new TempFolder("delivery");
        var pack = new Dictionary<string, object?>
        {
            ["Name"] = "weekly-ir",
            ["Articles"] = Path.Combine(RepoPaths.SampleData, "articles"),
            ["Figures"] = Path.Combine(RepoPaths.SampleData, "figures"),
            ["Entities"] = Path.Combine(RepoPaths.SampleData, "entities.csv"),
            ["Templates"] = templates ?? RepoPaths.Templates,
            ["Output"] = Output,
            ["TimeZone"] = "Europe/London",
            ["Schedule"] = "0 7 * * MON",
            ["Recipients"] = new Dictionary<string, object?> { ["To"] = to ?? ["ana@example.com", "ben@example.com", "cat@example.com"] },
            ["Subject"] = "Pack {{ week.label }}",
            ["TextBody"] = "Week {{ week.label }}: {{ totals.articles }} articles.",
            ["HtmlBody"] = "<p>Week <b>{{ week.label }}</b></p>",
            ["Attach"] = new[] { "pdf", "xlsx" },
        };
        var root = new Dictionary<string, object?>
        {
            ["From"] = "Reports <reports@example.com>",
            ["MessageIdDomain"] = "test.example.com",
            ["Packs"] = new[] { pack },
        };
        if (smtpPort is { } port)
        {
            root["Smtp"] = new Dictionary<string, object?>
            {
                ["Host"] = "127.0.0.1", ["Port"] = port, ["Security"] = "None", ["RetryAttempts"] = retryAttempts, ["RetryDelaySeconds"] = 0.1, ["TimeoutSeconds"] = 10,
            };
        }

        tweak?.Invoke(root);
        ConfigPath = Folder.File("config.json");
        File.WriteAllText(ConfigPath, JsonSerializer.Serialize(root));
    }

    public TempFolder Folder { get; }

    public string ConfigPath { get; }

    public string Output => Path.Combine(Folder.Path, "out");

    public string Outbox => Path.Combine(Output, "outbox", "weekly-ir", "2026-W47");

    public FakeTimeProvider Clock { get; } = new(Now);

    public CollectingObserver Observer { get; } = new();

    public LoadedDeliveryOptions Load() => DeliveryConfiguration.Load(Folder.Path, ConfigPath, new Hashtable());

    public PackDeliveryService Service() => new(Load(), NullLoggerFactory.Instance, Clock, Observer);

    public Task<PackDeliveryReport> SendAsync(bool resend = false) =>
        Service().SendAsync(Load().Options.Packs[0], new SendRequest(W47, resend), CancellationToken.None);

    public void Dispose() => Folder.Dispose();
}
