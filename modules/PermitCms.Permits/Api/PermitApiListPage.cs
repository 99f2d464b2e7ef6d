using System.ComponentModel;

namespace PermitCms.Permits.Api;

[Description("One page of 批准单查询.")]
public sealed record PermitApiListPage(IReadOnlyList<PermitApiListItem> Items, [property: Description("Matching applications.")] int Total, int Page, int PageSize, int PageCount);
