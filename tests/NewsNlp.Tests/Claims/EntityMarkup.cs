using System.Text;
using NewsNlp.Entities;

namespace NewsNlp.Tests.Claims;

/// <summary>
/// Golden sentences mark entities inline as <c>[[text|Type|Canonical]]</c> (a Date's canonical is its value),
/// so claim cases can name subjects and sources without the entity tagger.
/// </summary>
internal static class EntityMarkup
{
    public static (string Text, List<Entity> Entities) Parse(string marked)
    {
        var text = new StringBuilder();
        var entities = new List<Entity>();
        var i = 0;
        while (i < marked.Length)
        {
            var open = marked.IndexOf("[[", i, StringComparison.Ordinal);
            if (open < 0) { text.Append(marked, i, marked.Length - i); break; }
            text.Append(marked, i, open - i);
            var close = marked.IndexOf("]]", open, StringComparison.Ordinal);
            var parts = marked[(open + 2)..close].Split('|');
            var start = text.Length;
            text.Append(parts[0]);
            var type = Enum.Parse<EntityType>(parts[1]);
            var canonical = parts.Length > 2 ? parts[2] : parts[0];
            entities.Add(type == EntityType.Date
                ? new Entity(type, parts[0], start, text.Length, parts[0], Value: canonical)
                : new Entity(type, parts[0], start, text.Length, canonical));
            i = close + 2;
        }
        return (text.ToString(), entities);
    }
}
