using System.Text;

namespace ReportAutomation.Core.Templates.Access;

/// <summary>Turns C# property names into template names: <c>GeneratedAt</c> → <c>generated_at</c>, <c>Sha256</c> → <c>sha256</c>.</summary>
internal static class SnakeCase
{
    /// <summary>The snake_case form of <paramref name="name"/>.</summary>
    public static string From(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
