namespace Sightline.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>A file under <c>tests/data</c>.</summary>
    public static string Data(params string[] parts) => Path.Combine([RepositoryRoot, "tests", "data", .. parts]);

    /// <summary>A fresh, empty directory under the system temp folder.</summary>
    public static string NewTempDirectory(string prefix = "sightline-test")
    {
        string path = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sightline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (Sightline.slnx) above " + AppContext.BaseDirectory);
    }
}
