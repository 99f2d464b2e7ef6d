using System.Text;

namespace PermitCms.Permits.CodeLists;

/// <summary>A small RFC 4180 reader for the shipped code-list files (quoted fields, doubled quotes, commas, no line breaks in fields).</summary>
internal static class CsvReader
{
    /// <summary>The rows after the header, each as a map from header name to value.</summary>
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(TextReader reader)
    {
        var header = reader.ReadLine() is { } first ? Split(first) : [];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = i < fields.Count ? fields[i].Trim() : "";
            }

            yield return row;
        }
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
