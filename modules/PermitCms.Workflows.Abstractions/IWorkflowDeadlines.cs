namespace PermitCms.Workflows.Abstractions;

/// <summary>The open time limits of items, for lists such as the review queue (one query per page of items).</summary>
public interface IWorkflowDeadlines
{
    /// <summary>The open deadline of each of these items that has one, by item id.</summary>
    Task<IReadOnlyDictionary<string, WorkflowDeadlineInfo>> GetOpenAsync(string itemType, IReadOnlyCollection<string> itemIds, CancellationToken cancellationToken = default);
}
