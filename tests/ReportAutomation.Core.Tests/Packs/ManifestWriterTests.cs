using System.Text.Json;
using ReportAutomation.Core.Packs;
using ReportAutomation.TestKit;

namespace ReportAutomation.Core.Tests.Packs;

public sealed class ManifestWriterTests
{
    [Fact]
    public void ToJson_AmountsWithDifferentScales_PrintWithoutTrailingZeros()
    {
        // Given amounts as parsing leaves them: 5.5bn with scale 1, a plain integer, and a fraction with trailing zeros
        var pack = Some.Pack(investments:
        [
            Some.Investment(amount: 5500000000.0m, investor: "A", line: 2),
            Some.Investment(amount: 60165000000m, investor: "B", line: 3),
            Some.Investment(amount: 12.50m, investor: "C", line: 4),
        ]);

        // When the manifest is written
        var json = ManifestWriter.ToJson(pack);

        // Then every amount prints at its smallest scale, with its value intact
        Assert.Contains("\"amount\": 5500000000,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 60165000000,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 12.5,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("5500000000.0", json, StringComparison.Ordinal);
        Assert.Equal(65665000012.5m, JsonDocument.Parse(json).RootElement.GetProperty("totalsByCurrency")[0].GetProperty("amount").GetDecimal());
    }

    [Theory]
    [InlineData("5500000000.0", "5500000000")]
    [InlineData("0.00", "0")]
    [InlineData("-1.2300", "-1.23")]
    [InlineData("0.0000000000000000000000000010", "0.000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1000000000000000.000", "1000000000000000")]
    public void Normalise_Decimal_SameValueSmallestScale(string input, string expected)
    {
        var value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);

        var normalised = PlainDecimalJsonConverter.Normalise(value);

        Assert.Equal(value, normalised);
        Assert.Equal(expected, normalised.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToJson_ThenDeserialise_RoundTripsAmounts()
    {
        var pack = Some.Pack(investments: [Some.Investment(amount: 14_300_000_000.00m)]);

        var back = JsonSerializer.Deserialize<JsonElement>(ManifestWriter.ToJson(pack), ManifestWriter.Options);

        Assert.Equal(14_300_000_000m, back.GetProperty("investments")[0].GetProperty("amount").GetDecimal());
    }
}
