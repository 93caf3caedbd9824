using System.Globalization;
using ReportAutomation.Core.Packs;
using ReportAutomation.Core.Weeks;
using ReportAutomation.Ingestion;

namespace ReportAutomation.Cli.Commands;

/// <summary>The inputs, week, culture and pack settings a command was asked to use.</summary>
internal sealed record InputSelection(PackInputPaths Paths, IsoWeek? Week, CultureInfo Culture, PackOptions Options);
