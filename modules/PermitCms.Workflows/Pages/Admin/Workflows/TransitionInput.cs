using System.ComponentModel.DataAnnotations;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Activities;
using PermitCms.Workflows.Definitions;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>The transition form: the definition's fields plus the two built-in activities as plain fields.</summary>
public sealed class TransitionInput
{
    [Required(ErrorMessage = "请填写触发代码。")]
    [Display(Name = "触发代码")]
    public string Trigger { get; set; } = "";

    [Required(ErrorMessage = "请填写中文名称。")]
    [StringLength(50, ErrorMessage = "中文名称不超过 50 个字。")]
    [Display(Name = "中文名称（按钮文字）")]
    public string NameZh { get; set; } = "";

    [StringLength(100, ErrorMessage = "英文名称不超过 100 个字符。")]
    [Display(Name = "英文名称")]
    public string? NameEn { get; set; }

    [Required(ErrorMessage = "请选择起始状态。")]
    [Display(Name = "从状态")]
    public string From { get; set; } = "";

    [Required(ErrorMessage = "请选择目标状态。")]
    [Display(Name = "到状态")]
    public string To { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    [Display(Name = "必须填写意见")]
    public bool CommentRequired { get; set; }

    public List<string> Guards { get; set; } = [];

    /// <summary>Guards not (yet) registered, comma separated; kept so that a definition may name a module's future guard.</summary>
    [Display(Name = "其他条件名称（逗号分隔）")]
    public string? OtherGuards { get; set; }

    [Display(Name = "站内通知")]
    public bool Notify { get; set; }

    [Display(Name = "通知申请企业的用户")]
    public bool NotifyOwner { get; set; }

    public List<string> NotifyRoles { get; set; } = [];

    [StringLength(500, ErrorMessage = "通知内容不超过 500 个字。")]
    [Display(Name = "通知内容（留空则自动生成）")]
    public string? NotifyMessage { get; set; }

    [Display(Name = "Webhook 推送")]
    public bool Webhook { get; set; }

    [Display(Name = "Webhook 地址")]
    public string? WebhookUrl { get; set; }

    /// <summary>Registered activities other than the built-in two, by name.</summary>
    public List<string> OtherActivities { get; set; } = [];

    public static TransitionInput Of(WorkflowTransitionDefinition t)
    {
        var notify = t.Activities.FirstOrDefault(a => a.Name == BuiltInActivities.Notify);
        var notifySettings = ActivitySettingsJson.Read<NotifySettings>(notify?.Settings);
        var webhook = t.Activities.FirstOrDefault(a => a.Name == BuiltInActivities.Webhook);
        return new TransitionInput
        {
            Trigger = t.Trigger, NameZh = t.NameZh, NameEn = t.NameEn, From = t.From, To = t.To, Roles = [.. t.Roles],
            CommentRequired = t.CommentRequired, Guards = [.. t.Guards],
            Notify = notify is not null, NotifyOwner = notifySettings?.Owner ?? false, NotifyRoles = notifySettings?.Roles ?? [],
            NotifyMessage = notifySettings?.Message,
            Webhook = webhook is not null, WebhookUrl = ActivitySettingsJson.Read<WebhookSettings>(webhook?.Settings)?.Url,
            OtherActivities = t.Activities.Where(a => a.Name is not BuiltInActivities.Notify and not BuiltInActivities.Webhook).Select(a => a.Name).ToList(),
        };
    }

    /// <summary>Writes the form into <paramref name="t"/>, keeping the settings of activities the form does not show.</summary>
    public void ApplyTo(WorkflowTransitionDefinition t, ISet<string> registeredGuards)
    {
        var other = (OtherGuards ?? "").Split([',', '，', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        (t.Trigger, t.NameZh, t.NameEn, t.From, t.To) = (Trigger.Trim(), NameZh.Trim(), NameEn?.Trim() ?? "", From, To);
        t.Roles = PermitCms.Core.Security.Roles.All.Where(Roles.Contains).ToList();
        t.CommentRequired = CommentRequired;
        t.Guards = Guards.Where(registeredGuards.Contains).Concat(other).Distinct(StringComparer.Ordinal).ToList();
        var kept = t.Activities.Where(a => a.Name is not BuiltInActivities.Notify and not BuiltInActivities.Webhook && OtherActivities.Contains(a.Name)).ToList();
        var added = OtherActivities.Where(name => name is not BuiltInActivities.Notify and not BuiltInActivities.Webhook && kept.All(a => a.Name != name))
            .Select(name => new WorkflowActivityDefinition { Name = name });
        var activities = new List<WorkflowActivityDefinition>();
        if (Notify)
        {
            var settings = new NotifySettings { Owner = NotifyOwner, Roles = PermitCms.Core.Security.Roles.All.Where(NotifyRoles.Contains).ToList(), Message = string.IsNullOrWhiteSpace(NotifyMessage) ? null : NotifyMessage.Trim() };
            activities.Add(new WorkflowActivityDefinition { Name = BuiltInActivities.Notify, Settings = ActivitySettingsJson.Write(settings) });
        }

        if (Webhook)
        {
            activities.Add(new WorkflowActivityDefinition { Name = BuiltInActivities.Webhook, Settings = ActivitySettingsJson.Write(new WebhookSettings { Url = WebhookUrl?.Trim() ?? "" }) });
        }

        t.Activities = [.. activities, .. kept, .. added];
    }
}
