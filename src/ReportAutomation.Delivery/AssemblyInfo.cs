using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("ReportAutomation.Delivery.Tests")]

namespace ReportAutomation.Delivery;
