namespace PermitCms.Permits.Abstractions;

/// <summary>One 核销 already recorded: when, by whom, against which declaration, and the quantity per 序号.</summary>
public sealed record PermitUseRecord(int UseNo, DateTime UsedAt, string UsedBy, string? DeclarationNo, IReadOnlyDictionary<int, int> Quantities);
