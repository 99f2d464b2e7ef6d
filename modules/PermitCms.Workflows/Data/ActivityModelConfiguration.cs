using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PermitCms.Workflows.Notifications;
using PermitCms.Workflows.Trial;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Data;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.UserId).HasMaxLength(450);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Url).HasMaxLength(500);
        // The badge asks "how many unread for this user" on every page.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.Property(d => d.Url).HasMaxLength(WebhookDelivery.UrlMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.Property(d => d.Revision).IsConcurrencyToken();
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}

internal sealed class WorkflowTrialItemConfiguration : IEntityTypeConfiguration<WorkflowTrialItem>
{
    public void Configure(EntityTypeBuilder<WorkflowTrialItem> builder)
    {
        builder.ToTable("WorkflowTrialItems");
        builder.Property(i => i.Title).HasMaxLength(WorkflowTrialItem.TitleMaxLength);
        builder.Property(i => i.WorkflowState).HasMaxLength(50);
        builder.Property(i => i.WorkflowVersion).IsConcurrencyToken();
    }
}
