using Microsoft.EntityFrameworkCore;
using PermitCms.Core.Accounts;
using PermitCms.Core.Data;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Notifications;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Activities;

/// <summary>In-app notification to the owner enterprise's users and/or every user of some roles (not the actor).</summary>
internal sealed class NotifyActivity(PermitCmsDbContext db, WorkflowDefinitionCache cache, TimeProvider time) : IWorkflowActivity
{
    public string Name => BuiltInActivities.Notify;

    public string Description => "站内通知：通知申请企业的用户和/或指定角色的用户";

    public async Task ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        var settings = ActivitySettingsJson.Read<NotifySettings>(context.Settings) ?? new NotifySettings { Owner = true };
        var workflow = await cache.GetAsync(db, context.Subject.WorkflowDefinitionVersionId, cancellationToken);
        var transitionName = workflow?.FindTransition(context.FromState, context.Trigger)?.NameZh ?? context.Trigger;
        var stateName = workflow?.StateName(context.ToState) ?? context.ToState;
        var display = context.Subject as IWorkflowSubjectDisplay;
        var itemName = display?.WorkflowDisplayName ?? $"{context.Subject.WorkflowItemType} {context.Subject.WorkflowItemId}";
        var actorId = context.User.GetUserId();
        var now = time.GetUtcNow().UtcDateTime;
        var body = settings.Message is { Length: > 0 } message
            ? message
            : $"{context.User.GetDisplayName()} 执行了「{transitionName}」，当前状态：{stateName}。" + (context.Comment is null ? "" : $" 意见：{context.Comment}");
        body = body.Length > Notification.BodyMaxLength ? body[..Notification.BodyMaxLength] : body;
        var title = $"{itemName}：{transitionName}";
        title = title.Length > Notification.TitleMaxLength ? title[..Notification.TitleMaxLength] : title;

        var recipients = new List<(string UserId, bool Staff)>();
        if (settings.Owner && context.Subject.OwnerEnterpriseId is { } enterpriseId)
        {
            var owners = await db.Users.Where(u => u.EnterpriseId == enterpriseId).Select(u => u.Id).ToListAsync(cancellationToken);
            recipients.AddRange(owners.Select(id => (id, false)));
        }

        var inRoles = await NotificationRecipients.InRolesAsync(db, settings.Roles, cancellationToken);
        recipients.AddRange(inRoles.Select(id => (id, true)));

        foreach (var (userId, staff) in recipients.DistinctBy(r => r.UserId).Where(r => r.UserId != actorId))
        {
            db.Add(new Notification { UserId = userId, Title = title, Body = body, Url = display?.GetWorkflowUrl(staff), CreatedAt = now });
        }
    }
}
