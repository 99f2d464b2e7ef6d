using System.Text.RegularExpressions;
using PermitCms.Core.Security;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Activities;
using PermitCms.Workflows.Webhooks;

namespace PermitCms.Workflows.Definitions;

/// <summary>Checks a version before it may be published; every problem is reported with the state or trigger it concerns.</summary>
public static partial class WorkflowValidator
{
    public const int CodeMaxLength = 50;

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    public static partial Regex CodePattern();

    public static IReadOnlyList<WorkflowValidationMessage> Validate(WorkflowDocument document, ISet<string> knownGuards, ISet<string> knownActivities)
    {
        var messages = new List<WorkflowValidationMessage>();
        void Error(string text) => messages.Add(new(true, text));
        void Warning(string text) => messages.Add(new(false, text));

        ValidateStates(document, Error);
        var codes = document.States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var t in document.Transitions)
        {
            var label = $"流转「{t.NameZh}」（{t.Trigger}，{t.From} → {t.To}）";
            if (!IsCode(t.Trigger))
            {
                Error($"{label}：触发代码须以字母开头，只含字母、数字、_ . -，不超过 {CodeMaxLength} 个字符。");
            }

            if (string.IsNullOrWhiteSpace(t.NameZh))
            {
                Error($"{label}：缺少中文名称。");
            }

            if (!codes.Contains(t.From))
            {
                Error($"{label}：起始状态「{t.From}」不存在。");
            }

            if (!codes.Contains(t.To))
            {
                Error($"{label}：目标状态「{t.To}」不存在。");
            }

            if (document.FindState(t.From) is { IsFinal: true })
            {
                Error($"{label}：起始状态「{t.From}」是终态，终态不能再有流转。");
            }

            var roles = t.Roles.Where(r => Roles.All.Contains(r)).ToList();
            foreach (var unknown in t.Roles.Except(Roles.All))
            {
                Error($"{label}：角色「{unknown}」不存在。");
            }

            if (roles.Count == 0)
            {
                Error($"{label}：没有任何角色可以执行该操作。");
            }

            foreach (var guard in t.Guards.Where(g => !knownGuards.Contains(g)))
            {
                Warning($"{label}：条件「{guard}」尚未在系统中注册，在注册前该流转将始终被拒绝。");
            }

            ValidateActivities(t, label, knownActivities, Error, Warning);
        }

        foreach (var duplicate in document.Transitions.GroupBy(t => (t.From, t.Trigger)).Where(g => g.Count() > 1))
        {
            Error($"状态「{duplicate.Key.From}」下触发代码「{duplicate.Key.Trigger}」重复（{duplicate.Count()} 条流转）。");
        }

        ValidateGraph(document, Error);
        return messages;
    }

    private static void ValidateStates(WorkflowDocument document, Action<string> error)
    {
        if (document.States.Count == 0)
        {
            error("流程没有任何状态。");
            return;
        }

        foreach (var state in document.States)
        {
            if (!IsCode(state.Code))
            {
                error($"状态「{state.NameZh}」的代码「{state.Code}」无效：须以字母开头，只含字母、数字、_ . -，不超过 {CodeMaxLength} 个字符。");
            }

            if (string.IsNullOrWhiteSpace(state.NameZh))
            {
                error($"状态「{state.Code}」缺少中文名称。");
            }

            if (state.TimeLimit is { } limit)
            {
                ValidateTimeLimit(document, state, limit, error);
            }
        }

        foreach (var duplicate in document.States.GroupBy(s => s.Code).Where(g => g.Count() > 1))
        {
            error($"状态代码「{duplicate.Key}」重复（{duplicate.Count()} 个状态）。");
        }

        var initial = document.States.Count(s => s.IsInitial);
        if (initial != 1)
        {
            error(initial == 0 ? "流程没有初始状态：请把一个状态设为初始状态。" : $"流程有 {initial} 个初始状态，只能有一个。");
        }

        if (!document.States.Any(s => s.IsFinal))
        {
            error("流程没有终态：至少要有一个状态设为终态。");
        }
    }

    private static void ValidateTimeLimit(WorkflowDocument document, WorkflowStateDefinition state, WorkflowTimeLimit limit, Action<string> error)
    {
        var label = $"状态「{state.NameZh}」（{state.Code}）的办理时限";
        if (state.IsFinal)
        {
            error($"{label}：终态不能设办理时限。");
        }

        if (limit.WorkingDays is < 1 or > WorkflowTimeLimit.MaxWorkingDays)
        {
            error($"{label}：工作日数须在 1 到 {WorkflowTimeLimit.MaxWorkingDays} 之间。");
        }
        else if (limit.RemindBeforeDays < 0 || limit.RemindBeforeDays >= limit.WorkingDays)
        {
            error($"{label}：提前提醒的天数须不小于 0 且小于时限的工作日数（{limit.WorkingDays}）。");
        }

        foreach (var unknown in limit.RemindRoles.Concat(limit.EscalateRoles).Except(Roles.All).Distinct())
        {
            error($"{label}：角色「{unknown}」不存在。");
        }

        if (limit.RemindBeforeDays > 0 && limit.RemindRoles.Count == 0 && string.IsNullOrEmpty(limit.WebhookUrl))
        {
            error($"{label}：提醒没有接收人：请勾选至少一个角色或填写 Webhook 地址。");
        }

        if (limit.EscalateRoles.Count == 0 && string.IsNullOrEmpty(limit.WebhookUrl))
        {
            error($"{label}：超期督办没有接收人：请勾选至少一个角色或填写 Webhook 地址。");
        }

        if (!string.IsNullOrEmpty(limit.WebhookUrl) && !WebhookUrl.IsValid(limit.WebhookUrl))
        {
            error($"{label}：Webhook 的地址无效，须为 http:// 或 https:// 开头的完整地址。");
        }

        if (!string.IsNullOrEmpty(limit.EscalateTrigger) && !document.Transitions.Any(t => t.From == state.Code && t.Trigger == limit.EscalateTrigger))
        {
            error($"{label}：超期自动执行的流转「{limit.EscalateTrigger}」不是从该状态出发的流转。");
        }
    }

    private static void ValidateActivities(WorkflowTransitionDefinition t, string label, ISet<string> knownActivities, Action<string> error, Action<string> warning)
    {
        foreach (var activity in t.Activities)
        {
            if (!knownActivities.Contains(activity.Name))
            {
                warning($"{label}：活动「{activity.Name}」尚未在系统中注册，在注册前该流转将始终被拒绝。");
            }
            else if (activity.Name == BuiltInActivities.Webhook && !WebhookUrl.IsValid(ActivitySettingsJson.Read<WebhookSettings>(activity.Settings)?.Url))
            {
                error($"{label}：Webhook 的地址无效，须为 http:// 或 https:// 开头的完整地址。");
            }
            else if (activity.Name == BuiltInActivities.Notify && ActivitySettingsJson.Read<NotifySettings>(activity.Settings) is { } notify
                     && !notify.Owner && notify.Roles.Count == 0)
            {
                error($"{label}：站内通知没有接收人：请勾选申请企业或至少一个角色。");
            }
        }
    }

    /// <summary>Every state reachable from the initial one, and a final state reachable from every state.</summary>
    private static void ValidateGraph(WorkflowDocument document, Action<string> error)
    {
        if (document.InitialState is not { } initial)
        {
            return;
        }

        var edges = document.Transitions.ToList();
        var reachable = Closure(initial.Code, state => edges.Where(t => t.From == state).Select(t => t.To));
        foreach (var state in document.States.Where(s => !reachable.Contains(s.Code)))
        {
            error($"状态「{state.NameZh}」（{state.Code}）从初始状态无法到达。");
        }

        var finals = document.States.Where(s => s.IsFinal).Select(s => s.Code).ToList();
        var canFinish = new HashSet<string>(StringComparer.Ordinal);
        foreach (var final in finals)
        {
            canFinish.UnionWith(Closure(final, state => edges.Where(t => t.To == state).Select(t => t.From)));
        }

        foreach (var state in document.States.Where(s => !s.IsFinal && !canFinish.Contains(s.Code)))
        {
            error($"状态「{state.NameZh}」（{state.Code}）没有通往任何终态的路径，事项会停在这里。");
        }
    }

    private static HashSet<string> Closure(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var state))
        {
            foreach (var n in next(state).Where(seen.Add))
            {
                queue.Enqueue(n);
            }
        }

        return seen;
    }

    public static bool IsCode(string? code) => code is { Length: > 0 and <= CodeMaxLength } && CodePattern().IsMatch(code);
}
