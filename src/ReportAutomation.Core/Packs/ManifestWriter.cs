using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportAutomation.Core.IO;
using ReportAutomation.Core.Model;
using ReportAutomation.Core.Weeks;

namespace ReportAutomation.Core.Packs;

/// <summary>Writes a <see cref="WeeklyPack"/> as <c>manifest.json</c>: stable key order, camelCase, indented, amounts without
/// trailing zeros.</summary>
public static class ManifestWriter
{
    /// <summary>The serializer settings used for manifests (also for reading them back in tests).</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new IsoWeekJsonConverter(), new PlainDecimalJsonConverter() },
    };

    /// <summary>The manifest's file name in a pack's week folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Serialises the pack to JSON text.</summary>
    public static string ToJson(WeeklyPack pack) => JsonSerializer.Serialize(pack, Options);

    /// <summary>Writes the manifest atomically (temp file, then rename) and returns its path.</summary>
    public static string Write(WeeklyPack pack, string folder)
    {
        var path = Path.Combine(folder, FileName);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, pack, Options));
        return path;
    }

    private sealed class IsoWeekJsonConverter : JsonConverter<IsoWeek>
    {
        public override IsoWeek Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            IsoWeek.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, IsoWeek value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Label);
    }
}
