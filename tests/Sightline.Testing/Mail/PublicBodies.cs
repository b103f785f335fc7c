using System.Text;
using MimeKit;

namespace Sightline.Testing.Mail;

/// <summary>How a fake public body answers a request.</summary>
public enum BodyReply
{
    /// <summary>An answer naming Hikvision, with the council's PDF letter attached.</summary>
    AnswerWithPdf,

    /// <summary>An answer with a Word document attached.</summary>
    AnswerWithDocx,

    Acknowledgement,

    /// <summary>An out-of-office reply (Auto-Submitted, X-Autoreply).</summary>
    AutoReply,

    /// <summary>An RFC 3464 delivery status notification, as the body's mail server sends it to the envelope sender.</summary>
    Bounce,

    /// <summary>A refusal under section 24 and 31, sent to the general address with only the reference in the subject.</summary>
    RefusalQuotingReference,

    /// <summary>A reply threaded by In-Reply-To only, to the general address, without the reference anywhere.</summary>
    ThreadedOnly,

    None,
}

/// <summary>Plays the public bodies of one test run: reads the requests that arrived in the run's sink mailbox and answers each by SMTP
/// with a realistic reply, attachments, auto-replies and bounces included.</summary>
public sealed class PublicBodies(string run)
{
    /// <summary>The requests the bodies received, by reference (from the subject).</summary>
    public async Task<IReadOnlyList<MimeMessage>> ReceivedAsync(CancellationToken cancellationToken = default) =>
        await LocalMail.ReadAllAsync(LocalMail.Sink(run), cancellationToken);

    /// <summary>Answers every received request as <paramref name="choose"/> says (by reference). Returns the number of replies sent.</summary>
    public async Task<int> AnswerAsync(Func<string, BodyReply> choose, string generalAddress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choose);
        var replies = new List<MimeMessage>();
        foreach (MimeMessage request in await ReceivedAsync(cancellationToken))
        {
            string reference = request.Headers["X-Sightline-Reference"] ?? string.Empty;
            BodyReply kind = choose(reference);
            if (kind != BodyReply.None)
            {
                replies.Add(Reply(request, reference, kind, generalAddress));
            }
        }

        await LocalMail.SendAsync(replies, cancellationToken);
        return replies.Count;
    }

    public static MimeMessage Reply(MimeMessage request, string reference, BodyReply kind, string generalAddress)
    {
        ArgumentNullException.ThrowIfNull(request);
        string from = request.To.Mailboxes.First().Address;
        string replyTo = request.ReplyTo.Mailboxes.First().Address;
        var reply = new MimeMessage { MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(from[(from.IndexOf('@', StringComparison.Ordinal) + 1)..]) };
        reply.From.Add(new MailboxAddress("Information Governance", from));
        reply.To.Add(MailboxAddress.Parse(replyTo));
        reply.Subject = "RE: " + request.Subject;
        reply.InReplyTo = request.MessageId;
        reply.References.Add(request.MessageId!);
        string quoted = "\n\n-----Original Message-----\n" + string.Join("\n", (request.TextBody ?? string.Empty).Split('\n').Select(l => "> " + l));
        switch (kind)
        {
            case BodyReply.AnswerWithPdf:
            case BodyReply.AnswerWithDocx:
                {
                    var builder = new BodyBuilder { TextBody = $"Dear requester,\n\nPlease find attached our response to your request {reference}.\n\nInformation Governance Team" + quoted };
                    string file = kind == BodyReply.AnswerWithPdf ? "d045-police-severnside.pdf" : "d046-university-thamesmead-north.docx";
                    builder.Attachments.Add($"FOI-{reference}-response{Path.GetExtension(file)}", File.ReadAllBytes(TestPaths.Data("replies", "dev", file)));
                    reply.Body = builder.ToMessageBody();
                    break;
                }

            case BodyReply.Acknowledgement:
                reply.Body = new TextPart("plain") { Text = $"Dear requester,\n\nThank you for your request for information, which we received today and are dealing with under reference {reference}. " +
                    "You should receive a response within 20 working days.\n\nInformation Governance" + quoted };
                break;
            case BodyReply.AutoReply:
                reply.Headers.Add("Auto-Submitted", "auto-replied");
                reply.Headers.Add("X-Autoreply", "yes");
                reply.Subject = "Automatic reply: " + request.Subject;
                reply.Body = new TextPart("plain") { Text = "I am out of the office until Monday with limited access to e-mail. For urgent matters please contact the main office." };
                break;
            case BodyReply.RefusalQuotingReference:
                reply.To.Clear();
                reply.To.Add(MailboxAddress.Parse(generalAddress));
                reply.InReplyTo = null;
                reply.References.Clear();
                reply.Subject = $"Your information request {reference}";
                reply.Body = new TextPart("plain") { Text = "Dear requester,\n\nWe hold the information you requested. However, we are withholding it. We consider that the information is exempt " +
                    "under section 24(1) (national security) and section 31(1)(a) (law enforcement) of the Freedom of Information Act 2000, and the public interest " +
                    "in maintaining the exemptions outweighs the public interest in disclosure. This letter is a refusal notice under section 17.\n\n" +
                    "If you are unhappy you may ask for an internal review.\n\nInformation Governance" };
                break;
            case BodyReply.ThreadedOnly:
                reply.To.Clear();
                reply.To.Add(MailboxAddress.Parse(generalAddress));
                reply.Subject = "Your recent e-mail";
                reply.Body = new TextPart("plain") { Text = "Dear requester,\n\nWe do not hold any information about the manufacturers of our cameras: the system is operated by a contractor.\n\nRegards" };
                break;
            case BodyReply.Bounce:
                return Bounce(request, from, replyTo);
        }

        return reply;
    }

    private static MimeMessage Bounce(MimeMessage request, string failedRecipient, string envelopeSender)
    {
        string host = failedRecipient[(failedRecipient.IndexOf('@', StringComparison.Ordinal) + 1)..];
        var original = new StringBuilder();
        foreach (Header header in request.Headers)
        {
            original.Append(header.Field).Append(": ").Append(header.Value).Append("\r\n");
        }

        string raw = $"""
            From: MAILER-DAEMON@{host} (Mail Delivery System)
            To: {envelopeSender}
            Subject: Undelivered Mail Returned to Sender
            Auto-Submitted: auto-replied
            Message-ID: <bounce.{Guid.NewGuid():N}@{host}>
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

            --BOUNDARY
            Content-Type: text/plain; charset=us-ascii

            This is the mail system at host {host}.

            I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

            <{failedRecipient}>: host mx.{host} said: 550 5.1.1 <{failedRecipient}>: Recipient address rejected: User unknown in virtual mailbox table

            --BOUNDARY
            Content-Type: message/delivery-status

            Reporting-MTA: dns; {host}

            Final-Recipient: rfc822; {failedRecipient}
            Original-Recipient: rfc822;{failedRecipient}
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <{failedRecipient}>: Recipient address rejected: User unknown in virtual mailbox table

            --BOUNDARY
            Content-Type: text/rfc822-headers

            {original}
            --BOUNDARY--

            """;
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(raw.Replace("\n", "\r\n", StringComparison.Ordinal)));
        return MimeMessage.Load(stream);
    }
}
