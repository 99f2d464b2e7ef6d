using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("The quantity of one goods line in a use.")]
public sealed record CustomsApiUseLine(
    [property: Description("序号 of the permit's goods line.")] int LineNo,
    [property: Description("Quantity used (a whole number above 0).")] int Quantity);
