using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Bodies;

internal sealed class BodyConfiguration : IEntityTypeConfiguration<BodyRow>, IEntityTypeConfiguration<BodyIdentifierRow>, IEntityTypeConfiguration<BodyTagRow>
{
    public void Configure(EntityTypeBuilder<BodyRow> builder)
    {
        builder.ToTable("bodies");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).HasMaxLength(Core.Bodies.BodyId.MaxLength);
        builder.Property(b => b.Name).HasMaxLength(400);
        builder.Property(b => b.SearchName).HasMaxLength(402);
        builder.Property(b => b.Sector).HasMaxLength(20);
        builder.Property(b => b.Nation).HasMaxLength(20);
        builder.Property(b => b.Region).HasMaxLength(30);
        builder.Property(b => b.Law).HasMaxLength(10);
        builder.Property(b => b.Subtype).HasMaxLength(200);
        builder.Property(b => b.LocalAuthority).HasMaxLength(200);
        builder.Property(b => b.Website).HasMaxLength(500);
        builder.Property(b => b.FoiEmail).HasMaxLength(320);
        builder.Property(b => b.Source).HasMaxLength(200);
        builder.Property(b => b.Notes).HasMaxLength(2000);
        builder.HasIndex(b => new { b.Sector, b.Name });
        builder.HasIndex(b => b.Source);
        // The name search reads this covering index in name order instead of scanning and sorting the table.
        builder.HasIndex(b => new { b.Active, b.SearchName, b.Id });
        builder.HasMany(b => b.Identifiers).WithOne().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Tags).WithOne().HasForeignKey(t => t.BodyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BodyIdentifierRow> builder)
    {
        builder.ToTable("body_identifiers");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Scheme).HasMaxLength(20);
        builder.Property(i => i.Value).HasMaxLength(200);
        builder.HasIndex(i => new { i.Scheme, i.Value }).IsUnique();
        builder.HasIndex(i => i.Value);
        builder.HasIndex(i => i.BodyId);
    }

    public void Configure(EntityTypeBuilder<BodyTagRow> builder)
    {
        builder.ToTable("body_tags");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Tag).HasMaxLength(100);
        builder.HasIndex(t => new { t.Tag, t.BodyId }).IsUnique();
        builder.HasIndex(t => t.BodyId);
    }
}
