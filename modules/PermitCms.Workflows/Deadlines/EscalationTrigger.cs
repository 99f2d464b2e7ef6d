using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Runtime;

namespace PermitCms.Workflows.Deadlines;

/// <summary>
/// Fires a state's escalation trigger on the overdue item as <see cref="WorkflowSystemActor"/>, through the
/// owning module's <see cref="IWorkflowItemFirer"/>, inside the deadline firer's transaction.
/// </summary>
internal sealed class EscalationTrigger(IEnumerable<IWorkflowItemFirer> firers)
{
    /// <summary>What happened, for the escalation's messages; null when another change won and the whole claim must roll back.</summary>
    public async Task<EscalationOutcome?> FireAsync(WorkflowDeadline deadline, CompiledWorkflow workflow, WorkflowTimeLimit limit, string trigger, CancellationToken cancellationToken)
    {
        if (workflow.FindTransition(deadline.State, trigger) is not { } transition)
        {
            // The validator refuses this at publish; a version published before the check could still hold it.
            return EscalationOutcome.NotFired(trigger, $"系统未能自动处理：流程中没有从该状态出发的流转「{trigger}」。");
        }

        if (firers.FirstOrDefault(f => f.ItemType == deadline.ItemType) is not { } firer)
        {
            return EscalationOutcome.NotFired(trigger, $"系统未能自动{transition.NameZh}：该类事项不支持自动处理。");
        }

        var comment = $"超过 {limit.WorkingDays} 个工作日的办理时限，系统自动{transition.NameZh}。";
        var result = await firer.FireAsync(deadline.ItemId, trigger, WorkflowSystemActor.For(trigger), comment, cancellationToken);
        return result.Status switch
        {
            WorkflowFireStatus.Succeeded => new EscalationOutcome(trigger, true, result.NewState, $"系统已自动{transition.NameZh}。"),
            WorkflowFireStatus.Conflict => null,
            _ => EscalationOutcome.NotFired(trigger, $"系统未能自动{transition.NameZh}：{string.Join("；", result.Errors)} 请尽快处理。"),
        };
    }
}

/// <summary>The result of an escalation trigger: <see cref="Summary"/> ends the escalation's message.</summary>
internal sealed record EscalationOutcome(string Trigger, bool Fired, string? NewState, string Summary)
{
    public static EscalationOutcome NotFired(string trigger, string summary) => new(trigger, false, null, summary);
}
