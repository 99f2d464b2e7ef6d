using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Permits.Data;

internal sealed class PermitUseConfiguration : IEntityTypeConfiguration<PermitUse>
{
    public void Configure(EntityTypeBuilder<PermitUse> builder)
    {
        builder.ToTable("PermitUses");
        builder.Property(u => u.DeclarationNo).HasMaxLength(PermitUse.DeclarationNoMaxLength);
        builder.Property(u => u.UsedBy).HasMaxLength(100);
        builder.HasOne<PermitApplication>().WithMany().HasForeignKey(u => u.PermitApplicationId).OnDelete(DeleteBehavior.Cascade);

        // A goods line is never deleted once approved, so the use keeps pointing at it.
        builder.HasOne<PermitGoods>().WithMany().HasForeignKey(u => u.PermitGoodsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.PermitApplicationId, u.UseNo });
    }
}
