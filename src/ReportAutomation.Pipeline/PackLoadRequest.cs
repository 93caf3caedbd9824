using System.Globalization;
using ReportAutomation.Core.Packs;
using ReportAutomation.Ingestion;

namespace ReportAutomation.Pipeline;

/// <summary>Which inputs to read and which week to cut from them.</summary>
/// <param name="Inputs">Articles folder, figures folder and watch list.</param>
/// <param name="Week">Which week to build.</param>
/// <param name="Culture">Culture of numbers in figure files and documents.</param>
/// <param name="Options">Pack name and time zone.</param>
public sealed record PackLoadRequest(PackInputPaths Inputs, WeekChoice Week, CultureInfo Culture, PackOptions Options);
