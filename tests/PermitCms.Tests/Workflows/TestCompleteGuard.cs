using PermitCms.Permits.Lifecycle;
using PermitCms.Workflows.Abstractions;
using PermitCms.Workflows.Trial;

namespace PermitCms.Tests.Workflows;

/// <summary>
/// Stands in for the Permits module's "permit.complete" guard: a trial item whose title starts with
/// <see cref="IncompletePrefix"/> is incomplete.
/// </summary>
public sealed class TestCompleteGuard : IWorkflowGuard
{
    public const string IncompletePrefix = "未完成";
    public const string Reason = "测试条件：事项未填写完整。";

    public string Name => PermitWorkflow.CompleteGuard;

    public string Description => "测试用：标题不以「未完成」开头";

    public Task<IReadOnlyList<string>> CheckAsync(IWorkflowSubject subject, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<string>>(
            subject is WorkflowTrialItem item && item.Title.StartsWith(IncompletePrefix, StringComparison.Ordinal) ? [Reason] : []);
}
