using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Exposure;

internal sealed class ExposureConfiguration : IEntityTypeConfiguration<ExposureDatasetRow>, IEntityTypeConfiguration<ExposureObservationRow>,
    IEntityTypeConfiguration<ExposureVulnerabilityRow>
{
    public void Configure(EntityTypeBuilder<ExposureDatasetRow> builder)
    {
        builder.ToTable("exposure_datasets");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.State).HasMaxLength(20);
        builder.Property(d => d.Sources).HasMaxLength(4000);
        builder.Property(d => d.Problems).HasMaxLength(8000);
    }

    public void Configure(EntityTypeBuilder<ExposureObservationRow> builder)
    {
        builder.ToTable("exposure_observations");
        builder.HasKey(o => new { o.DatasetId, o.Number });
        builder.HasOne<ExposureDatasetRow>().WithMany().HasForeignKey(o => o.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.DatasetId, o.Ip }).IsUnique();
        builder.Property(o => o.Ip).HasMaxLength(64);
        builder.Property(o => o.Ports).HasMaxLength(ExposureLimits.Ports);
        builder.Property(o => o.CountryCode).HasMaxLength(8);
        builder.Property(o => o.CountryName).HasMaxLength(ExposureLimits.Name);
        builder.Property(o => o.City).HasMaxLength(ExposureLimits.Name);
        builder.Property(o => o.Org).HasMaxLength(ExposureLimits.Org);
        builder.Property(o => o.Isp).HasMaxLength(ExposureLimits.Org);
        builder.Property(o => o.Asn).HasMaxLength(20);
        builder.Property(o => o.Hostnames).HasMaxLength(ExposureLimits.Hostnames);
        builder.Property(o => o.LastSeen).HasMaxLength(40);
        builder.Property(o => o.Maker).HasMaxLength(40);
        builder.Property(o => o.MakerGroup).HasMaxLength(20);
        builder.Property(o => o.Brand).HasMaxLength(100);
        builder.Property(o => o.Relation).HasMaxLength(20);
        builder.Property(o => o.Model).HasMaxLength(ExposureLimits.Model);
        builder.Property(o => o.Firmware).HasMaxLength(ExposureLimits.Firmware);
        builder.Property(o => o.Kind).HasMaxLength(20);
        builder.Property(o => o.Source).HasMaxLength(ExposureLimits.Source);
    }

    public void Configure(EntityTypeBuilder<ExposureVulnerabilityRow> builder)
    {
        builder.ToTable("exposure_vulnerabilities");
        builder.HasKey(v => new { v.DatasetId, v.Number, v.Cve });
        builder.HasOne<ExposureObservationRow>().WithMany().HasForeignKey(v => new { v.DatasetId, v.Number }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.DatasetId, v.Cve });
        builder.Property(v => v.Cve).HasMaxLength(30);
        builder.Property(v => v.Status).HasMaxLength(20);
    }
}

/// <summary>Column lengths that values from scan files are cut to before they are stored.</summary>
internal static class ExposureLimits
{
    public const int Ports = 2000;
    public const int Name = 200;
    public const int Org = 300;
    public const int Hostnames = 2000;
    public const int Model = 100;
    public const int Firmware = 200;
    public const int Source = 400;
}
