using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ReportAutomation.TestKit;

/// <summary>Runs the OpenXml SDK validator over a generated .xlsx or .docx.</summary>
public static class OpenXmlValidation
{
    /// <summary>Every validation error, as readable lines (part, path, description).</summary>
    public static IReadOnlyList<string> Errors(string path)
    {
        using OpenXmlPackage doc = Path.GetExtension(path).Equals(".docx", StringComparison.OrdinalIgnoreCase)
            ? WordprocessingDocument.Open(path, false)
            : SpreadsheetDocument.Open(path, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(doc)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    /// <summary>Asserts the file validates with zero errors, listing the first few when not.</summary>
    public static void AssertValid(string path)
    {
        var errors = Errors(path);
        Assert.True(errors.Count == 0, $"{errors.Count} OpenXml validation errors in {path}:\n" + string.Join("\n", errors.Take(10)));
    }
}
