namespace ReportAutomation.Core.Templates;

/// <summary>What a row directive does with its table row.</summary>
public enum RowDirectiveKind
{
    /// <summary><c>{% for x in collection %}</c> … <c>{% endfor %}</c>: the row is repeated once per item.</summary>
    Loop,

    /// <summary><c>{% if condition %}</c> … <c>{% endif %}</c>: the row is kept or removed.</summary>
    Condition,
}
