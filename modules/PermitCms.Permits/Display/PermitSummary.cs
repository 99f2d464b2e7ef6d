using PermitCms.Permits.CodeLists;
using PermitCms.Permits.Data;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Display;

/// <summary>
/// What the read-only view of an application shows (the enterprise's details page and the reviewer's page):
/// basic information, goods, attachments, 审批意见 and the workflow history.
/// </summary>
/// <param name="AttachmentUrl">Download link of an attachment id; each page serves downloads under its own authorization.</param>
public sealed record PermitSummary(
    PermitApplication Permit,
    WorkflowStateInfo State,
    IReadOnlyList<WorkflowHistoryEntry> History,
    CodeListSnapshot CodeLists,
    Func<int, string> AttachmentUrl);
