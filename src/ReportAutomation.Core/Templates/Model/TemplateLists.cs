namespace ReportAutomation.Core.Templates.Model;

/// <summary>Builds <see cref="TemplateList{T}"/> values.</summary>
internal static class TemplateLists
{
    /// <summary>Projects every item of <paramref name="source"/> with <paramref name="project"/> when it is read.</summary>
    public static TemplateList<TView> Project<TSource, TView>(IReadOnlyList<TSource> source, Func<TSource, TView> project) =>
        new(source.Count, i => project(source[i]));

    /// <summary>Exposes <paramref name="source"/> unchanged.</summary>
    public static TemplateList<T> Of<T>(IReadOnlyList<T> source) => new(source.Count, i => source[i]);
}
