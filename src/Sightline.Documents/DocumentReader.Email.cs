using System.Text;
using MimeKit;
using Sightline.Core.Answers;

namespace Sightline.Documents;

public sealed partial class DocumentReader
{
    // Headers that tell automatic mail from people's replies, kept for the coder (first value of each).
    private static readonly string[] KeptHeaders =
    [
        "From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "Auto-Submitted", "X-Autoreply", "X-Autorespond",
        "X-Auto-Response-Suppress", "Precedence", "X-Failed-Recipients", "Return-Path", "Content-Type",
    ];

    private async Task ReadEmailAsync(byte[] content, string name, int depth, ReadContext context, bool quotedWhole)
    {
        var options = new ParserOptions { MaxMimeDepth = 16 };
        MimeMessage message;
        using (var stream = new MemoryStream(content, writable: false))
        {
            message = await MimeMessage.LoadAsync(options, stream, context.CancellationToken).ConfigureAwait(false);
        }

        if (depth == 0)
        {
            foreach (string field in KeptHeaders)
            {
                if (message.Headers[field] is { } value && !context.Headers.ContainsKey(field))
                {
                    context.Headers[field] = Clip(value, 2000);
                }
            }

            if (message.Body is MultipartReport report)
            {
                context.Headers["Content-Type"] = $"multipart/report; report-type={report.ReportType}";
            }
        }

        TextPart? plain = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsPlain && !p.IsAttachment);
        TextPart? html = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsHtml && !p.IsAttachment);
        TextPart? body = plain is not null && !string.IsNullOrWhiteSpace(plain.Text) ? plain : html ?? plain;
        if (body is not null)
        {
            AddBody(body, name, quotedWhole, context);
        }
        else
        {
            // A message with no text at all still exists: a reply whose only content is an attachment.
            context.Add(new ReplyDocument(name, "message/rfc822", "", []));
        }

        bool isReport = message.Body is MultipartReport;
        int index = 0;
        foreach (MimeEntity entity in message.BodyParts)
        {
            index++;
            if (ReferenceEquals(entity, body) || (ReferenceEquals(entity, html) && !ReferenceEquals(html, body)) || ReferenceEquals(entity, plain))
            {
                continue;
            }

            string partName = name + NameSeparator + PartName(entity, index);
            try
            {
                switch (entity)
                {
                    case MessagePart attached when attached.Message is not null:
                        {
                            using var buffer = new MemoryStream();
                            await attached.Message.WriteToAsync(buffer, context.CancellationToken).ConfigureAwait(false);
                            if (depth + 1 > _limits.MaxDepth)
                            {
                                throw new ExtractionException($"nested more than {_limits.MaxDepth} levels deep; not read");
                            }

                            await ReadEmailAsync(buffer.ToArray(), partName, depth + 1, context, quotedWhole || isReport).ConfigureAwait(false);
                            break;
                        }

                    case MessageDeliveryStatus status:
                        context.Add(new ReplyDocument(partName, "message/delivery-status", DeliveryStatusText(status), []));
                        break;
                    case TextPart when entity.ContentType.IsMimeType("text", "rfc822-headers"):
                        break;
                    case TextPart text when !text.IsAttachment:
                        AddBody(text, partName, quotedWhole, context);
                        break;
                    case MimePart part when part.Content is not null:
                        {
                            long allowed = Math.Min(_limits.MaxFileBytes, context.RemainingDecompressed);
                            using var decoded = new MemoryStream();
                            await part.Content.DecodeToAsync(new CappedStream(decoded, allowed), context.CancellationToken).ConfigureAwait(false);
                            context.Decompressed(decoded.Length);
                            byte[] bytes = decoded.ToArray();
                            if (quotedWhole)
                            {
                                break;
                            }

                            await ReadAnyAsync(bytes, partName, depth + 1, context).ConfigureAwait(false);
                            break;
                        }
                }
            }
            catch (ExtractionException e)
            {
                context.Problems.Add($"{partName}: {e.Message}");
            }
        }
    }

    private static void AddBody(TextPart part, string name, bool quotedWhole, ReadContext context)
    {
        string text;
        IReadOnlyList<TextRegion> regions;
        if (part.IsHtml)
        {
            (text, regions) = HtmlText.Convert(part.Text ?? "");
        }
        else
        {
            text = (part.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
            regions = QuoteSplitter.QuotedRegions(text);
        }

        if (quotedWhole)
        {
            regions = text.Length == 0 ? [] : [new TextRegion(0, text.Length, RegionKind.Quoted)];
        }

        context.Add(new ReplyDocument(name, part.IsHtml ? "text/html" : "text/plain", text, regions));
    }

    private static string PartName(MimeEntity entity, int index) => (entity.ContentDisposition?.FileName ?? entity.ContentType.Name) switch
    {
        { Length: > 0 } file => Clip(file.Replace('/', '_').Replace('\\', '_'), 200),
        _ => UnnamedPart(entity, index),
    };

    private static string UnnamedPart(MimeEntity entity, int index) => entity switch
    {
        MessagePart { Message.Subject: { Length: > 0 } subject } => Clip($"attached message \"{subject}\"", 200),
        MessagePart => "attached message",
        _ => $"part {index} ({entity.ContentType.MimeType})",
    };

    private static string DeliveryStatusText(MessageDeliveryStatus status)
    {
        var text = new StringBuilder();
        foreach (HeaderList group in status.StatusGroups)
        {
            foreach (Header header in group)
            {
                text.Append(header.Field).Append(": ").Append(Clip(header.Value, 1000)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Clip(string value, int length) => value.Length <= length ? value : value[..length];

    /// <summary>A write-only stream that refuses to grow past a limit (attachment decoding).</summary>
    private sealed class CappedStream(Stream inner, long limit) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (inner.Length + count > limit)
            {
                throw new ExtractionException($"attachment is larger than {Megabytes(limit)} once decoded; not read");
            }

            inner.Write(buffer, offset, count);
        }
    }
}
