using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Correspondence;

internal sealed class CorrespondenceConfiguration : IEntityTypeConfiguration<OutboxRow>, IEntityTypeConfiguration<BlobRow>,
    IEntityTypeConfiguration<InboundMessageRow>, IEntityTypeConfiguration<InboundAttachmentRow>, IEntityTypeConfiguration<MailCursorRow>,
    IEntityTypeConfiguration<ProposedCodingRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Reference).HasMaxLength(Core.Requests.RequestReference.MaxLength);
        builder.HasIndex(o => o.Reference);
        builder.Property(o => o.Campaign).HasMaxLength(Core.Campaigns.Campaign.MaxNameLength);
        builder.Property(o => o.Kind).HasMaxLength(40);
        builder.Property(o => o.MessageId).HasMaxLength(250);
        builder.HasIndex(o => o.MessageId).IsUnique();
        builder.Property(o => o.FromAddress).HasMaxLength(500);
        builder.Property(o => o.ToAddress).HasMaxLength(254);
        builder.Property(o => o.ToDomain).HasMaxLength(253);
        builder.Property(o => o.ReplyTo).HasMaxLength(254);
        builder.Property(o => o.EnvelopeFrom).HasMaxLength(254);
        builder.Property(o => o.CopyTo).HasMaxLength(254);
        builder.Property(o => o.Subject).HasMaxLength(1000);
        builder.Property(o => o.InReplyTo).HasMaxLength(250);
        builder.Property(o => o.State).HasMaxLength(20);
        builder.Property(o => o.ClaimedBy).HasMaxLength(100);
        builder.Property(o => o.ServerResponse).HasMaxLength(1000);
        builder.Property(o => o.LastError).HasMaxLength(2000);
        builder.Property(o => o.ApprovedBy).HasMaxLength(256);
        builder.HasIndex(o => new { o.State, o.NotBeforeUtc });
        builder.HasIndex(o => new { o.Campaign, o.State });
    }

    public void Configure(EntityTypeBuilder<BlobRow> builder)
    {
        builder.ToTable("blobs");
        builder.HasKey(b => b.Sha256);
        builder.Property(b => b.Sha256).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<InboundMessageRow> builder)
    {
        builder.ToTable("inbound_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.HasIndex(m => m.Sha256).IsUnique();
        builder.Property(m => m.MessageId).HasMaxLength(1000);
        builder.Property(m => m.FromAddress).HasMaxLength(500);
        builder.Property(m => m.Subject).HasMaxLength(1000);
        builder.Property(m => m.Reference).HasMaxLength(Core.Requests.RequestReference.MaxLength);
        builder.HasIndex(m => m.Reference);
        builder.Property(m => m.MatchedBy).HasMaxLength(40);
        builder.Property(m => m.Triage).HasMaxLength(40);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.HasMany(m => m.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<InboundAttachmentRow> builder)
    {
        builder.ToTable("inbound_attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(500);
        builder.Property(a => a.MediaType).HasMaxLength(200);
        builder.Property(a => a.Sha256).HasMaxLength(64);
    }

    public void Configure(EntityTypeBuilder<MailCursorRow> builder)
    {
        builder.ToTable("mail_cursors");
        builder.HasKey(c => c.Source);
        builder.Property(c => c.Source).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<ProposedCodingRow> builder)
    {
        builder.ToTable("proposed_codings");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Reference).HasMaxLength(Core.Requests.RequestReference.MaxLength);
        builder.Property(p => p.Kind).HasMaxLength(40);
        builder.Property(p => p.Outcome).HasMaxLength(40);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.Reviewer).HasMaxLength(200);
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => p.Reference);
        builder.HasOne(p => p.Message).WithMany().HasForeignKey(p => p.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.ReviewItem).WithMany().HasForeignKey(p => p.ReviewItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => p.ReviewItemId).IsUnique();
    }
}
