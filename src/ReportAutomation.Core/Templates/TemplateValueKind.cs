namespace ReportAutomation.Core.Templates;

/// <summary>What kind of value a template name holds.</summary>
public enum TemplateValueKind
{
    /// <summary>Not known statically (e.g. the result of an arbitrary filter); never reported as an error.</summary>
    Any,

    /// <summary>Text.</summary>
    Text,

    /// <summary>A number (amount, count, score, ratio).</summary>
    Number,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A date and time with an offset.</summary>
    DateTime,

    /// <summary>A hyperlink made by the <c>link</c> filter.</summary>
    Link,

    /// <summary>A group of named fields.</summary>
    Object,

    /// <summary>A list of items of one shape.</summary>
    List,
}
