using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Abstractions;

/// <summary>
/// The one query over applications, for the enterprise's 批准单查询 and the reviewers' 审核队列 alike: the same
/// conditions, page sizes and index-friendly plan. The caller decides the scope: an enterprise user's pages
/// always pass the user's own enterprise; staff pages may pass none (every enterprise) or one as a filter.
/// </summary>
public interface IPermitQueries
{
    /// <summary>The states a 状态 condition offers: the listed ones of every version (not e.g. 已删除).</summary>
    Task<IReadOnlyList<WorkflowStateInfo>> ListedStatesAsync(CancellationToken cancellationToken);

    /// <summary>One page of the listed applications matching <paramref name="query"/>; the page number is clamped.</summary>
    Task<PermitListPage> PageAsync(int? enterpriseId, PermitQuery query, int pageNo, int pageSize, PermitListOrder order, CancellationToken cancellationToken);

    /// <summary>How many listed applications each state holds, over every enterprise (the queue's tiles).</summary>
    Task<IReadOnlyDictionary<string, int>> CountByStateAsync(CancellationToken cancellationToken);
}
