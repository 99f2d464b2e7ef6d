namespace PermitCms.Permits.CodeLists;

/// <summary>One value of a code list (a port, a country, a currency …), seeded from the module's CSVs.</summary>
public sealed class CodeListItem
{
    public int Id { get; set; }

    /// <summary>Which list; see <see cref="CodeListNames"/>.</summary>
    public string ListName { get; set; } = "";

    public string Code { get; set; } = "";

    public string NameZh { get; set; } = "";

    public string NameEn { get; set; } = "";

    /// <summary>Where the value comes from (source keys of the data README, or "product decision").</summary>
    public string Source { get; set; } = "";

    /// <summary>False hides the value from drop-downs and refuses it in new input.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>Not confirmed by a second source (data README); shown with a note so administrators correct it.</summary>
    public bool IsUnconfirmed { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Raised by every change: with the row count it stamps the lists, so every instance sees a change at once.</summary>
    public int Revision { get; set; }

    /// <summary>What drop-downs show: the Chinese name, or the English one where no Chinese name is known.</summary>
    public string DisplayName => NameZh.Length > 0 ? NameZh : NameEn;
}
