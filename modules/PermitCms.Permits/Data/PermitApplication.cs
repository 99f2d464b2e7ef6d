using System.Globalization;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Permits.Data;

/// <summary>
/// 音像制品（成品）进口批准单申请: one application of an enterprise. Its status is owned by the workflow
/// (<see cref="IWorkflowSubject"/>); this module never writes <see cref="WorkflowState"/> itself.
/// Notifications name it by its 申请单号 and link to its details page (<see cref="IWorkflowSubjectDisplay"/>).
/// </summary>
public sealed class PermitApplication : IWorkflowSubject, IWorkflowSubjectDisplay
{
    public const string ItemType = "Permit";
    public const string WorkflowName = "Permit";
    public const int ApplicationNoMaxLength = 20;
    public const int ApprovalFormNoMaxLength = 50;
    public const int ContactNameMaxLength = 50;
    public const int ContactPhoneMaxLength = 30;

    public int Id { get; set; }

    /// <summary>申请单号, "YX" + yyyyMMdd + sequence, assigned at the first save (<see cref="ApplicationNumberGenerator"/>).</summary>
    public string ApplicationNo { get; set; } = "";

    public int EnterpriseId { get; set; }

    // Manual fields (yellow in the manual); null while the draft lacks them.

    /// <summary>批准单编号: the number on the paper approval the enterprise holds.</summary>
    public string? ApprovalFormNo { get; set; }

    /// <summary>入境口岸: a code of the customs-district list.</summary>
    public string? PortCode { get; set; }

    /// <summary>进口单位联系人.</summary>
    public string? ContactName { get; set; }

    /// <summary>联系电话.</summary>
    public string? ContactPhone { get; set; }

    // Back-filled fields (grey in the manual): copied from the enterprise when the application is created,
    // so that a later change of the registration does not rewrite what was declared.

    public string ImporterName { get; set; } = "";

    public string CreditCode { get; set; } = "";

    public string CustomsCode { get; set; } = "";

    public string Address { get; set; } = "";

    // System fields.

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    /// <summary>申报日期: set when 申报 succeeds.</summary>
    public DateTime? DeclaredAt { get; set; }

    /// <summary>审批意见 of the last review (issue 5 fills it).</summary>
    public string? ReviewComment { get; set; }

    public string? ReviewerName { get; set; }

    /// <summary>
    /// Moves with every change to the application, its goods or attachments and with every transition
    /// (<see cref="Applications.PermitAccess.Touch"/>): the optimistic concurrency token that editors and the
    /// API send back, so that a stale change is refused instead of silently overwriting another.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>
    /// The 电子批准单's verification token (192 random bits, base64url): the only key of the public verification
    /// page its QR code links to, so that permits cannot be enumerated. Set when the permit is first issued.
    /// </summary>
    public string? VerificationToken { get; set; }

    /// <summary>批准日期: when the application entered 审核通过, copied from its history when the permit is first issued.</summary>
    public DateTime? ApprovedAt { get; set; }

    public List<PermitGoods> Goods { get; set; } = [];

    public List<PermitAttachment> Attachments { get; set; } = [];

    // IWorkflowSubject

    public string WorkflowState { get; set; } = "";

    public int WorkflowDefinitionVersionId { get; set; }

    public int WorkflowVersion { get; set; }

    string IWorkflowSubject.WorkflowItemType => ItemType;

    string IWorkflowSubject.WorkflowItemId => Id.ToString(CultureInfo.InvariantCulture);

    int? IWorkflowSubject.OwnerEnterpriseId => EnterpriseId;

    // IWorkflowSubjectDisplay

    string IWorkflowSubjectDisplay.WorkflowDisplayName => $"申请单 {ApplicationNo}";

    // The owner reads it on this module's details page; staff decide on the Review module's page. Review depends on
    // this module, not the reverse, so its route is written out here rather than taken from one of its types.
    string? IWorkflowSubjectDisplay.GetWorkflowUrl(bool forStaff)
    {
        var id = Id.ToString(CultureInfo.InvariantCulture);
        return forStaff ? $"/Admin/Review/Details?id={id}" : $"/Permits/Details?id={id}";
    }
}
