using PermitCms.Workflows.Abstractions;

namespace PermitCms.Workflows.Definitions;

/// <summary>
/// Column of each state for <see cref="WorkflowDiagram"/>: the transitions that close a cycle (found by a depth-first
/// walk from the initial state) are set aside, and each state goes one column right of its furthest predecessor.
/// Unreachable states get a column of their own after the last.
/// </summary>
public static class WorkflowDiagramLayout
{
    public static Dictionary<string, int> Layers(WorkflowDocument document)
    {
        var codes = document.States.Select(s => s.Code).ToHashSet(StringComparer.Ordinal);
        var edges = document.Transitions.Where(t => codes.Contains(t.From) && codes.Contains(t.To) && t.From != t.To).ToList();
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        if (document.InitialState is { } initial)
        {
            var forward = new List<(string From, string To)>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void Walk(string state)
            {
                seen.Add(state);
                onStack.Add(state);
                foreach (var t in edges.Where(e => e.From == state))
                {
                    if (onStack.Contains(t.To))
                    {
                        continue;
                    }

                    forward.Add((t.From, t.To));
                    if (!seen.Contains(t.To))
                    {
                        Walk(t.To);
                    }
                }

                onStack.Remove(state);
            }

            Walk(initial.Code);
            layers[initial.Code] = 0;

            // Longest path over the acyclic forward edges; at most |states| rounds.
            for (var round = 0; round < codes.Count; round++)
            {
                var changed = false;
                foreach (var (from, to) in forward.Where(e => layers.ContainsKey(e.From)))
                {
                    var layer = layers[from] + 1;
                    if (!layers.TryGetValue(to, out var current) || current < layer)
                    {
                        layers[to] = layer;
                        changed = true;
                    }
                }

                if (!changed)
                {
                    break;
                }
            }
        }

        var extra = layers.Count == 0 ? 0 : layers.Values.Max() + 1;
        foreach (var code in codes)
        {
            layers.TryAdd(code, extra);
        }

        return layers;
    }
}
