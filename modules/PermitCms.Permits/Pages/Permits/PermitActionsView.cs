using PermitCms.Permits.Query;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// The model of _PermitActions: one application's buttons, posting through the page's #permit-action-form. A list passes
/// its page's <see cref="PermitRowUrls"/> so that the URLs are generated once per page, not per row.
/// </summary>
public sealed record PermitActionsView(int Id, string ApplicationNo, PermitActionSet Actions, string ReturnUrl, bool Large = false, PermitRowUrls? Urls = null)
{
    public static string ButtonClass(WorkflowTrigger trigger) => trigger.Code switch
    {
        PermitTriggers.Submit => "btn-success",
        PermitTriggers.Delete => "btn-outline-danger",
        PermitTriggers.Withdraw => "btn-outline-dark",
        _ => "btn-outline-primary",
    };

    public string? Confirmation(WorkflowTrigger trigger) => trigger.Code switch
    {
        PermitTriggers.Delete => $"确定删除申请单 {ApplicationNo} 吗？删除后将不再显示在列表中。",
        PermitTriggers.Withdraw => $"确定撤回申请单 {ApplicationNo} 吗？撤回后状态变为暂存。",
        _ when trigger.CommentRequired => $"请填写{trigger.NameZh}意见（申请单 {ApplicationNo}）。",
        _ => null,
    };
}
