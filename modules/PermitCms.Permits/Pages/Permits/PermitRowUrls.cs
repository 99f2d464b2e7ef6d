using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace PermitCms.Permits.Pages.Permits;

/// <summary>
/// The per-row URLs of a list (details, 修改, the action buttons), generated once per page and kind with a sentinel id
/// and filled in for each row: URL generation was a measurable share of 批准单查询's rendering (issue 11), 2–5 URLs
/// per row. The result is the exact string <see cref="IUrlHelper"/> gives; where the sentinel does not occur exactly
/// once in the generated URL, every row is generated as before.
/// </summary>
public sealed class PermitRowUrls(IUrlHelper url, string returnUrl)
{
    private const int SentinelId = int.MaxValue;
    private static readonly string Sentinel = SentinelId.ToString(CultureInfo.InvariantCulture);

    private readonly Dictionary<string, (string Before, string After)?> templates = [];

    public string Details(int id) => Fill("details", id, i => url.Page("/Permits/Details", new { id = i, returnUrl }));

    public string Edit(int id) => Fill("edit", id, i => url.Page("/Permits/Apply", new { id = i }));

    public string Fire(int id, string trigger) => Fill("fire:" + trigger, id, i => url.Page("/Permits/Query", "Fire", new { id = i, trigger, returnUrl }));

    public string Certificate(int id) => Fill("certificate", id, i => url.Page("/Permits/Details", "Certificate", new { id = i }));

    public string Copy(int id) => Fill("copy", id, i => url.Page("/Permits/Query", "Copy", new { id = i }));

    private string Fill(string kind, int id, Func<int, string?> generate)
    {
        if (!templates.TryGetValue(kind, out var template))
        {
            var sample = generate(SentinelId) ?? "";
            var at = sample.IndexOf(Sentinel, StringComparison.Ordinal);
            template = at >= 0 && at == sample.LastIndexOf(Sentinel, StringComparison.Ordinal)
                ? (sample[..at], sample[(at + Sentinel.Length)..])
                : null;
            templates[kind] = template;
        }

        return template is var (before, after)
            ? string.Concat(before, id.ToString(CultureInfo.InvariantCulture), after)
            : generate(id) ?? "";
    }
}
