namespace ReportAutomation.Rendering.Pdf.Output;

/// <summary>A face's subset ready to replace the whole font Skia embedded: the whole font's fingerprint and length, the subset's length and its deflated bytes.</summary>
internal sealed record PreparedFont(byte[] Fingerprint, int WholeLength, int SubsetLength, byte[] Deflated);
