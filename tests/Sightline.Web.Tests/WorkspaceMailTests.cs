using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Sightline.Core.Bodies;
using Sightline.Core.Correspondence;
using Sightline.Core.Requests;
using Sightline.Testing.Mail;

namespace Sightline.Web.Tests;

/// <summary>The workspace on a server that sends and reads mail (Postfix and Dovecot on loopback): a campaign created and sent from the
/// browser's forms reaches the bodies, their replies come back to the inbox and the review queue, an unmatched message is read as
/// text and filed by hand, and an approved follow-up is sent.</summary>
public sealed class WorkspaceMailTests(MailWebFactory web) : IClassFixture<MailWebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Payload = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>";

    [Fact]
    public async Task A_campaign_sent_from_the_workspace_reaches_the_bodies_and_their_replies_and_a_stray_message_are_filed()
    {
        LocalMail.Require();
        string run = web.Run, name = "web-" + run, prefix = "W" + run[1..9].ToUpperInvariant();
        using HttpClient client = await web.ClientAsync(MailWebFactory.Researcher);
        Body[] forces;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            forces = [.. (await scope.ServiceProvider.GetRequiredService<IBodyStore>().SearchAsync(new BodyQuery { Sector = Sector.Police, Limit = 3 }, Ct)).Bodies
                .OrderBy(b => b.Id.Value, StringComparer.Ordinal)]; // requests are numbered in body id order
        }

        using var created = await WorkspaceCampaignTests.PostAsync(client, "/workspace/campaigns/new", "Create",
        [
            new("Form.Name", name), new("Form.Prefix", prefix), new("Form.From", "Jo Researcher <jo@example.test>"), new("Form.ReplyDomain", LocalMail.Domain),
            new("Form.ReplyLocalPart", run), new("Form.Template", Pages.Workspace.Campaigns.NewModel.SampleTemplate),
            new("Form.Bodies", string.Join("\n", forces.Select(f => f.Id.Value))),
            new("Form.Contacts", string.Join("\n", forces.Select((f, i) => $"{f.Id.Value},{LocalMail.BodyAddress(run, i + 1)}"))),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        string page = $"/workspace/campaigns/{name}";
        using var wave = await WorkspaceCampaignTests.PostAsync(client, page, "Wave", [new("Wave", "all"), new("dryRun", "false")]);
        Assert.Equal(HttpStatusCode.Redirect, wave.StatusCode);

        // The server sends the wave itself (the form nudges its mail worker); the bodies receive one request each.
        Assert.Equal(3, await LocalMail.WaitForAsync(LocalMail.Sink(run), 3, TimeSpan.FromSeconds(60), Ct));
        await WaitAsync(async services => (await services.GetRequiredService<IOutboxStore>().CountAsync(name, Ct)).GetValueOrDefault(OutboxState.Sent) == 3, "three requests sent");
        string progress = await client.GetStringAsync($"{page}?handler=Progress", Ct);
        Assert.Contains("This server sends the outbox and files new replies", progress, StringComparison.Ordinal);

        // Two bodies answer; a stranger writes to the reply mailbox with script in the HTML and no reference anywhere.
        await new PublicBodies(run).AnswerAsync(r => r.EndsWith("-0003", StringComparison.Ordinal) ? BodyReply.None : BodyReply.AnswerWithPdf, web.Mailbox, Ct);
        var stray = new MimeMessage { Subject = "Cameras near the school gates" };
        stray.From.Add(MailboxAddress.Parse("parent@elsewhere.example.test"));
        stray.To.Add(MailboxAddress.Parse(web.Mailbox));
        stray.Body = new BodyBuilder { HtmlBody = $"<p>Hello, who makes the cameras?</p>{Payload}", TextBody = $"Hello, who makes the cameras? {Payload}" }.ToMessageBody();
        await LocalMail.SendAsync([stray], Ct);

        await WaitAsync(async services => (await services.GetRequiredService<IInboxStore>().ListAsync(null, false, 100, Ct)).Count(m => m.Reference is not null) >= 2, "two answers filed");
        await WaitAsync(async services => (await services.GetRequiredService<IInboxStore>().ListAsync(null, true, 100, Ct)).Any(m => m.Subject == stray.Subject), "the stray message held");
        string review = await client.GetStringAsync("/workspace/review?campaign=" + Uri.EscapeDataString(name), Ct);
        Assert.Contains(WebUtility.HtmlEncode(forces[0].Name), review, StringComparison.Ordinal);

        string pen = await client.GetStringAsync("/workspace/inbox", Ct);
        Assert.Contains(stray.Subject, pen, StringComparison.Ordinal);
        long id;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<IInboxStore>().ListAsync(null, true, 100, Ct)).Single(m => m.Subject == stray.Subject).Id;
        }

        string shown = await client.GetStringAsync($"/workspace/inbox/{id}", Ct);
        Assert.Contains("&lt;script&gt;window.__pwned=1&lt;/script&gt;", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", shown, StringComparison.OrdinalIgnoreCase);
        using var raw = await client.GetAsync($"/workspace/inbox/{id}?handler=Raw", Ct);
        Assert.Equal("application/octet-stream", raw.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", raw.Content.Headers.ContentDisposition?.DispositionType);

        string third = $"{prefix}-0003";
        using var wrong = await WorkspaceCampaignTests.PostAsync(client, $"/workspace/inbox/{id}", "Assign", [new("Reference", "NOPE-0001")]);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        using var assigned = await WorkspaceCampaignTests.PostAsync(client, $"/workspace/inbox/{id}", "Assign", [new("Reference", third.ToLowerInvariant())]);
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        await using (var scope = web.Services.CreateAsyncScope())
        {
            Assert.Equal(third, (await scope.ServiceProvider.GetRequiredService<IInboxStore>().FindAsync(id, Ct))!.Reference);
        }

        using var twice = await WorkspaceCampaignTests.PostAsync(client, $"/workspace/inbox/{id}", "Assign", [new("Reference", third)]);
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task A_follow_up_approved_in_the_workspace_is_sent_by_the_server_once()
    {
        LocalMail.Require();
        string run = LocalMail.NewRun(), name = "late-" + run, prefix = "L" + run[1..9].ToUpperInvariant();
        using HttpClient client = await web.ClientAsync(MailWebFactory.Researcher);
        Body force;
        await using (var scope = web.Services.CreateAsyncScope())
        {
            force = (await scope.ServiceProvider.GetRequiredService<IBodyStore>().SearchAsync(new BodyQuery { Sector = Sector.Police, Limit = 1, Offset = 10 }, Ct)).Bodies[0];
        }

        using var created = await WorkspaceCampaignTests.PostAsync(client, "/workspace/campaigns/new", "Create",
        [
            new("Form.Name", name), new("Form.Prefix", prefix), new("Form.From", "Jo Researcher <jo@example.test>"), new("Form.ReplyDomain", LocalMail.Domain),
            new("Form.ReplyLocalPart", web.Run), new("Form.Template", Pages.Workspace.Campaigns.NewModel.SampleTemplate),
            new("Form.Bodies", force.Id.Value), new("Form.Contacts", $"{force.Id.Value},{LocalMail.BodyAddress(run, 1)}"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        string reference = $"{prefix}-0001";
        await using (var scope = web.Services.CreateAsyncScope())
        {
            // Sent 45 days ago (by another route) and never answered: a reminder is due.
            Assert.True(await scope.ServiceProvider.GetRequiredService<IRequestStore>().AppendAsync(RequestReference.Parse(reference),
                new RequestEvent(RequestEventKind.Sent, DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(-45)), Ct));
        }

        string page = await client.GetStringAsync("/workspace/requests", Ct);
        Assert.Contains($"value=\"{reference}\"", page, StringComparison.Ordinal);
        using var approved = await WorkspaceCampaignTests.PostAsync(client, "/workspace/requests", "Approve", [new("Selected", reference)]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        using var again = await WorkspaceCampaignTests.PostAsync(client, "/workspace/requests", "Approve", [new("Selected", reference)]);

        await using (var scope = web.Services.CreateAsyncScope())
        {
            var chaser = Assert.Single(await scope.ServiceProvider.GetRequiredService<IOutboxStore>().FindByReferenceAsync(reference, Ct), m => m.Kind == "chaser:reminder");
            Assert.Equal(MailWebFactory.Researcher, chaser.ApprovedBy); // who approved it is kept with the message
        }

        Assert.Equal(1, await LocalMail.WaitForAsync(LocalMail.Sink(run), 1, TimeSpan.FromSeconds(60), Ct));
        var reminder = Assert.Single(await new PublicBodies(run).ReceivedAsync(Ct));
        Assert.StartsWith($"Overdue: Freedom of Information request {reference}", reminder.Subject, StringComparison.Ordinal);
        await WaitAsync(async services => (await services.GetRequiredService<IRequestStore>().FindAsync(RequestReference.Parse(reference), Ct))!.Events[^1].Kind == RequestEventKind.ReminderSent, "the reminder recorded");
        string after = await client.GetStringAsync("/workspace/requests", Ct);
        Assert.DoesNotContain($"value=\"{reference}\"", after, StringComparison.Ordinal); // approved: no longer offered
        await Task.Delay(TimeSpan.FromSeconds(3), Ct); // another mail round: still one reminder
        Assert.Single(await new PublicBodies(run).ReceivedAsync(Ct));
    }

    private async Task WaitAsync(Func<IServiceProvider, Task<bool>> done, string what)
    {
        for (int i = 0; i < 240; i++)
        {
            await using (var scope = web.Services.CreateAsyncScope())
            {
                if (await done(scope.ServiceProvider))
                {
                    return;
                }
            }

            await Task.Delay(250, Ct);
        }

        Assert.Fail($"Timed out waiting for: {what}");
    }
}
