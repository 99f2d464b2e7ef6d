using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PermitCms.Permits.Data;

internal sealed class PermitAttachmentConfiguration : IEntityTypeConfiguration<PermitAttachment>
{
    public void Configure(EntityTypeBuilder<PermitAttachment> builder)
    {
        builder.ToTable("PermitAttachments");
        builder.Property(a => a.FileName).HasMaxLength(PermitAttachment.FileNameMaxLength);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
        builder.HasIndex(a => a.PermitApplicationId);
        builder.HasOne(a => a.Content).WithOne().HasForeignKey<PermitAttachmentContent>(c => c.PermitAttachmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PermitAttachmentContentConfiguration : IEntityTypeConfiguration<PermitAttachmentContent>
{
    public void Configure(EntityTypeBuilder<PermitAttachmentContent> builder)
    {
        builder.ToTable("PermitAttachmentContents");
        builder.HasKey(c => c.PermitAttachmentId);
    }
}

internal sealed class PermitNumberCounterConfiguration : IEntityTypeConfiguration<PermitNumberCounter>
{
    public void Configure(EntityTypeBuilder<PermitNumberCounter> builder)
    {
        builder.ToTable(PermitNumberCounter.TableName);
        builder.HasKey(c => c.Day);
        builder.Property(c => c.Day).HasMaxLength(8);
    }
}

internal sealed class PermitStateCountConfiguration : IEntityTypeConfiguration<PermitStateCount>
{
    public void Configure(EntityTypeBuilder<PermitStateCount> builder)
    {
        builder.ToTable(PermitStateCount.TableName);
        builder.HasKey(c => new { c.EnterpriseId, c.WorkflowState });
        builder.Property(c => c.WorkflowState).HasMaxLength(50);
    }
}
