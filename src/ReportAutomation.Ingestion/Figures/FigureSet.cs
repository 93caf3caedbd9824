using ReportAutomation.Core.Errors;
using ReportAutomation.Core.Model;

namespace ReportAutomation.Ingestion.Figures;

/// <summary>Everything read from a figures folder: the good rows of each kind, the problems found, and the files read.</summary>
public sealed record FigureSet(
    IReadOnlyList<InvestmentFigure> Investments,
    IReadOnlyList<SentimentFigure> Sentiment,
    IReadOnlyList<DataIssue> Issues,
    IReadOnlyList<InputFile> Files);
