using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Workflows.Definitions;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Data;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinition>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinition> builder)
    {
        builder.ToTable("WorkflowDefinitions");
        builder.Property(d => d.Name).HasMaxLength(WorkflowDefinition.NameMaxLength);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.HasMany(d => d.Versions).WithOne(v => v.Definition).HasForeignKey(v => v.DefinitionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkflowDefinitionVersionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionVersion> builder)
    {
        builder.ToTable("WorkflowDefinitionVersions");
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Note).HasMaxLength(500);
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.Property(v => v.PublishedBy).HasMaxLength(256);
        builder.Property(v => v.Revision).IsConcurrencyToken();
        builder.HasIndex(v => new { v.DefinitionId, v.VersionNumber }).IsUnique();
    }
}

internal sealed class WorkflowHistoryConfiguration : IEntityTypeConfiguration<WorkflowHistory>
{
    public void Configure(EntityTypeBuilder<WorkflowHistory> builder)
    {
        builder.ToTable("WorkflowHistory");
        builder.Property(h => h.ItemType).HasMaxLength(50);
        builder.Property(h => h.ItemId).HasMaxLength(64);
        builder.Property(h => h.FromState).HasMaxLength(50);
        builder.Property(h => h.ToState).HasMaxLength(50);
        builder.Property(h => h.Trigger).HasMaxLength(50);
        builder.Property(h => h.TriggerNameZh).HasMaxLength(100);
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.UserName).HasMaxLength(256);
        builder.Property(h => h.Comment).HasMaxLength(2000);
        // One item's history in order: with only (ItemType, ItemId), SQLite (no statistics) walked the date index below instead.
        builder.HasIndex(h => new { h.ItemType, h.ItemId, h.OccurredAt });
        builder.HasIndex(h => new { h.ItemType, h.OccurredAt }); // 统计分析 reads history by date range
    }
}
