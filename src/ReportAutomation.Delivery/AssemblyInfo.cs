using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ReportAutomation.Delivery.Tests")]
[assembly: InternalsVisibleTo("ReportAutomation.Cli")]
[assembly: InternalsVisibleTo("ReportAutomation.Cli.Tests")]

namespace ReportAutomation.Delivery;
