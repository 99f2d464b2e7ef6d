namespace PermitCms.Permits.Data;

/// <summary>
/// 核销记录: one goods line's quantity used at customs in one use (<see cref="UseNo"/> groups the lines of one
/// 核销, numbered 1, 2 … per permit). Rows are only ever added, in the transaction that checked the quantities.
/// </summary>
public sealed class PermitUse
{
    public const int DeclarationNoMaxLength = 30;

    public int Id { get; set; }

    public int PermitApplicationId { get; set; }

    public int UseNo { get; set; }

    public int PermitGoodsId { get; set; }

    /// <summary>序号 of the goods line, kept beside its id so the record reads on its own.</summary>
    public int LineNo { get; set; }

    public int Quantity { get; set; }

    /// <summary>报关单号: the customs declaration the goods were cleared with (optional).</summary>
    public string? DeclarationNo { get; set; }

    public DateTime UsedAt { get; set; }

    public string UsedBy { get; set; } = "";
}
