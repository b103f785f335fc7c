namespace Sightline.Hosting;

/// <summary>Settings shared by every Sightline host.</summary>
public sealed class SightlineOptions
{
    public DatabaseTarget Database { get; set; } = DatabaseTarget.Default;

    /// <summary>Mail servers for hosts that send and read mail in the background (<c>serve</c>); none by default.</summary>
    public Mail.MailWorkerOptions Mail { get; set; } = Sightline.Hosting.Mail.MailWorkerOptions.None;
}
