namespace PermitCms.Permits.CodeLists;

/// <summary>The active values of every code list, indexed for fast lookups (10,000 imported lines check against it).</summary>
public sealed class CodeListSnapshot
{
    private readonly Dictionary<string, List<CodeListItem>> lists;
    private readonly Dictionary<string, Dictionary<string, CodeListItem>> byCode;
    private readonly Dictionary<string, Dictionary<string, CodeListItem>> byName;
    private readonly Dictionary<CodeListItem, string> labels = new(ReferenceEqualityComparer.Instance);

    public CodeListSnapshot(IEnumerable<CodeListItem> items)
    {
        lists = items.GroupBy(i => i.ListName).ToDictionary(g => g.Key, g => g.ToList());
        byCode = lists.ToDictionary(l => l.Key, l => l.Value.ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase));
        // A Chinese name is accepted for its code only where it names exactly one value of the list.
        byName = lists.ToDictionary(
            l => l.Key,
            l => l.Value.Where(i => i.NameZh.Length > 0).GroupBy(i => i.NameZh).Where(g => g.Count() == 1)
                .ToDictionary(g => g.Key, g => g.Single(), StringComparer.Ordinal));
        // Formatted once per snapshot: a goods page shows 200 labels, the query page 20 (issue 11).
        foreach (var item in lists.Values.SelectMany(l => l))
        {
            labels[item] = Format(item);
        }
    }

    public IReadOnlyList<CodeListItem> Items(string list) => lists.TryGetValue(list, out var items) ? items : [];

    public CodeListItem? Find(string list, string? code)
        => code is not null && byCode.TryGetValue(list, out var codes) && codes.TryGetValue(code.Trim(), out var item) ? item : null;

    /// <summary>
    /// The canonical code for what a user typed: the code itself (any case), or a Chinese name that names
    /// exactly one value (a filled-in workbook often holds "张" rather than "035"). Null when nothing matches.
    /// </summary>
    public string? Resolve(string list, string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var text = input.Trim();
        if (Find(list, text) is { } item)
        {
            return item.Code;
        }

        return byName.TryGetValue(list, out var names) && names.TryGetValue(text, out var named) ? named.Code : null;
    }

    /// <summary>"CODE 名称" for lists and error messages, with a note on unconfirmed values.</summary>
    public string Label(string list, string? code)
        => Find(list, code) is { } item ? labels[item] : code ?? "";

    /// <summary>The display name alone, for narrow grid columns (the code goes in a tooltip).</summary>
    public string Name(string list, string? code) => Find(list, code)?.DisplayName ?? code ?? "";

    public static string Format(CodeListItem item)
        => $"{item.Code} {item.DisplayName}{(item.IsUnconfirmed ? "（待确认）" : "")}";
}
