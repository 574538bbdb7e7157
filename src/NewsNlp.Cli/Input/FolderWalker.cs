using System.IO.Enumeration;

namespace NewsNlp.Cli.Input;

/// <summary>
/// Lists the files of a folder tree that match a file-name pattern, depth first, each folder's files
/// in ordinal order before its sub-folders: the same order on every run and every machine. It streams
/// one folder at a time, skips hidden entries and symbolic links to folders (no cycles), and reports
/// folders it cannot read instead of stopping.
/// </summary>
internal static class FolderWalker
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Files under <paramref name="root"/> whose name matches <paramref name="pattern"/> (case-insensitive).</summary>
    public static IEnumerable<string> Walk(string root, string pattern, Action<string, string> onError)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (!TryList(folder, pattern, out var files, out var folders, out var error))
            {
                onError(folder, error);
                continue;
            }
            foreach (var file in files)
                yield return file;
            for (var i = folders.Length - 1; i >= 0; i--)
                pending.Push(folders[i]);
        }
    }

    private static bool TryList(string folder, string pattern, out string[] files, out string[] folders, out string error)
    {
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", Options)
                .Where(f => FileSystemName.MatchesSimpleExpression(pattern, Path.GetFileName(f.AsSpan()), ignoreCase: true))
                .Order(StringComparer.Ordinal)];
            folders = [.. Directory.EnumerateDirectories(folder, "*", Options)
                .Where(d => new DirectoryInfo(d).LinkTarget is null)
                .Order(StringComparer.Ordinal)];
            error = "";
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = folders = [];
            error = InputReader.Describe(e);
            return false;
        }
    }
}
