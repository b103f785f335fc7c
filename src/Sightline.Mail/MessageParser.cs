using System.Text;
using MimeKit;
using Sightline.Core.Correspondence;

namespace Sightline.Mail;

/// <summary>Reads what filing needs from a raw message: addresses, subject, threading headers, attachments (within a size limit) and,
/// for a delivery status notification (RFC 3464), the failed recipient, status and diagnostic, and the Message-ID it returns.</summary>
public static class MessageParser
{
    public const long DefaultMaxAttachmentBytes = 25L * 1024 * 1024;

    public sealed record Parsed(ReceivedMessage Message, string? BounceReason, bool IsDeliveryReport, IReadOnlyList<string> Problems);

    public static Parsed Parse(byte[] raw, long maxAttachmentBytes = DefaultMaxAttachmentBytes)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var problems = new List<string>();
        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(new ParserOptions { MaxMimeDepth = 16 }, stream);
        }
        catch (FormatException ex)
        {
            problems.Add($"not a readable MIME message: {ex.Message}");
            return new Parsed(new ReceivedMessage(raw, null, string.Empty, [], "(unreadable message)", null, [], []), null, false, problems);
        }

        var recipients = new List<string>();
        foreach (InternetAddressList list in new[] { message.To, message.Cc })
        {
            recipients.AddRange(list.Mailboxes.Select(m => m.Address));
        }

        foreach (string header in new[] { "Delivered-To", "X-Original-To", "Envelope-To" })
        {
            foreach (Header h in message.Headers.Where(h => h.Field.Equals(header, StringComparison.OrdinalIgnoreCase)))
            {
                recipients.Add(h.Value.Trim().Trim('<', '>'));
            }
        }

        var threading = new List<string>();
        if (message.InReplyTo is { Length: > 0 } inReplyTo)
        {
            threading.Add(inReplyTo);
        }

        threading.AddRange(message.References);
        string? bounce = null;
        bool isReport = message.Body is MultipartReport { ReportType: var type } && string.Equals(type, "delivery-status", StringComparison.OrdinalIgnoreCase);
        if (isReport)
        {
            (bounce, string? original) = ReadDeliveryStatus(message);
            if (original is not null)
            {
                threading.Insert(0, original);
            }
        }

        var attachments = new List<ReceivedAttachment>();
        foreach (MimePart part in message.Attachments.OfType<MimePart>())
        {
            using var buffer = new MemoryStream();
            try
            {
                part.Content?.DecodeTo(buffer);
            }
            catch (Exception ex) when (ex is FormatException or InvalidOperationException or IOException)
            {
                problems.Add($"attachment {part.FileName}: cannot be decoded: {ex.Message}");
                continue;
            }

            string name = part.FileName ?? "attachment";
            if (buffer.Length > maxAttachmentBytes)
            {
                problems.Add($"attachment {name} is {buffer.Length / (1024.0 * 1024):0.0} MB, over the {maxAttachmentBytes / (1024 * 1024)} MB limit: kept in the raw message, not read");
                continue;
            }

            attachments.Add(new ReceivedAttachment(name, part.ContentType.MimeType, buffer.ToArray()));
        }

        string from = message.From.Mailboxes.FirstOrDefault()?.Address ?? message.Sender?.Address ?? string.Empty;
        var received = new ReceivedMessage(raw, message.MessageId, from, recipients, message.Subject ?? string.Empty,
            message.Headers.Contains(HeaderId.Date) ? message.Date : null, threading, attachments);
        return new Parsed(received, bounce, isReport, problems);
    }

    private static (string? Reason, string? OriginalMessageId) ReadDeliveryStatus(MimeMessage message)
    {
        var reason = new StringBuilder();
        string? original = null;
        foreach (MimeEntity entity in message.BodyParts)
        {
            switch (entity)
            {
                case MessageDeliveryStatus status:
                    foreach (HeaderList group in status.StatusGroups.Skip(1))
                    {
                        string? action = group["Action"];
                        if (action is not null && !action.Trim().Equals("failed", StringComparison.OrdinalIgnoreCase))
                        {
                            continue;
                        }

                        reason.Append(group["Final-Recipient"]?.Replace("rfc822;", string.Empty, StringComparison.OrdinalIgnoreCase).Trim())
                            .Append(": ").Append(group["Status"]?.Trim()).Append(' ').Append(group["Diagnostic-Code"]?.Trim()).Append("; ");
                    }

                    break;
                case MessagePart { Message: { } returned }:
                    original ??= returned.MessageId;
                    break;
            }
        }

        return (reason.Length == 0 ? null : reason.ToString().Trim().TrimEnd(';'), original);
    }
}
