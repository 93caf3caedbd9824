namespace ReportAutomation.Core.Model;

/// <summary>An input that went into the pack, for the pack's provenance (About sheet, manifest).</summary>
/// <param name="Path">Path relative to its input root.</param>
/// <param name="Kind">article, figures, entities, manifest or template.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
/// <param name="Bytes">Size in bytes.</param>
public sealed record InputFile(string Path, string Kind, string Sha256, long Bytes);
