using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Permits.Data;

internal sealed class PermitChangeConfiguration : IEntityTypeConfiguration<PermitChange>
{
    public void Configure(EntityTypeBuilder<PermitChange> builder)
    {
        builder.ToTable("PermitChanges");
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.UserName).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Target).HasMaxLength(PermitChange.TargetMaxLength);
        builder.Property(c => c.Property).HasMaxLength(50);
        builder.Property(c => c.Field).HasMaxLength(50);
        builder.Property(c => c.OldValue).HasMaxLength(PermitChange.ValueMaxLength);
        builder.Property(c => c.NewValue).HasMaxLength(PermitChange.ValueMaxLength);
        builder.HasOne<PermitApplication>().WithMany().HasForeignKey(c => c.PermitApplicationId).OnDelete(DeleteBehavior.Cascade);

        // The details page reads one application's changes newest first; the review page those after a time.
        builder.HasIndex(c => new { c.PermitApplicationId, c.At });
    }
}
