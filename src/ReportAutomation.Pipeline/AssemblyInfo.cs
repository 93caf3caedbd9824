namespace ReportAutomation.Pipeline;
