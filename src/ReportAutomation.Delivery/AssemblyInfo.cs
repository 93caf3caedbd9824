namespace ReportAutomation.Delivery;
