namespace Sightline.Core.Accounts;

/// <summary>The workspace's roles. Each includes what the ones below it may do: an admin can do everything, a researcher
/// can review and run campaigns, a reviewer can review coded replies.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Researcher = "researcher";
    public const string Reviewer = "reviewer";

    public static IReadOnlyList<string> All { get; } = [Admin, Researcher, Reviewer];

    /// <summary>The roles that may review coded replies.</summary>
    public const string CanReview = Admin + "," + Researcher + "," + Reviewer;

    /// <summary>The roles that may run campaigns and publish reviewed codes.</summary>
    public const string CanResearch = Admin + "," + Researcher;

    public static bool IsKnown(string? role) => role is Admin or Researcher or Reviewer;
}
