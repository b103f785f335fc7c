using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Review;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<ReviewItemRow>, IEntityTypeConfiguration<ReviewDecisionRow>
{
    public void Configure(EntityTypeBuilder<ReviewItemRow> builder)
    {
        builder.ToTable("review_items");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Campaign).HasMaxLength(200);
        builder.Property(r => r.BodyKey).HasMaxLength(200);
        builder.Property(r => r.BodyName).HasMaxLength(400);
        builder.Property(r => r.Document).HasMaxLength(400);
        builder.Property(r => r.State).HasMaxLength(20);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.Campaign, r.State });
        builder.HasIndex(r => r.BodyKey);
    }

    public void Configure(EntityTypeBuilder<ReviewDecisionRow> builder)
    {
        builder.ToTable("review_decisions");
        builder.HasKey(r => r.Id);
        builder.HasOne<ReviewItemRow>().WithMany().HasForeignKey(r => r.CodingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.CodingId);
        builder.Property(r => r.Action).HasMaxLength(20);
        builder.Property(r => r.Reviewer).HasMaxLength(256);
        builder.Property(r => r.Before).HasMaxLength(20);
        builder.Property(r => r.After).HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(2000);
    }
}
