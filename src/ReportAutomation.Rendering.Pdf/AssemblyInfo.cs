namespace ReportAutomation.Rendering.Pdf;
