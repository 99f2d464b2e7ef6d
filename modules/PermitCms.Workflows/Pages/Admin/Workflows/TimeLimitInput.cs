using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Webhooks;
using Roles = PermitCms.Core.Security.Roles;

namespace PermitCms.Workflows.Pages.Admin.Workflows;

/// <summary>The 办理时限 fields of the state form, and their checks (the same rules the validator applies at publish).</summary>
public sealed class TimeLimitInput
{
    [Display(Name = "设置办理时限")]
    public bool Enabled { get; set; }

    [Display(Name = "时限（工作日）")]
    public int? WorkingDays { get; set; }

    [Display(Name = "提前提醒（工作日，0 为不提醒）")]
    public int? RemindBeforeDays { get; set; }

    public List<string> RemindRoles { get; set; } = [Roles.Reviewer];

    public List<string> EscalateRoles { get; set; } = [Roles.Reviewer, Roles.Administrator];

    [Display(Name = "Webhook 地址（提醒和超期时推送，可不填）")]
    public string? WebhookUrl { get; set; }

    /// <summary>The trigger of a transition out of the state that the system fires when the limit has passed; empty for none.</summary>
    [Display(Name = "超期后自动执行")]
    public string? EscalateTrigger { get; set; }

    public static TimeLimitInput From(WorkflowTimeLimit? limit) => limit is null
        ? new TimeLimitInput()
        : new TimeLimitInput
        {
            Enabled = true, WorkingDays = limit.WorkingDays, RemindBeforeDays = limit.RemindBeforeDays,
            RemindRoles = [.. limit.RemindRoles], EscalateRoles = [.. limit.EscalateRoles], WebhookUrl = limit.WebhookUrl,
            EscalateTrigger = limit.EscalateTrigger,
        };

    /// <summary>
    /// Adds a message for each bad field under <paramref name="prefix"/>; true when the input is usable.
    /// <paramref name="outgoingTriggers"/> are the triggers of the transitions that leave the state.
    /// </summary>
    public bool Validate(ModelStateDictionary modelState, string prefix, bool isFinal, IReadOnlyCollection<string> outgoingTriggers)
    {
        if (!Enabled)
        {
            return true;
        }

        var valid = modelState.IsValid;
        if (isFinal)
        {
            modelState.AddModelError($"{prefix}.Enabled", "终态不再流转，不能设办理时限。");
        }

        if (WorkingDays is not (>= 1 and <= WorkflowTimeLimit.MaxWorkingDays))
        {
            modelState.AddModelError($"{prefix}.WorkingDays", $"请填写 1 到 {WorkflowTimeLimit.MaxWorkingDays} 之间的工作日数。");
        }
        else if (RemindBeforeDays is { } remind && (remind < 0 || remind >= WorkingDays))
        {
            modelState.AddModelError($"{prefix}.RemindBeforeDays", $"提前提醒的天数须不小于 0 且小于时限（{WorkingDays} 个工作日）。");
        }

        WebhookUrl = string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl.Trim();
        if (WebhookUrl is not null && !Webhooks.WebhookUrl.IsValid(WebhookUrl))
        {
            modelState.AddModelError($"{prefix}.WebhookUrl", "请填写以 http:// 或 https:// 开头的完整地址（不超过 500 个字符）。");
        }

        EscalateTrigger = string.IsNullOrWhiteSpace(EscalateTrigger) ? null : EscalateTrigger.Trim();
        if (EscalateTrigger is not null && !outgoingTriggers.Contains(EscalateTrigger))
        {
            modelState.AddModelError($"{prefix}.EscalateTrigger", "请选择从该状态出发的一个流转，或选择“不自动处理”。");
        }

        if (EscalateRoles.Count == 0 && WebhookUrl is null)
        {
            modelState.AddModelError($"{prefix}.EscalateRoles", "超期督办没有接收人：请勾选至少一个角色或填写 Webhook 地址。");
        }

        if (RemindBeforeDays is > 0 && RemindRoles.Count == 0 && WebhookUrl is null)
        {
            modelState.AddModelError($"{prefix}.RemindRoles", "提醒没有接收人：请勾选至少一个角色或填写 Webhook 地址。");
        }

        return valid && modelState.IsValid;
    }

    public WorkflowTimeLimit? ToLimit() => !Enabled ? null : new WorkflowTimeLimit
    {
        WorkingDays = WorkingDays ?? 0,
        RemindBeforeDays = RemindBeforeDays ?? 0,
        RemindRoles = Roles.All.Where(RemindRoles.Contains).ToList(),
        EscalateRoles = Roles.All.Where(EscalateRoles.Contains).ToList(),
        WebhookUrl = WebhookUrl,
        EscalateTrigger = EscalateTrigger,
    };
}
