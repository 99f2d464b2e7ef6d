namespace PermitCms.Permits.Data;

/// <summary>
/// How many applications an enterprise has in one workflow state: the exact totals of 批准单查询 and the 审核队列
/// without counting rows. Kept by database triggers on PermitApplications (migration PermitStateCountTriggers), so
/// every writer — the command layer, the workflow runtime, the data generator's bulk load, a manual SQL fix — moves
/// it in the same transaction; this module only reads it. Rows whose count fell to 0 stay.
/// </summary>
public sealed class PermitStateCount
{
    public const string TableName = "PermitStateCounts";

    public int EnterpriseId { get; set; }

    public string WorkflowState { get; set; } = "";

    public int Count { get; set; }
}
