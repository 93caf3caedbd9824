namespace ReportAutomation.Rendering.Word;
