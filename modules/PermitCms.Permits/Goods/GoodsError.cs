namespace PermitCms.Permits.Goods;

/// <summary>One problem with one field of one goods line; <see cref="Row"/> is the workbook row (0 for the dialog).</summary>
public sealed record GoodsError(int Row, string Column, string Field, string Message);
