using System.Globalization;
using System.Net;
using System.Text;

namespace PermitCms.Workflows.Definitions;

/// <summary>
/// Draws a version as an SVG on the server (no script, no CDN): states in columns by their distance from the
/// initial state, forward transitions as straight arrows, backward ones as curves below the boxes.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 150, BoxHeight = 56, ColumnGap = 130, RowGap = 70, Margin = 30;

    public static string RenderSvg(WorkflowDocument document)
    {
        var layers = Layers(document);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in document.States.GroupBy(s => layers[s.Code]))
        {
            var row = 0;
            foreach (var state in group)
            {
                rows[state.Code] = row++;
            }
        }

        var columns = layers.Count == 0 ? 1 : layers.Values.Max() + 1;
        var maxRows = rows.Count == 0 ? 1 : rows.Values.Max() + 1;
        var backEdges = document.Transitions.Count(t => Known(t, layers) && layers[t.To] <= layers[t.From]);
        var width = Margin * 2 + columns * BoxWidth + (columns - 1) * ColumnGap;
        var height = Margin * 2 + maxRows * BoxHeight + (maxRows - 1) * RowGap + 40 + backEdges * 22;
        (double X, double Y) Position(string code) => (Margin + layers[code] * (BoxWidth + ColumnGap), Margin + 20 + rows[code] * (BoxHeight + RowGap));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" aria-label=\"流程图\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, 'Microsoft YaHei', sans-serif\" font-size=\"12\">");
        svg.Append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5b6b7c\"/></marker></defs>");

        var back = 0;
        var pairCount = new Dictionary<(string, string), int>();
        foreach (var t in document.Transitions.Where(t => Known(t, layers)))
        {
            var key = (t.From, t.To);
            var nth = pairCount.GetValueOrDefault(key);
            pairCount[key] = nth + 1;
            var (fx, fy) = Position(t.From);
            var (tx, ty) = Position(t.To);
            var label = t.NameZh + (t.CommentRequired ? "*" : "");
            var roles = RoleNames.Zh(t.Roles);
            if (t.From == t.To)
            {
                var cx = fx + BoxWidth / 2;
                Path(svg, $"M{cx - 20},{fy} C{cx - 40},{fy - 45} {cx + 40},{fy - 45} {cx + 20},{fy}");
                Label(svg, cx, fy - 40, label, roles);
            }
            else if (layers[t.To] > layers[t.From])
            {
                var (x1, y1, x2, y2) = (fx + BoxWidth, fy + BoxHeight / 2 + nth * 10, tx, ty + BoxHeight / 2 + nth * 10);
                Path(svg, $"M{x1},{y1} L{x2},{y2}");
                Label(svg, (x1 + x2) / 2, (y1 + y2) / 2 - 4 + nth * 26, label, roles);
            }
            else
            {
                // Backward: under the boxes, each a little deeper so that labels do not overlap.
                var depth = Margin + 20 + maxRows * BoxHeight + (maxRows - 1) * RowGap + 16 + back++ * 22;
                var (x1, x2) = (fx + BoxWidth / 2 + 12, tx + BoxWidth / 2 - 12);
                Path(svg, $"M{x1},{fy + BoxHeight} C{x1},{depth} {x2},{depth} {x2},{ty + BoxHeight}");
                Label(svg, (x1 + x2) / 2, depth - 4, label, roles);
            }
        }

        foreach (var state in document.States.Where(s => rows.ContainsKey(s.Code)))
        {
            Box(svg, state, Position(state.Code));
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static bool Known(WorkflowTransitionDefinition t, Dictionary<string, int> layers) => layers.ContainsKey(t.From) && layers.ContainsKey(t.To);

    /// <summary>Distance from the initial state; unreachable states go in a column after the last.</summary>
    private static Dictionary<string, int> Layers(WorkflowDocument document)
    {
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document.InitialState is { } initial)
        {
            layers[initial.Code] = 0;
            var queue = new Queue<string>([initial.Code]);
            while (queue.TryDequeue(out var state))
            {
                foreach (var to in document.Transitions.Where(t => t.From == state).Select(t => t.To))
                {
                    if (document.FindState(to) is not null && layers.TryAdd(to, layers[state] + 1))
                    {
                        queue.Enqueue(to);
                    }
                }
            }
        }

        var extra = layers.Count == 0 ? 0 : layers.Values.Max() + 1;
        foreach (var state in document.States)
        {
            layers.TryAdd(state.Code, extra);
        }

        return layers;
    }

    private static void Path(StringBuilder svg, string d)
        => svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{d}\" fill=\"none\" stroke=\"#5b6b7c\" stroke-width=\"1.5\" marker-end=\"url(#wf-arrow)\"/>");

    private static void Label(StringBuilder svg, double x, double y, string name, string roles)
    {
        var text = $"{name}（{roles}）";
        var w = text.Length * 12 + 10;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - w / 2.0}\" y=\"{y - 13}\" width=\"{w}\" height=\"17\" rx=\"3\" fill=\"#fff\" fill-opacity=\"0.9\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" fill=\"#1f3b57\">{Escape(text)}</text>");
    }

    private static void Box(StringBuilder svg, WorkflowStateDefinition state, (double X, double Y) p)
    {
        var (stroke, fill) = state.IsInitial ? ("#198754", "#e9f7ef") : state.IsFinal ? ("#343a40", "#eceff3") : ("#0d6efd", "#eef4ff");
        var dash = state.Listed ? "" : " stroke-dasharray=\"5 3\"";
        var strokeWidth = state.IsFinal ? 3 : 1.6;
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"wf-state\" data-code=\"{Escape(state.Code)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{p.X}\" y=\"{p.Y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth}\"{dash}/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + BoxWidth / 2.0}\" y=\"{p.Y + 24}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"#1d2b3a\">{Escape(state.NameZh)}</text>");
        var flags = new List<string> { state.Code };
        if (state.IsInitial) flags.Add("初始");
        if (state.IsFinal) flags.Add("终态");
        if (state.OwnerCanEdit) flags.Add("可编辑");
        if (!state.Listed) flags.Add("隐藏");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + BoxWidth / 2.0}\" y=\"{p.Y + 43}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#5b6b7c\">{Escape(string.Join(" · ", flags))}</text>");
        svg.Append("</g>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
