namespace NewsNlp.Tests.Support;

/// <summary>
/// Finds <c>../shared</c> (seeds, training and development data) beside the repository.
/// Under <c>CI=true</c> a missing folder fails the test loudly; elsewhere the test is ignored with the reason.
/// </summary>
internal static class SharedData
{
    /// <summary>The repository root (the folder holding NewsNlp.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder path, whether or not it exists.</summary>
    public static string Root => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

    /// <summary>The full path of <paramref name="relative"/> under shared/, or fails/ignores the test when it is missing.</summary>
    public static string Require(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (File.Exists(path) || Directory.Exists(path))
            return path;
        var message = $"Shared data '{path}' is missing: this test needs ../shared beside the repository.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message);
        Assert.Ignore(message);
        return path;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "NewsNlp.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("NewsNlp.sln not found above " + AppContext.BaseDirectory);
    }
}
