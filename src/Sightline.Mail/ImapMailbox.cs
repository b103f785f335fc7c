using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using Sightline.Core.Correspondence;

namespace Sightline.Mail;

/// <summary>One message fetched from a mailbox: its UID (0 for files) and its exact bytes.</summary>
public sealed record RawMessage(long Uid, string Name, byte[] Content);

/// <summary>Reads an IMAP folder from a UID onwards (MailKit), read-only: messages are never flagged, moved or deleted.</summary>
public sealed class ImapMailbox(MailEndpoint endpoint, TimeSpan? timeout = null) : ISentCopyChecker, IAsyncDisposable
{
    private readonly TimeSpan _timeout = timeout ?? TimeSpan.FromSeconds(60);
    private ImapClient? _client;
    private IMailFolder? _folder;

    public MailEndpoint Endpoint => endpoint;

    /// <summary>Opens the folder and returns its UIDVALIDITY.</summary>
    public async Task<long> OpenAsync(CancellationToken cancellationToken)
    {
        _client = await MailConnections.ConnectImapAsync(endpoint, _timeout, cancellationToken).ConfigureAwait(false);
        _folder = string.Equals(endpoint.Folder, "INBOX", StringComparison.OrdinalIgnoreCase)
            ? _client.Inbox : await _client.GetFolderAsync(endpoint.Folder, cancellationToken).ConfigureAwait(false);
        await _folder.OpenAsync(FolderAccess.ReadOnly, cancellationToken).ConfigureAwait(false);
        return _folder.UidValidity;
    }

    /// <summary>UIDs above <paramref name="lastUid"/>, ascending.</summary>
    public async Task<IReadOnlyList<long>> NewUidsAsync(long lastUid, CancellationToken cancellationToken)
    {
        IMailFolder folder = _folder ?? throw new InvalidOperationException("Open the mailbox first.");
        if (folder.Count == 0)
        {
            return [];
        }

        var range = new UniqueIdRange(new UniqueId((uint)Math.Min(lastUid + 1, uint.MaxValue - 1)), UniqueId.MaxValue);
        var uids = await folder.SearchAsync(SearchQuery.Uids(range), cancellationToken).ConfigureAwait(false);
        return [.. uids.Select(u => (long)u.Id).Where(u => u > lastUid).Order()];
    }

    /// <summary>The exact bytes of one message (BODY.PEEK[]).</summary>
    public async Task<RawMessage> FetchAsync(long uid, CancellationToken cancellationToken)
    {
        IMailFolder folder = _folder ?? throw new InvalidOperationException("Open the mailbox first.");
        using Stream stream = await folder.GetStreamAsync(new UniqueId((uint)uid), string.Empty, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return new RawMessage(uid, $"uid-{uid}.eml", buffer.ToArray());
    }

    /// <summary>Looks for the sender's copy by Message-ID. Null when the mailbox cannot be reached.</summary>
    public async Task<bool?> WasSentAsync(string messageId, CancellationToken cancellationToken)
    {
        try
        {
            if (_folder is null)
            {
                await OpenAsync(cancellationToken).ConfigureAwait(false);
            }

            var found = await _folder!.SearchAsync(SearchQuery.HeaderContains("Message-ID", messageId), cancellationToken).ConfigureAwait(false);
            return found.Count > 0;
        }
        catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ImapProtocolException or ImapCommandException
            or MailKit.Security.AuthenticationException or ServiceNotConnectedException or FolderNotFoundException)
        {
            await DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true })
        {
            try
            {
                await _client.DisconnectAsync(true).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or System.Net.Sockets.SocketException or ImapProtocolException or ImapCommandException)
            {
                // already gone
            }
        }

        _client?.Dispose();
        _client = null;
        _folder = null;
    }
}
