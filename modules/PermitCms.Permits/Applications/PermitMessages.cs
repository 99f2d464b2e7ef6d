namespace PermitCms.Permits.Applications;

/// <summary>Messages that more than one command gives, written once.</summary>
public static class PermitMessages
{
    public static string ApprovalFormNoTaken(string number) => $"批准单编号“{number}”已被另一份待审核或审核通过的申请使用";
}
