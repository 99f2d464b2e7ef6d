using System.Security.Claims;
using PermitCms.Workflows.Abstractions;
using Stateless;

namespace PermitCms.Workflows.Runtime;

/// <summary>
/// Builds the Stateless machine of a compiled version over one item. The machine reads and writes the item's
/// own state (external state storage), and every transition is permitted only if the user may fire it; the
/// async named guards run before firing (Stateless guards are synchronous). A machine is per call because it
/// is bound to one item and one user and Stateless machines are not thread-safe; what is cached is the
/// compiled version.
/// </summary>
public static class WorkflowMachineFactory
{
    public static StateMachine<string, string> Create(CompiledWorkflow workflow, IWorkflowSubject subject, ClaimsPrincipal user)
    {
        var machine = new StateMachine<string, string>(() => subject.WorkflowState, state => subject.WorkflowState = state);
        foreach (var state in workflow.Document.States)
        {
            machine.Configure(state.Code);
        }

        foreach (var transition in workflow.Document.TransitionsDistinct())
        {
            var t = transition;
            var configuration = machine.Configure(t.From);
            var description = string.Join(",", t.Roles);
            if (t.From == t.To)
            {
                configuration.PermitReentryIf(t.Trigger, () => WorkflowAccess.MayFire(t, subject, user), description);
            }
            else
            {
                configuration.PermitIf(t.Trigger, t.To, () => WorkflowAccess.MayFire(t, subject, user), description);
            }
        }

        return machine;
    }

    /// <summary>The whole version as a machine with no item or user, for diagrams (Stateless's DOT export).</summary>
    public static StateMachine<string, string> CreateForGraph(CompiledWorkflow workflow)
    {
        var initial = workflow.Document.InitialState?.Code ?? workflow.Document.States.FirstOrDefault()?.Code ?? "";
        var machine = new StateMachine<string, string>(initial);
        foreach (var state in workflow.Document.States)
        {
            machine.Configure(state.Code);
        }

        foreach (var t in workflow.Document.TransitionsDistinct())
        {
            if (t.From == t.To)
            {
                machine.Configure(t.From).PermitReentry(t.Trigger);
            }
            else
            {
                machine.Configure(t.From).Permit(t.Trigger, t.To);
            }
        }

        return machine;
    }
}
