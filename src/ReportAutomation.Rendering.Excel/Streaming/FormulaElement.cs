using System.Xml;

namespace ReportAutomation.Rendering.Excel.Streaming;

/// <summary>Reads a cell's <c>f</c> element and a cell reference's column.</summary>
internal static class FormulaElement
{
    /// <summary>Reads the <c>f</c> element the reader is on (type, text, attributes) and leaves the reader after it.</summary>
    public static (string? Type, string Text, List<KeyValuePair<string, string>> Attributes) Read(XmlReader r)
    {
        var attributes = new List<KeyValuePair<string, string>>();
        string? type = null;
        if (r.MoveToFirstAttribute())
        {
            do
            {
                attributes.Add(new(r.Name, r.Value));
                if (r.Name == "t")
                {
                    type = r.Value;
                }
            }
            while (r.MoveToNextAttribute());

            r.MoveToElement();
        }

        var text = r.IsEmptyElement ? string.Empty : null;
        if (text is null)
        {
            text = r.ReadElementContentAsString();
        }
        else
        {
            r.Read();
        }

        return (type, text, attributes);
    }

    /// <summary>The column of an A1 cell reference such as <c>AB12</c>.</summary>
    public static int ColumnOf(string reference)
    {
        var letters = 0;
        while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
        {
            letters++;
        }

        return ColumnName.Parse(reference.AsSpan(0, letters));
    }
}
