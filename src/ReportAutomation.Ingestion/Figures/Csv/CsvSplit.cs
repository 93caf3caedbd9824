namespace ReportAutomation.Ingestion.Figures.Csv;

/// <summary>Where a CSV file is cut in two for reading in parallel: a record starts at <paramref name="Start"/>.</summary>
/// <param name="Start">The byte offset of the first record of the second part.</param>
/// <param name="LineBreaksBefore">The line breaks before <paramref name="Start"/> (the file's line there, less one).</param>
internal readonly record struct CsvSplit(long Start, int LineBreaksBefore);
