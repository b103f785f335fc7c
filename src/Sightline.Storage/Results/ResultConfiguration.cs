using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Results;

internal sealed class ResultConfiguration : IEntityTypeConfiguration<CampaignRow>, IEntityTypeConfiguration<ResultRow>
{
    public void Configure(EntityTypeBuilder<CampaignRow> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.Property(c => c.Origin).HasMaxLength(500);
    }

    public void Configure(EntityTypeBuilder<ResultRow> builder)
    {
        builder.ToTable("campaign_results");
        builder.HasKey(r => r.Id);
        builder.HasOne<CampaignRow>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.CampaignId, r.BodyKey }).IsUnique();
        builder.HasIndex(r => r.BodyKey); // a body page looks up its results in every campaign
        builder.Property(r => r.BodyKey).HasMaxLength(200);
        builder.Property(r => r.BodyName).HasMaxLength(400);
        builder.Property(r => r.Sector).HasMaxLength(20);
        builder.Property(r => r.Nation).HasMaxLength(20);
        builder.Property(r => r.Region).HasMaxLength(30);
        builder.Property(r => r.Outcome).HasMaxLength(20);
        builder.Property(r => r.Hikvision).HasMaxLength(10);
        builder.Property(r => r.Dahua).HasMaxLength(10);
        builder.Property(r => r.OtherChinese).HasMaxLength(10);
        builder.Property(r => r.Capabilities).HasMaxLength(400);
        builder.Property(r => r.CapabilitiesInUse).HasMaxLength(400);
        builder.Property(r => r.Exemptions).HasMaxLength(400);
        builder.Property(r => r.Notes).HasMaxLength(4000);
    }
}
