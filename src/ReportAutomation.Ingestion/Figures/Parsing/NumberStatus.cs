namespace ReportAutomation.Ingestion.Figures.Parsing;

/// <summary>How reading a number from text went.</summary>
internal enum NumberStatus
{
    /// <summary>A number was read.</summary>
    Ok,

    /// <summary>No digits where the number should start.</summary>
    NoDigits,

    /// <summary>Separators that do not form thousands groups under the culture, such as <c>1,5</c> under the invariant culture.</summary>
    Ambiguous,

    /// <summary>More digits than a decimal holds.</summary>
    TooLarge,
}
