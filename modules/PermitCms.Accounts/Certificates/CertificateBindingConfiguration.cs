using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Accounts.Certificates;

internal sealed class CertificateBindingConfiguration : IEntityTypeConfiguration<CertificateBinding>
{
    public void Configure(EntityTypeBuilder<CertificateBinding> builder)
    {
        builder.ToTable("CertificateBindings");
        builder.Property(b => b.Thumbprint).HasMaxLength(CertificateBinding.ThumbprintLength).IsFixedLength();
        builder.Property(b => b.Subject).HasMaxLength(CertificateBinding.NameMaxLength);
        builder.Property(b => b.Issuer).HasMaxLength(CertificateBinding.NameMaxLength);
        builder.Property(b => b.SerialNumber).HasMaxLength(CertificateBinding.SerialMaxLength);
        builder.Property(b => b.RevokedBy).HasMaxLength(256);
        builder.Ignore(b => b.IsRevoked);

        // One row per certificate ever: a revoked certificate stays on record and cannot be re-bound.
        builder.HasIndex(b => b.Thumbprint).IsUnique();
        builder.HasOne(b => b.User).WithMany().HasForeignKey(b => b.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
