using Fluid;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>Fluid member access limited to the template views' snake_case fields: nothing else of a CLR object is reachable.</summary>
internal sealed class ViewMemberAccessStrategy : MemberAccessStrategy
{
    public ViewMemberAccessStrategy()
    {
        MemberNameStrategy = static member => SnakeCase.From(member.Name);
    }

    /// <inheritdoc />
    public override IMemberAccessor GetAccessor(Type type, string name) => ViewCatalog.Member(type, name)!;

    /// <inheritdoc />
    public override void Register(Type type, IEnumerable<KeyValuePair<string, IMemberAccessor>> accessors)
    {
        // The view types are the whole model; registering other types would widen what templates can read.
        throw new NotSupportedException("Template members come from the template views only.");
    }
}
