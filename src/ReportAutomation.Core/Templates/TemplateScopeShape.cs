namespace ReportAutomation.Core.Templates;

/// <summary>The names a template can use at one place (root model plus loop variables) and their shapes, for static checks.</summary>
public sealed class TemplateScopeShape
{
    private readonly TemplateValueShape _root;
    private readonly Dictionary<string, TemplateValueShape> _variables;

    internal TemplateScopeShape(TemplateValueShape root)
        : this(root, new Dictionary<string, TemplateValueShape>(StringComparer.Ordinal))
    {
    }

    private TemplateScopeShape(TemplateValueShape root, Dictionary<string, TemplateValueShape> variables)
    {
        _root = root;
        _variables = variables;
    }

    /// <summary>Every name usable at this place: loop variables first, then the model's top-level names.</summary>
    public IEnumerable<string> Names => _variables.Keys.Concat(_root.MemberNames.Where(n => !_variables.ContainsKey(n)));

    /// <summary>The shape bound to <paramref name="name"/>, or null when the name is unknown here.</summary>
    public TemplateValueShape? Lookup(string name) =>
        _variables.TryGetValue(name, out var shape) ? shape : _root.Member(name);

    /// <summary>A copy of this shape where <paramref name="name"/> is bound to <paramref name="shape"/> (a loop variable).</summary>
    public TemplateScopeShape WithLoopVariable(string name, TemplateValueShape shape)
    {
        var copy = new Dictionary<string, TemplateValueShape>(_variables, StringComparer.Ordinal) { [name] = shape };
        return new TemplateScopeShape(_root, copy);
    }

    /// <summary>The item shape of the top-level list <paramref name="collection"/> (e.g. <c>investments</c>), or <see cref="TemplateValueShape.Any"/>.</summary>
    public TemplateValueShape ElementOf(string collection) =>
        Lookup(collection) is { Kind: TemplateValueKind.List, Element: { } element } ? element : TemplateValueShape.Any;
}
