using Sightline.Core.Bodies;

namespace Sightline.Core.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void Core_references_only_the_base_class_library()
    {
        string[] referenced = [.. typeof(Body).Assembly.GetReferencedAssemblies().Select(a => a.Name!)];
        Assert.All(referenced, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Sightline.Core references {name}; Core must not depend on infrastructure."));
    }
}
