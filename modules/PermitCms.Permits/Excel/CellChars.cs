using System.Xml;

namespace PermitCms.Permits.Excel;

/// <summary>
/// One reused buffer for the attribute and &lt;v&gt; text of the cell being read (<see cref="SheetReader"/>): a
/// reference, a type or a shared-string index is parsed from it without a string, and a short value that repeats
/// (codes, quantities, units) is handed out as the same string instance each time. Measured: the import read
/// 440,000 attribute strings and 220,000 values for 20,000 lines, most of them garbage at once.
/// </summary>
internal sealed class CellChars
{
    /// <summary>Values up to this length are looked up before a string is made; longer ones are rarely repeated.</summary>
    private const int ShortValue = 24;

    /// <summary>Bounded whatever the sheet holds (a hostile one may hold nothing but distinct short values).</summary>
    private const int MaxKept = 4096;

    private static readonly string[] Types = ["s", "n", "str", "inlineStr", "b", "e", "d"];

    private readonly Dictionary<string, string> kept = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private char[] chars = new char[64];

    public CellChars() => lookup = kept.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Appends the value of the node the reader is on (an attribute or a text node), whatever its length.</summary>
    public void Append(XmlReader reader)
    {
        while (true)
        {
            // Room for two at least: given one, ReadValueChunk throws rather than split a surrogate pair (an emoji).
            if (chars.Length - Length < 2)
            {
                Array.Resize(ref chars, chars.Length * 2);
            }

            var read = reader.ReadValueChunk(chars, Length, chars.Length - Length);
            if (read == 0)
            {
                return;
            }

            Length += read;
        }
    }

    /// <summary>The value of attribute <paramref name="name"/> of the current element into the buffer; false if it has none. Leaves the reader on the element.</summary>
    public bool ReadAttribute(XmlReader reader, string name)
    {
        Length = 0;
        if (!reader.MoveToAttribute(name))
        {
            return false;
        }

        Append(reader);
        reader.MoveToElement();
        return true;
    }

    /// <summary>A cell's <c>t</c> as one of the format's type names without allocating (any other text as itself).</summary>
    public string? ReadType(XmlReader reader)
    {
        if (!ReadAttribute(reader, "t"))
        {
            return null;
        }

        foreach (var type in Types)
        {
            if (Span.SequenceEqual(type))
            {
                return type;
            }
        }

        return Span.ToString();
    }

    /// <summary>The buffer as a string: a short one already seen is the same instance.</summary>
    public string Text()
    {
        if (Length > ShortValue)
        {
            return Span.ToString();
        }

        if (lookup.TryGetValue(Span, out var known))
        {
            return known;
        }

        var text = Span.ToString();
        if (kept.Count < MaxKept)
        {
            kept.Add(text, text);
        }

        return text;
    }
}
