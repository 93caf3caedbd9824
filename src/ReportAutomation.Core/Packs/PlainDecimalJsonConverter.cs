using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportAutomation.Core.Packs;

/// <summary>
/// Writes decimals without trailing zeros, so amounts print alike whatever scale parsing left them with
/// (<c>5.5bn</c> parses to <c>5500000000.0</c>, <c>60,165,000,000</c> to <c>60165000000</c>): the value is unchanged.
/// </summary>
internal sealed class PlainDecimalJsonConverter : JsonConverter<decimal>
{
    // Dividing by one written with 28 decimal places gives the same value at the smallest scale that represents it.
    private const decimal One = 1.0000000000000000000000000000m;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(Normalise(value));

    /// <summary>The same value with trailing fractional zeros removed (scale as small as possible).</summary>
    internal static decimal Normalise(decimal value) => value / One;
}
