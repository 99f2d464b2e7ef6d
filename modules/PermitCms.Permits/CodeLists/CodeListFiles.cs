using System.Text;

namespace PermitCms.Permits.CodeLists;

/// <summary>
/// Turns the shipped CSVs into code-list items, marking what the data README (CodeLists/Data/README.md)
/// calls unconfirmed, and deactivating the currency codes that are not money one can pay in.
/// </summary>
internal static class CodeListFiles
{
    private const string IsoSource = "iso-codes 4.15.0";

    /// <summary>README "hs-8523.csv": codes whose names are truncated, absent or unconfirmed.</summary>
    private static readonly HashSet<string> UnconfirmedHsCodes =
        ["8523292810", "8523292890", "8523292900", "8523299010", "8523299020", "8523592020", "8523592090"];

    /// <summary>README "ISO files": withdrawn (HRK), precious metals, testing, SDR and fund codes — not offered.</summary>
    private static readonly HashSet<string> InactiveCurrencies =
        ["HRK", "XAU", "XAG", "XPT", "XPD", "XDR", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA",
         "BOV", "CLF", "COU", "CHE", "CHW", "MXV", "USN", "UYI", "UYW"];

    public static IEnumerable<CodeListItem> ReadAll()
    {
        // Districts: rows whose only source is G are unconfirmed by a second source.
        foreach (var (row, i) in Read("customs-districts"))
        {
            yield return Item(CodeListNames.CustomsDistrict, row["code"], row["name_zh"], row["name_en"], row["source"], i,
                unconfirmed: row["source"] == "G");
        }

        foreach (var (row, i) in Read("hs-8523"))
        {
            yield return Item(CodeListNames.HsCode, row["code"], row["name_zh"], row["name_en"], row["source"], i,
                unconfirmed: row["name_zh"].Length == 0 || UnconfirmedHsCodes.Contains(row["code"]));
        }

        foreach (var (row, i) in Read("carriers"))
        {
            yield return Item(CodeListNames.Carrier, row["code"], row["name_zh"], row["name_en"], "product decision", i, unconfirmed: false);
        }

        foreach (var (row, i) in Read("countries"))
        {
            yield return Item(CodeListNames.Country, row["alpha2"], row["name_zh"], row["name_en"], IsoSource, i, unconfirmed: false);
        }

        foreach (var (row, i) in Read("languages"))
        {
            yield return Item(CodeListNames.Language, row["alpha2"], row["name_zh"], row["name_en"], IsoSource, i, unconfirmed: false);
        }

        // Units: 164 is only in one source of three.
        foreach (var (row, i) in Read("customs-units"))
        {
            yield return Item(CodeListNames.Unit, row["code"], row["name_zh"], "", row["source"], i, unconfirmed: !row["source"].Contains(';'));
        }

        // Currencies: three wrong translations were left empty on purpose.
        foreach (var (row, i) in Read("currencies"))
        {
            var item = Item(CodeListNames.Currency, row["code"], row["name_zh"], row["name_en"], IsoSource, i, unconfirmed: row["name_zh"].Length == 0);
            item.IsActive = !InactiveCurrencies.Contains(item.Code);
            yield return item;
        }
    }

    private static CodeListItem Item(string list, string code, string nameZh, string nameEn, string source, int order, bool unconfirmed) => new()
    {
        ListName = list,
        Code = code,
        NameZh = nameZh,
        NameEn = nameEn,
        Source = source,
        SortOrder = order,
        IsUnconfirmed = unconfirmed,
    };

    private static IEnumerable<(IReadOnlyDictionary<string, string> Row, int Index)> Read(string file)
    {
        var name = $"PermitCms.Permits.CodeLists.{file}.csv";
        using var stream = typeof(CodeListFiles).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded code list {name} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var index = 0;
        foreach (var row in CsvReader.Read(reader).ToList())
        {
            yield return (row, index++);
        }
    }
}
