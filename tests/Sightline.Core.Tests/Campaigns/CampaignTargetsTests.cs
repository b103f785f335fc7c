using Sightline.Core.Bodies;
using Sightline.Core.Campaigns;

namespace Sightline.Core.Tests.Campaigns;

public sealed class CampaignTargetsTests
{
    [Fact]
    public void Known_codes_become_targets_and_each_unknown_code_is_a_problem_named_by_its_field()
    {
        var targets = CampaignTargets.Parse(["police", "skool"], ["wales", "mars"], ["london", "Atlantis"], ["academy"], ["pol-x"], out var problems);

        Assert.Equal([Sector.Police], targets.Sectors);
        Assert.Equal([Nation.Wales], targets.Nations);
        Assert.Equal([Region.London], targets.Regions);
        Assert.Equal(["academy"], targets.Tags);
        Assert.Equal(["pol-x"], targets.Explicit);
        Assert.Equal(["sector", "nation", "region"], problems.Select(p => p.Key));
        Assert.StartsWith("unknown sector 'skool' (accepted: school,", problems[0].Value, StringComparison.Ordinal);
        Assert.Equal("unknown region 'Atlantis'", problems[2].Value);
    }

    [Fact]
    public void No_codes_at_all_is_an_empty_choice_without_problems()
    {
        var targets = CampaignTargets.Parse([], [], [], [], [], out var problems);

        Assert.True(targets.IsEmpty);
        Assert.Empty(problems);
    }
}
