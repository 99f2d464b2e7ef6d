using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The one query over applications, for the enterprise's 批准单查询 and the reviewers' 审核队列 alike: the same
/// conditions, page sizes and index-friendly plan. The caller passes the scope (<see cref="PermitListScope"/>):
/// an enterprise user's pages always the user's own enterprise; staff pages every enterprise, drafts excluded.
/// </summary>
public interface IPermitQueries
{
    /// <summary>The states a 状态 condition offers in this scope: the listed ones of every version (not e.g. 已删除).</summary>
    Task<IReadOnlyList<WorkflowStateInfo>> ListedStatesAsync(PermitListScope scope, CancellationToken cancellationToken);

    /// <summary>One page of the applications of the scope matching <paramref name="query"/>; the page number is clamped.</summary>
    Task<PermitListPage> PageAsync(PermitListScope scope, PermitQuery query, int pageNo, int pageSize, PermitListOrder order, CancellationToken cancellationToken);

    /// <summary>How many applications of the scope each state holds (the queue's tiles).</summary>
    Task<IReadOnlyDictionary<string, int>> CountByStateAsync(PermitListScope scope, CancellationToken cancellationToken);
}
