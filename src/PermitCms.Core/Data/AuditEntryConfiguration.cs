using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Core.Auditing;

namespace PermitCms.Core.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.UserName).HasMaxLength(AuditEntry.UserNameMaxLength);
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.ClientAddress).HasMaxLength(AuditEntry.AddressMaxLength);
        builder.Property(e => e.Kind).HasMaxLength(AuditEntry.KindMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailMaxLength);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => new { e.UserName, e.At });
        builder.HasIndex(e => new { e.Kind, e.At });
    }
}
