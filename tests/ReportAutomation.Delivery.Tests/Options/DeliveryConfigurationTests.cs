using System.Collections;
using ReportAutomation.Delivery.Options;

namespace ReportAutomation.Delivery.Tests.Options;

public sealed class DeliveryConfigurationTests
{
    [Theory]
    [InlineData("Schedule", "0 7 * *", "Packs:0:Schedule '0 7 * *' is not a cron schedule")]
    [InlineData("TimeZone", "Mars/Olympus", "Packs:0:TimeZone 'Mars/Olympus' is not a known time zone")]
    [InlineData("Subject", "{{ week.lable }}", "Subject: unknown")]
    public void Load_BadSetting_OneLineNamingIt(string setting, string value, string expected)
    {
        using var setup = new DeliverySetup(tweak: root => ((Dictionary<string, object?>[])root["Packs"]!)[0][setting] = value);

        var ex = Assert.Throws<DeliveryConfigurationException>(() => setup.Load());

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Load_TemplatesFolderWithoutTemplate_NamesFolder()
    {
        using var empty = new TestKit.TempFolder("no-templates");
        using var setup = new DeliverySetup(templates: empty.Path);

        var ex = Assert.Throws<DeliveryConfigurationException>(() => setup.Load());

        Assert.Contains("has no template for pack 'weekly-ir'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadAddressAndJson_Readable()
    {
        using var setup = new DeliverySetup(to: ["not an address"]);
        var ex = Assert.Throws<DeliveryConfigurationException>(() => setup.Load());
        Assert.Contains("Packs:0:Recipients:To:0 'not an address' is not an email address", ex.Message, StringComparison.Ordinal);

        File.WriteAllText(setup.ConfigPath, "{ \"Packs\": [ ");
        var json = Assert.Throws<DeliveryConfigurationException>(() => setup.Load());
        Assert.StartsWith("configuration: ", json.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json.Message);
    }

    [Fact]
    public void Load_EnvironmentVariables_OverrideTheFile()
    {
        using var setup = new DeliverySetup();
        var env = new Hashtable
        {
            ["REPORTAUTOMATION__Smtp__Host"] = "relay.example.com",
            ["REPORTAUTOMATION__Smtp__Port"] = "2525",
            ["REPORTAUTOMATION__Smtp__User"] = "mailer",
            ["REPORTAUTOMATION__Smtp__Password"] = "s3cret-pass",
            ["REPORTAUTOMATION__Packs__0__Schedule"] = "30 6 * * TUE",
            ["OTHER__Smtp__Host"] = "ignored",
        };

        var loaded = DeliveryConfiguration.Load(setup.Folder.Path, setup.ConfigPath, env).Options;

        Assert.Equal("relay.example.com", loaded.Smtp.Host);
        Assert.Equal(2525, loaded.Smtp.Port);
        Assert.Equal("30 6 * * TUE", loaded.Packs[0].Schedule);
        Assert.DoesNotContain("s3cret-pass", loaded.Smtp.ToString(), StringComparison.Ordinal);
        Assert.Contains("relay.example.com:2525", loaded.Smtp.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UserWithoutPassword_Refused()
    {
        using var setup = new DeliverySetup(smtpPort: 25);
        var env = new Hashtable { ["REPORTAUTOMATION__Smtp__User"] = "mailer" };

        var ex = Assert.Throws<DeliveryConfigurationException>(() => DeliveryConfiguration.Load(setup.Folder.Path, setup.ConfigPath, env));

        Assert.Contains("Smtp:User is set but Smtp:Password is not", ex.Message, StringComparison.Ordinal);
    }
}
