namespace PermitCms.Permits.Abstractions;

/// <summary>The Bootstrap badge a state is shown with, the same on every page that shows one.</summary>
public static class PermitStateBadge
{
    public static string CssClass(string code) => code switch
    {
        PermitStates.Draft => "text-bg-secondary",
        PermitStates.PendingReview => "text-bg-warning",
        PermitStates.Approved => "text-bg-success",
        PermitStates.Rejected => "text-bg-danger",
        PermitStates.WrittenOff => "text-bg-dark",
        _ => "text-bg-light",
    };
}
