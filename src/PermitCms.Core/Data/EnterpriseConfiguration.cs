using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Core.Accounts;

namespace PermitCms.Core.Data;

internal sealed class EnterpriseConfiguration : IEntityTypeConfiguration<Enterprise>
{
    public void Configure(EntityTypeBuilder<Enterprise> builder)
    {
        builder.ToTable("Enterprises");
        builder.Property(e => e.Name).HasMaxLength(Enterprise.NameMaxLength);
        builder.Property(e => e.CreditCode).HasMaxLength(CreditCode.Length).IsFixedLength();
        builder.Property(e => e.CustomsCode).HasMaxLength(10);
        builder.Property(e => e.Address).HasMaxLength(Enterprise.AddressMaxLength);
        builder.Property(e => e.ContactName).HasMaxLength(50);
        builder.Property(e => e.ContactPhone).HasMaxLength(30);
        builder.HasIndex(e => e.CreditCode).IsUnique();
        builder.HasIndex(e => e.CustomsCode).IsUnique();
    }
}
