using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("A use (核销) to record against the permit in the URL. Refused whole, with nothing stored, when any line exceeds what is left.")]
public sealed record CustomsApiUseBody(
    [property: Description("进口单位统一社会信用代码 (18 characters): must match the permit's importer.")] string? CreditCode,
    [property: Description("报关单号 (optional, at most 30 characters).")] string? DeclarationNo,
    [property: Description("Quantities by 序号; lines left out are not used this time.")] IReadOnlyList<CustomsApiUseLine>? Lines);
