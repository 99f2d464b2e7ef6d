namespace PermitCms.Permits.Abstractions;

/// <summary>
/// One refused field: <see cref="Field"/> is the input's property name (e.g. "ApprovalFormNo", "Quantity");
/// for a workbook, <see cref="Row"/> and <see cref="Column"/> say where in the sheet.
/// </summary>
public sealed record PermitFieldError(string Field, string Message, int? Row = null, string? Column = null);
