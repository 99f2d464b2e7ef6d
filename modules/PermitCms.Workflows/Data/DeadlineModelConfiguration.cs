using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Workflows.Calendar;
using PermitCms.Workflows.Deadlines;

namespace PermitCms.Workflows.Data;

internal sealed class WorkflowDeadlineConfiguration : IEntityTypeConfiguration<WorkflowDeadline>
{
    public void Configure(EntityTypeBuilder<WorkflowDeadline> builder)
    {
        builder.ToTable("WorkflowDeadlines");
        builder.Property(d => d.ItemType).HasMaxLength(50);
        builder.Property(d => d.ItemId).HasMaxLength(64);
        builder.Property(d => d.State).HasMaxLength(50);
        builder.Property(d => d.ItemName).HasMaxLength(200);
        builder.Property(d => d.ItemUrl).HasMaxLength(500);

        // Lists look up the open deadline of a page of items; the timer scans open rows by due and remind time.
        builder.HasIndex(d => new { d.ItemType, d.ItemId, d.ClosedAt });
        builder.HasIndex(d => new { d.ClosedAt, d.DueAt });
        builder.HasIndex(d => new { d.ClosedAt, d.RemindAt });
    }
}

internal sealed class WorkingCalendarDayConfiguration : IEntityTypeConfiguration<WorkingCalendarDay>
{
    public void Configure(EntityTypeBuilder<WorkingCalendarDay> builder)
    {
        builder.ToTable("WorkingCalendarDays");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(WorkingCalendarDay.NameMaxLength);
        builder.HasIndex(d => d.Date).IsUnique();
    }
}
