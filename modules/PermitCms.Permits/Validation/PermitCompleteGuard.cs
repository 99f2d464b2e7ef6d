using PermitCms.Permits.Data;
using PermitCms.Permits.Lifecycle;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Validation;

/// <summary>The workflow guard <see cref="PermitWorkflow.CompleteGuard"/>: the default definition puts it on 申报 (submit).</summary>
internal sealed class PermitCompleteGuard(PermitCompleteness completeness) : IWorkflowGuard
{
    public string Name => PermitWorkflow.CompleteGuard;

    public string Description => "批准单申请完整：必填基本信息、至少一条商品信息和一个附件";

    public async Task<IReadOnlyList<string>> CheckAsync(IWorkflowSubject subject, CancellationToken cancellationToken)
        => subject is PermitApplication permit
            ? await completeness.CheckAsync(permit, cancellationToken)
            : ["该守卫只适用于批准单申请"];
}
