using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Devices;

internal sealed class OverlayConfiguration : IEntityTypeConfiguration<OuiRow>, IEntityTypeConfiguration<KevRow>
{
    public void Configure(EntityTypeBuilder<OuiRow> builder)
    {
        builder.ToTable("kb_ouis");
        builder.HasKey(o => o.Prefix);
        builder.Property(o => o.Prefix).HasMaxLength(12);
        builder.Property(o => o.Organisation).HasMaxLength(300);
        builder.Property(o => o.Maker).HasMaxLength(40);
        builder.Property(o => o.Brand).HasMaxLength(100);
        builder.Property(o => o.Source).HasMaxLength(300);
    }

    public void Configure(EntityTypeBuilder<KevRow> builder)
    {
        builder.ToTable("kb_kev");
        builder.HasKey(k => k.Cve);
        builder.Property(k => k.Cve).HasMaxLength(30);
        builder.Property(k => k.CatalogVersion).HasMaxLength(40);
    }
}
