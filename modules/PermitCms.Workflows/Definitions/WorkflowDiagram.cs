using System.Globalization;
using System.Net;
using System.Text;
using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>
/// Draws a version as an SVG on the server (no script, no CDN). States stand in columns by their longest distance
/// from the initial state; a transition to the next column is a straight arrow, any other runs in its own lane
/// above (forward) or below (backward) the boxes, so that no line crosses a box.
/// </summary>
public static class WorkflowDiagram
{
    private const int BoxWidth = 130, BoxHeight = 56, ColumnGap = 170, RowGap = 50, Margin = 20, Lane = 26;

    public static string RenderSvg(WorkflowDocument document)
    {
        var layers = WorkflowDiagramLayout.Layers(document);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in document.States.Where(s => layers.ContainsKey(s.Code)).GroupBy(s => layers[s.Code]))
        {
            var row = 0;
            foreach (var state in group)
            {
                rows.TryAdd(state.Code, row++);
            }
        }

        var edges = document.Transitions.Where(t => layers.ContainsKey(t.From) && layers.ContainsKey(t.To)).ToList();
        var above = edges.Where(t => t.From != t.To && layers[t.To] > layers[t.From] && !Adjacent(t)).ToList();
        var below = edges.Where(t => t.From != t.To && layers[t.To] <= layers[t.From]).ToList();
        bool Adjacent(WorkflowTransitionDefinition t) => layers[t.To] == layers[t.From] + 1 && rows[t.From] == rows[t.To];

        var columns = layers.Count == 0 ? 1 : layers.Values.Max() + 1;
        var maxRows = rows.Count == 0 ? 1 : rows.Values.Max() + 1;
        var top = Margin + 30 + above.Count * Lane;
        var boxesBottom = top + maxRows * BoxHeight + (maxRows - 1) * RowGap;
        var width = Margin * 2 + columns * BoxWidth + (columns - 1) * ColumnGap + 40;
        var height = boxesBottom + 30 + below.Count * Lane + Margin;
        (double X, double Y) Box(string code) => (Margin + 20 + layers[code] * (BoxWidth + ColumnGap), top + rows[code] * (BoxHeight + RowGap));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"workflow-diagram\" role=\"img\" aria-label=\"流程图\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, 'Microsoft YaHei', sans-serif\" font-size=\"12\">");
        svg.Append("<defs><marker id=\"wf-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#5b6b7c\"/></marker></defs>");

        var labels = new StringBuilder();
        var gapUse = new Dictionary<(double, bool), int>();
        double GapX(double boxX, bool rightSide)
        {
            // Vertical runs sit in the gap beside a column, each a few pixels apart.
            var n = gapUse.GetValueOrDefault((boxX, rightSide));
            gapUse[(boxX, rightSide)] = n + 1;
            return rightSide ? boxX + BoxWidth + 14 + n * 7 : boxX - 14 - n * 7;
        }

        var sides = new Dictionary<string, int>(StringComparer.Ordinal);
        double SideY(string code, double y)
        {
            var n = sides.GetValueOrDefault(code);
            sides[code] = n + 1;
            return y + 12 + (n % 4) * 10;
        }

        foreach (var t in edges.Where(t => t.From != t.To && Adjacent(t)))
        {
            var (fx, fy) = Box(t.From);
            var (tx, ty) = Box(t.To);
            Path(svg, $"M{fx + BoxWidth},{fy + BoxHeight / 2.0} L{tx},{ty + BoxHeight / 2.0}");
            Label(labels, (fx + BoxWidth + tx) / 2, fy + BoxHeight / 2.0 - 5, t);
        }

        for (var i = 0; i < above.Count; i++)
        {
            var t = above[i];
            var (fx, fy) = Box(t.From);
            var (tx, ty) = Box(t.To);
            var laneY = top - 24 - i * Lane;
            var (x1, x2) = (GapX(fx, true), GapX(tx, false));
            var (y1, y2) = (SideY(t.From, fy), SideY(t.To, ty));
            Path(svg, $"M{fx + BoxWidth},{y1} L{x1},{y1} L{x1},{laneY} L{x2},{laneY} L{x2},{y2} L{tx},{y2}");
            Label(labels, (x1 + x2) / 2, laneY - 4, t);
        }

        for (var i = 0; i < below.Count; i++)
        {
            var t = below[i];
            var (fx, fy) = Box(t.From);
            var (tx, ty) = Box(t.To);
            var laneY = boxesBottom + 24 + i * Lane;
            var (x1, x2) = (GapX(fx, true), GapX(tx, false));
            var (y1, y2) = (SideY(t.From, fy) + 14, SideY(t.To, ty) + 14);
            Path(svg, $"M{fx + BoxWidth},{y1} L{x1},{y1} L{x1},{laneY} L{x2},{laneY} L{x2},{y2} L{tx},{y2}");
            Label(labels, (x1 + x2) / 2, laneY - 4, t);
        }

        foreach (var t in edges.Where(t => t.From == t.To))
        {
            var (x, y) = Box(t.From);
            var cx = x + BoxWidth / 2.0;
            Path(svg, $"M{cx - 18},{y} C{cx - 36},{y - 40} {cx + 36},{y - 40} {cx + 18},{y}");
            Label(labels, cx, y - 34, t);
        }

        foreach (var state in document.States.Where(s => rows.ContainsKey(s.Code)).DistinctBy(s => s.Code))
        {
            StateBox(svg, state, Box(state.Code));
        }

        svg.Append(labels).Append("</svg>");
        return svg.ToString();
    }

    private static void Path(StringBuilder svg, string d)
        => svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{d}\" fill=\"none\" stroke=\"#5b6b7c\" stroke-width=\"1.4\" stroke-linejoin=\"round\" marker-end=\"url(#wf-arrow)\"/>");

    private static void Label(StringBuilder svg, double x, double y, WorkflowTransitionDefinition t)
    {
        var text = $"{t.NameZh}{(t.CommentRequired ? "*" : "")}（{RoleNames.Zh(t.Roles)}）";
        var w = text.Length * 12 + 8;
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x - w / 2.0}\" y=\"{y - 12}\" width=\"{w}\" height=\"16\" rx=\"3\" fill=\"#fff\" fill-opacity=\"0.92\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"middle\" fill=\"#1f3b57\">{Escape(text)}</text>");
    }

    private static void StateBox(StringBuilder svg, WorkflowStateDefinition state, (double X, double Y) p)
    {
        var (stroke, fill) = state.IsInitial ? ("#198754", "#e9f7ef") : state.IsFinal ? ("#343a40", "#eceff3") : ("#0d6efd", "#eef4ff");
        var dash = state.Listed ? "" : " stroke-dasharray=\"5 3\"";
        var strokeWidth = state.IsFinal ? 3 : 1.6;
        string[] flags = [state.Code, state.IsInitial ? "初始" : "", state.IsFinal ? "终态" : "", state.OwnerCanEdit ? "可编辑" : "", state.Listed ? "" : "隐藏"];
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"wf-state\" data-code=\"{Escape(state.Code)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{p.X}\" y=\"{p.Y}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"8\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"{strokeWidth}\"{dash}/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + BoxWidth / 2.0}\" y=\"{p.Y + 24}\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"600\" fill=\"#1d2b3a\">{Escape(state.NameZh)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{p.X + BoxWidth / 2.0}\" y=\"{p.Y + 43}\" text-anchor=\"middle\" font-size=\"10.5\" fill=\"#5b6b7c\">{Escape(string.Join(" · ", flags.Where(f => f.Length > 0)))}</text>");
        svg.Append("</g>");
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
