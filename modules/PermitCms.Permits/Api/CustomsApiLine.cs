using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("A goods line of an issued permit with its quantities.")]
public sealed record CustomsApiLine(
    [property: Description("序号: the line number a use names.")] int LineNo,
    [property: Description("节目名称.")] string Title,
    [property: Description("商品编号 (HS code).")] string HsCode,
    [property: Description("计量单位 (name).")] string Unit,
    [property: Description("Approved quantity (批准数量).")] int Approved,
    [property: Description("Quantity used so far (已核销).")] int Used,
    [property: Description("Quantity left (剩余可核销) = approved − used.")] int Remaining);
