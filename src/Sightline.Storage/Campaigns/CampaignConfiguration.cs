using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sightline.Storage.Requests;

namespace Sightline.Storage.Campaigns;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<RequestCampaignRow>, IEntityTypeConfiguration<CampaignRequestRow>
{
    public void Configure(EntityTypeBuilder<RequestCampaignRow> builder)
    {
        builder.ToTable("request_campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(Core.Campaigns.Campaign.MaxNameLength);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Prefix).HasMaxLength(Core.Campaigns.Campaign.MaxPrefixLength);
        builder.HasIndex(c => c.Prefix).IsUnique();
        builder.Property(c => c.Subject).HasMaxLength(1000);
        builder.Property(c => c.Codebook).HasMaxLength(100);
        builder.Property(c => c.SenderName).HasMaxLength(200);
        builder.Property(c => c.SenderAddress).HasMaxLength(254);
        builder.Property(c => c.ReplyLocalPart).HasMaxLength(64);
        builder.Property(c => c.ReplyDomain).HasMaxLength(253);
        builder.Property(c => c.RequesterName).HasMaxLength(200);
        builder.Property(c => c.RequesterAddress).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<CampaignRequestRow> builder)
    {
        builder.ToTable("campaign_requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reference).HasMaxLength(Core.Requests.RequestReference.MaxLength);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.CampaignId, r.Number }).IsUnique();
        builder.Property(r => r.Email).HasMaxLength(254);
        builder.Property(r => r.EmailDomain).HasMaxLength(253);
        builder.HasIndex(r => r.EmailDomain);
        builder.Property(r => r.ReplyAddress).HasMaxLength(254);
        builder.HasOne<RequestCampaignRow>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RequestRow>().WithMany().HasForeignKey(r => r.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
