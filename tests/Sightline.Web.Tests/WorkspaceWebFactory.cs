using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Sightline.Core.Answers;
using Sightline.Core.Bodies;
using Sightline.Core.Devices;
using Sightline.Core.Review;
using Sightline.Core.Statistics;
using Sightline.Hosting.Accounts;

namespace Sightline.Web.Tests;

/// <summary>The app with accounts (one per role), a published campaign over the police forces, and replies in the review queue:
/// one already accepted (with personal data in its quotes), one carrying script and HTML payloads, and a cluster of three
/// identical template replies.</summary>
public sealed partial class WorkspaceWebFactory : SightlineWebFactory
{
    public const string Password = "correct horse battery staple";
    public const string Campaign = "cctv-2026";
    public const string Admin = "admin@example.test";
    public const string Researcher = "researcher@example.test";
    public const string Reviewer = "reviewer@example.test";

    /// <summary>Script and markup that must stay text wherever a reply is shown.</summary>
    public const string Payload = "<script>window.__pwned=1;alert('x')</script><img src=x onerror=\"window.__pwned=2\"><b>bold</b>";

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Sightline:RateLimit:SignInPerMinute"] = "1000" };

    public ProposedCodingId Accepted { get; private set; }

    public ProposedCodingId Hostile { get; private set; }

    public ProposedCodingId ForHttpReview { get; private set; }

    public ProposedCodingId ForBrowserReview { get; private set; }

    public ProposedCodingId ForRejection { get; private set; }

    public IReadOnlyList<ProposedCodingId> Cluster { get; private set; } = [];

    public Body Avon { get; private set; } = null!;

    public IReadOnlyList<Body> Police { get; private set; } = [];

    internal static AnswerCoding Coding(string text, string hikvision, string quote, string outcome = "answered")
    {
        int start = text.IndexOf(quote, StringComparison.Ordinal);
        return new AnswerCoding("answer", outcome, hikvision, "no", "unknown", [], [], [], hikvision == "yes" ? 12 : null, null, [],
            [new CodingEvidence("hikvision", hikvision, quote, "reply.txt", start, start + quote.Length, null, null, null)], 0.8);
    }

    private static CodingEvidence Evidence(string text, string field, string value, string quote)
    {
        int start = text.IndexOf(quote, StringComparison.Ordinal);
        return new CodingEvidence(field, value, quote, "reply.txt", start, start + quote.Length, null, null, null);
    }

    protected override async Task SeedAsync(IServiceProvider services)
    {
        var accounts = services.GetRequiredService<AccountService>();
        foreach (var (email, role) in new[] { (Admin, "admin"), (Researcher, "researcher"), (Reviewer, "reviewer") })
        {
            if (await accounts.AddAsync(email, role, Password) is AddAccountOutcome.Rejected r)
            {
                throw new InvalidOperationException(r.Reason);
            }
        }

        var bodies = services.GetRequiredService<IBodyStore>();
        Police = (await bodies.SearchAsync(new BodyQuery { Sector = Sector.Police, Limit = 100 }, CancellationToken.None)).Bodies;
        Avon = Police.Single(b => b.Name == "Avon and Somerset Constabulary");
        var results = Police.Select((b, i) => new CodedResult(b.Id.Value, b.Name, b.Sector, b.Nation, b.Region,
            i % 5 == 4 ? ResultOutcome.Refused : ResultOutcome.Answered,
            i % 2 == 0 ? Finding.Yes : Finding.No, i % 3 == 0 ? Finding.Yes : Finding.No, Finding.Unknown,
            i % 4 == 0 ? new HashSet<Capability> { Capability.FaceDetection } : [], new HashSet<Capability>(), [], null, null,
            i == 0 ? "Call 0117 496 0000 for the FOI officer" : null)).ToList();
        await services.GetRequiredService<IResultStore>().ReplaceAsync(Campaign, "test", results, CancellationToken.None);

        var reviews = services.GetRequiredService<IReviewStore>();
        const string avonReply = "Thank you for your request.\n\nThe force operates 40 cameras made by Hikvision across its estate.\nFor queries call 0117 496 0000 or write to j.bloggs@avonandsomerset.police.uk.\n\nKind regards,\nJoe Bloggs\nFreedom of Information Officer";
        Accepted = await reviews.AddAsync(new NewProposedCoding(Campaign, Avon.Id.Value, Avon.Name, "reply.txt", avonReply,
            Coding(avonReply, "yes", "The force operates 40 cameras made by Hikvision across its estate.") with
            {
                Evidence =
                [
                    Evidence(avonReply, "hikvision", "yes", "The force operates 40 cameras made by Hikvision across its estate."),
                    Evidence(avonReply, "outcome", "answered", "For queries call 0117 496 0000 or write to j.bloggs@avonandsomerset.police.uk.\n\nKind regards,\nJoe Bloggs"),
                ],
            }), CancellationToken.None);
        await reviews.DecideAsync([new ReviewDecision(Accepted, ReviewAction.Accept, null, Reviewer, null)], new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Body Force(int i) => Police[i];
        string hostileText = $"Dear requester,\n{Payload}\nWe use Dahua and Hikvision recorders.\nRegards";
        Hostile = await reviews.AddAsync(new NewProposedCoding(Campaign, Force(1).Id.Value, Force(1).Name, "reply.html", hostileText,
            Coding(hostileText, "yes", "We use Dahua and Hikvision recorders.") with { Evidence = [new CodingEvidence("hikvision", "yes", Payload, "reply.html", hostileText.IndexOf(Payload, StringComparison.Ordinal), hostileText.IndexOf(Payload, StringComparison.Ordinal) + Payload.Length, null, null, null)] }),
            CancellationToken.None);
        const string plain = "We can confirm that the force uses cameras made by Hikvision in its custody suites.";
        ForHttpReview = await reviews.AddAsync(new NewProposedCoding(Campaign, Force(2).Id.Value, Force(2).Name, "reply.txt", plain, Coding(plain, "yes", "cameras made by Hikvision")), CancellationToken.None);
        ForBrowserReview = await reviews.AddAsync(new NewProposedCoding(Campaign, Force(3).Id.Value, Force(3).Name, "reply.txt", plain + " Installed 2019.", Coding(plain + " Installed 2019.", "yes", "cameras made by Hikvision")), CancellationToken.None);
        const string other = "No information is held about the manufacturer of the force's closed circuit television cameras at this time.";
        ForRejection = await reviews.AddAsync(new NewProposedCoding(Campaign, Force(4).Id.Value, Force(4).Name, "reply.txt", other, Coding(other, "unknown", "No information is held", "not_held")), CancellationToken.None);
        const string template = "Under section 1(1)(a) of the Freedom of Information Act 2000 we confirm that the organisation does not hold any closed circuit television equipment manufactured by Hikvision or by Dahua Technology, and has no plans to procure any such equipment in the coming financial year.";
        var cluster = new List<ProposedCodingId>();
        for (int i = 5; i < 8; i++)
        {
            cluster.Add(await reviews.AddAsync(new NewProposedCoding("template-campaign", Force(i).Id.Value, Force(i).Name, "reply.txt", template,
                Coding(template, "no", "does not hold any closed circuit television equipment manufactured by Hikvision")), CancellationToken.None));
        }

        Cluster = cluster;

        // A request to Avon and Somerset sent in September 2026 and never answered: late, with a deadline trail.
        var lifecycle = services.GetRequiredService<Sightline.Core.Requests.RequestLifecycle>();
        var requests = services.GetRequiredService<Sightline.Core.Requests.IRequestStore>();
        var late = new Sightline.Core.Requests.FoiRequest
        {
            Reference = Sightline.Core.Requests.RequestReference.Parse("CCTV-2026-0001"),
            BodyId = Avon.Id,
            BodyName = Avon.Name,
            Events = [new Sightline.Core.Requests.RequestEvent(Sightline.Core.Requests.RequestEventKind.Sent, new DateOnly(2026, 9, 1))],
        };
        await requests.CreateAsync(late, CancellationToken.None);
        await requests.SaveStatusAsync(lifecycle.Evaluate(late, new DateOnly(2026, 11, 23)), CancellationToken.None);

        var reviewed = await reviews.AddAsync(new NewProposedCoding("publish-campaign", Force(8).Id.Value, Force(8).Name, "reply.txt", plain, Coding(plain, "yes", "cameras made by Hikvision")), CancellationToken.None);
        await reviews.DecideAsync([new ReviewDecision(reviewed, ReviewAction.Correct, Coding(plain, "no", "cameras made by Hikvision"), Admin, "misread")], new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero), CancellationToken.None);
        await reviews.AddAsync(new NewProposedCoding("publish-campaign", Force(9).Id.Value, Force(9).Name, "reply.txt", plain, Coding(plain, "yes", "cameras made by Hikvision")), CancellationToken.None);
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        string html = await client.GetStringAsync(path);
        return TokenPattern().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
