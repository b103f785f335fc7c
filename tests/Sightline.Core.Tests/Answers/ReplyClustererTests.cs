using Sightline.Core.Answers;

namespace Sightline.Core.Tests.Answers;

public sealed class ReplyClustererTests
{
    private const string Template = "Dear {0}, thank you for your request dated {1} March 2022 reference FOI-{2}. {3} has considered your request and " +
        "is refusing it under section 24(1) and section 31(1)(a) of the Freedom of Information Act 2000 because disclosure of the make and " +
        "model of security equipment would assist those intending to commit crime. If you are unhappy you may ask for an internal review.";

    [Fact]
    public void One_template_sent_by_many_bodies_forms_one_group()
    {
        List<string> replies = [.. Enumerable.Range(1, 30).Select(i => Template.Replace("{0}", "Requester", StringComparison.Ordinal).Replace("{1}", $"{i % 28 + 1}", StringComparison.Ordinal).Replace("{2}", $"{1000 + i}", StringComparison.Ordinal).Replace("{3}", $"Borough Council {i}", StringComparison.Ordinal))];
        replies.Add("We use Axis cameras at the school and have none from Hikvision or Dahua. Thanks, the business manager.");
        replies.Add("The Trust operates 42 Hikvision cameras. Facial recognition is not used. Locations are withheld under section 31.");

        IReadOnlyList<ReplyCluster> clusters = ReplyClusterer.Cluster(replies);

        ReplyCluster cluster = Assert.Single(clusters);
        Assert.Equal(Enumerable.Range(0, 30), cluster.Members);
        Assert.True(cluster.MinSimilarity >= 0.8);
    }

    [Fact]
    public void Different_replies_are_not_grouped()
    {
        string[] replies = ["We use Hikvision cameras in the car park and reception.", "We do not use Hikvision cameras anywhere on the estate.", "Please clarify which sites you mean."];

        Assert.Empty(ReplyClusterer.Cluster(replies));
    }
}
