using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sightline.Storage.Requests;

internal sealed class RequestConfiguration : IEntityTypeConfiguration<RequestRow>, IEntityTypeConfiguration<RequestEventRow>
{
    public void Configure(EntityTypeBuilder<RequestRow> builder)
    {
        builder.ToTable("requests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Reference).HasMaxLength(Core.Requests.RequestReference.MaxLength);
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.Property(r => r.BodyId).HasMaxLength(Core.Bodies.BodyId.MaxLength);
        builder.Property(r => r.BodyName).HasMaxLength(400);
        builder.Property(r => r.Law).HasMaxLength(10);
        builder.Property(r => r.BodyType).HasMaxLength(20);
        builder.Property(r => r.State).HasMaxLength(40);
        builder.Property(r => r.NextActionKind).HasMaxLength(40);
        builder.HasIndex(r => r.BodyId);
        builder.HasIndex(r => r.State);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(e => e.RequestId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RequestEventRow> builder)
    {
        builder.ToTable("request_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Outcome).HasMaxLength(40);
        builder.Property(e => e.Note).HasMaxLength(4000);
        builder.HasIndex(e => new { e.RequestId, e.Sequence }).IsUnique();
    }
}
