namespace ReportAutomation.Core.Templates;

/// <summary>The static shape of a template value: its kind, and its fields (objects) or item shape (lists).</summary>
public sealed class TemplateValueShape
{
    private static readonly Dictionary<string, TemplateValueShape> NoMembers = new(StringComparer.Ordinal);

    private readonly Dictionary<string, TemplateValueShape> _members;

    private TemplateValueShape(TemplateValueKind kind, Dictionary<string, TemplateValueShape> members, IReadOnlyList<string> names, TemplateValueShape? element)
    {
        Kind = kind;
        _members = members;
        MemberNames = names;
        Element = element;
    }

    /// <summary>A value whose shape is not known; nothing about it is reported.</summary>
    public static TemplateValueShape Any { get; } = Scalar(TemplateValueKind.Any);

    /// <summary>Text.</summary>
    public static TemplateValueShape Text { get; } = Scalar(TemplateValueKind.Text);

    /// <summary>A number.</summary>
    public static TemplateValueShape Number { get; } = Scalar(TemplateValueKind.Number);

    /// <summary>True or false.</summary>
    public static TemplateValueShape Boolean { get; } = Scalar(TemplateValueKind.Boolean);

    /// <summary>A calendar date.</summary>
    public static TemplateValueShape Date { get; } = Scalar(TemplateValueKind.Date);

    /// <summary>A date and time.</summary>
    public static TemplateValueShape DateTime { get; } = Scalar(TemplateValueKind.DateTime);

    /// <summary>A hyperlink.</summary>
    public static TemplateValueShape Link { get; } = Scalar(TemplateValueKind.Link);

    /// <summary>The kind of value.</summary>
    public TemplateValueKind Kind { get; }

    /// <summary>The field names of an object, in model order (empty for other kinds).</summary>
    public IReadOnlyList<string> MemberNames { get; }

    /// <summary>The shape of a list's items (null for other kinds).</summary>
    public TemplateValueShape? Element { get; }

    /// <summary>An object with the given fields, in order.</summary>
    public static TemplateValueShape Object(IEnumerable<KeyValuePair<string, TemplateValueShape>> members)
    {
        var map = new Dictionary<string, TemplateValueShape>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var (name, shape) in members)
        {
            if (map.TryAdd(name, shape))
            {
                names.Add(name);
            }
        }

        return new TemplateValueShape(TemplateValueKind.Object, map, names, null);
    }

    /// <summary>A list whose items have <paramref name="element"/>'s shape.</summary>
    public static TemplateValueShape List(TemplateValueShape element) =>
        new(TemplateValueKind.List, NoMembers, [], element);

    /// <summary>The shape of field <paramref name="name"/>, when this is an object that has it.</summary>
    public TemplateValueShape? Member(string name) => _members.GetValueOrDefault(name);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        TemplateValueKind.List => $"list of {Element}",
        TemplateValueKind.Object => "group of fields (" + string.Join(", ", MemberNames) + ")",
        TemplateValueKind.DateTime => "date and time",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static TemplateValueShape Scalar(TemplateValueKind kind) => new(kind, NoMembers, [], null);
}
