namespace PermitCms.Permits.Abstractions;

/// <summary>原产国(地区): how many applications carry goods from it, and how many goods lines.</summary>
public sealed record StatisticsOrigin(string Code, string Name, int Applications, int GoodsLines);
