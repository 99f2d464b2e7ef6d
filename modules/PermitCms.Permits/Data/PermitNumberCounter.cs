namespace PermitCms.Permits.Data;

/// <summary>The last sequence number handed out for one day's application numbers (one row per day).</summary>
public sealed class PermitNumberCounter
{
    public const string TableName = "PermitNumberCounters";

    /// <summary>yyyyMMdd.</summary>
    public string Day { get; set; } = "";

    public int LastValue { get; set; }
}
