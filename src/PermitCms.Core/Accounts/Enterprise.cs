namespace PermitCms.Core.Accounts;

/// <summary>An importing enterprise (进口单位). Every enterprise user belongs to exactly one.</summary>
public sealed class Enterprise
{
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 300;

    public int Id { get; set; }

    /// <summary>进口单位名称.</summary>
    public required string Name { get; set; }

    /// <summary>统一社会信用代码: 18 characters, checksum-valid (<see cref="CreditCode"/>).</summary>
    public required string CreditCode { get; set; }

    /// <summary>海关编码: the 10-character customs registration code.</summary>
    public required string CustomsCode { get; set; }

    public required string Address { get; set; }

    public string ContactName { get; set; } = "";

    public string ContactPhone { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}
