using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("One recorded use (核销).")]
public sealed record CustomsApiUse(
    [property: Description("The use's number: 1 for the first use of this permit.")] int UseNo,
    [property: Description("Recorded (UTC).")] DateTime UsedAt,
    [property: Description("The customs user who recorded it.")] string UsedBy,
    [property: Description("报关单号, when given.")] string? DeclarationNo,
    [property: Description("Quantities used, one entry per goods line.")] IReadOnlyList<CustomsApiUseLine> Lines);
