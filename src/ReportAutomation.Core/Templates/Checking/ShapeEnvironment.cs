namespace ReportAutomation.Core.Templates.Checking;

/// <summary>The names visible at one point of a template during the static check: the scope's, plus assigned and loop variables.</summary>
internal sealed class ShapeEnvironment(TemplateScopeShape scope, Dictionary<string, TemplateValueShape> locals, ShapeEnvironment? parent)
{
    public ShapeEnvironment(TemplateScopeShape scope)
        : this(scope, new Dictionary<string, TemplateValueShape>(StringComparer.Ordinal), null)
    {
    }

    /// <summary>Every visible name, for suggestions.</summary>
    public IEnumerable<string> Names => locals.Keys.Concat(scope.Names);

    /// <summary>The shape of <paramref name="name"/>, or null when it is not defined here.</summary>
    public TemplateValueShape? Lookup(string name) => locals.TryGetValue(name, out var shape) ? shape : scope.Lookup(name);

    /// <summary>Defines (or redefines) <paramref name="name"/> from here on, as <c>assign</c> and <c>capture</c> do (also after a loop, as in Liquid).</summary>
    public void Define(string name, TemplateValueShape shape)
    {
        locals[name] = shape;
        parent?.Define(name, shape);
    }

    /// <summary>A loop body's environment: the loop variable and <paramref name="loopName"/> exist only inside it.</summary>
    public ShapeEnvironment Child(string name, TemplateValueShape shape, string loopName, TemplateValueShape loopShape) =>
        new(scope, new Dictionary<string, TemplateValueShape>(locals, StringComparer.Ordinal) { [name] = shape, [loopName] = loopShape }, this);
}
