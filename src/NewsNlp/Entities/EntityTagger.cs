using NewsNlp.Tokenization;

namespace NewsNlp.Entities;

/// <summary>Tags leaders, people, states, places and agencies, each with its canonical name.</summary>
/// <remarks>PROVISIONAL: finds nothing yet.</remarks>
public static class EntityTagger
{
    /// <summary>The named entities of a document (not dates), in order, not overlapping.</summary>
    public static IReadOnlyList<Entity> Find(Document document) => [];
}
