using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Permits.Goods;

namespace PermitCms.Permits.Data;

internal sealed class PermitGoodsConfiguration : IEntityTypeConfiguration<PermitGoods>
{
    public void Configure(EntityTypeBuilder<PermitGoods> builder)
    {
        builder.ToTable("PermitGoods");
        builder.Property(g => g.Title).HasMaxLength(GoodsRules.TextMaxLength);
        builder.Property(g => g.OriginalTitle).HasMaxLength(GoodsRules.TextMaxLength);
        builder.Property(g => g.Publisher).HasMaxLength(GoodsRules.TextMaxLength);
        builder.Property(g => g.HsCode).HasMaxLength(10);
        builder.Property(g => g.CarrierCode).HasMaxLength(10);
        builder.Property(g => g.CountryCode).HasMaxLength(3);
        builder.Property(g => g.LanguageCode).HasMaxLength(3);
        builder.Property(g => g.UnitCode).HasMaxLength(3);
        builder.Property(g => g.CurrencyCode).HasMaxLength(3);
        builder.Property(g => g.UnitPrice).HasPrecision(18, 4);
        builder.Property(g => g.TotalPrice).HasPrecision(18, 2);
        builder.HasIndex(g => new { g.PermitApplicationId, g.LineNo }).IsUnique();
    }
}
