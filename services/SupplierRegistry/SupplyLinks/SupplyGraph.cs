namespace SupplierDD.SupplierRegistry.SupplyLinks;

/// <summary>
/// The supply graph in memory with a dynamic topological order (Pearce–Kelly), for bulk link imports:
/// a new edge that already follows the order is accepted in O(1); otherwise only the nodes between
/// the two positions are searched, and either a cycle is reported or the order is repaired locally.
/// Edges run upstream → downstream (who supplies whom).
/// </summary>
public sealed class SupplyGraph
{
    readonly Dictionary<Guid, int> index = [];
    readonly List<int> order = [];
    readonly List<HashSet<int>> downstream = [];
    readonly List<HashSet<int>> upstream = [];
    readonly List<Guid> ids = [];

    public int NodeCount => ids.Count;

    /// <summary>
    /// Builds the graph from existing edges (which must be acyclic). <paramref name="expected"/> are edges
    /// about to be added: nodes are first laid out in a topological order of both together, so
    /// adding the expected edges later rarely has to repair the order (bulk imports stay linear).
    /// </summary>
    public static SupplyGraph From(IReadOnlyCollection<(Guid Upstream, Guid Downstream)> edges, IReadOnlyCollection<(Guid Upstream, Guid Downstream)>? expected = null)
    {
        var graph = new SupplyGraph();
        foreach (var node in TopologicalOrder(expected is null ? edges : edges.Concat(expected))) graph.Node(node);
        foreach (var (u, d) in edges)
            if (!graph.TryAdd(u, d, out _)) throw new InvalidOperationException("The stored supply graph has a cycle.");
        return graph;
    }

    /// <summary>Reverse DFS post-order: a topological order where the edges allow one, a near one where they close cycles.</summary>
    static List<Guid> TopologicalOrder(IEnumerable<(Guid Upstream, Guid Downstream)> edges)
    {
        var next = new Dictionary<Guid, List<Guid>>();
        var nodes = new List<Guid>();
        foreach (var (u, d) in edges)
        {
            if (!next.TryGetValue(u, out var list)) { next[u] = list = []; nodes.Add(u); }
            list.Add(d);
            if (!next.ContainsKey(d)) { next[d] = []; nodes.Add(d); }
        }
        var visited = new HashSet<Guid>();
        var postOrder = new List<Guid>(nodes.Count);
        var stack = new Stack<(Guid Node, int Child)>();
        foreach (var root in nodes)
        {
            if (!visited.Add(root)) continue;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, child) = stack.Pop();
                var children = next[node];
                if (child < children.Count)
                {
                    stack.Push((node, child + 1));
                    if (visited.Add(children[child])) stack.Push((children[child], 0));
                }
                else postOrder.Add(node);
            }
        }
        postOrder.Reverse();
        return postOrder;
    }

    /// <summary>Adds upstream → downstream unless it closes a cycle; then <paramref name="cycle"/> lists the loop from downstream back to upstream.</summary>
    public bool TryAdd(Guid upstreamId, Guid downstreamId, out IReadOnlyList<Guid> cycle)
    {
        cycle = [];
        if (upstreamId == downstreamId)
        {
            cycle = [upstreamId];
            return false;
        }
        int x = Node(upstreamId), y = Node(downstreamId);
        if (downstream[x].Contains(y)) return true;
        if (order[x] < order[y])
        {
            Link(x, y);
            return true;
        }
        // y must come after x: look for x forward from y within the affected window.
        var lower = order[y];
        var upper = order[x];
        var parent = new Dictionary<int, int>();
        var forward = new List<int>();
        var stack = new Stack<int>();
        stack.Push(y);
        parent[y] = -1;
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            forward.Add(n);
            foreach (var next in downstream[n])
            {
                if (next == x)
                {
                    parent[x] = n;
                    cycle = Path(parent, x);
                    return false;
                }
                if (order[next] < upper && parent.TryAdd(next, n)) stack.Push(next);
            }
        }
        var backward = new List<int>();
        var seen = new HashSet<int> { x };
        stack.Push(x);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            backward.Add(n);
            foreach (var prev in upstream[n])
                if (order[prev] > lower && seen.Add(prev)) stack.Push(prev);
        }
        Reorder(backward, forward);
        Link(x, y);
        return true;
    }

    public bool Contains(Guid upstreamId, Guid downstreamId) =>
        index.TryGetValue(upstreamId, out var x) && index.TryGetValue(downstreamId, out var y) && downstream[x].Contains(y);

    void Reorder(List<int> backward, List<int> forward)
    {
        backward.Sort((a, b) => order[a].CompareTo(order[b]));
        forward.Sort((a, b) => order[a].CompareTo(order[b]));
        var nodes = backward.Concat(forward).ToList();
        var slots = nodes.Select(n => order[n]).Order().ToList();
        for (var i = 0; i < nodes.Count; i++) order[nodes[i]] = slots[i];
    }

    IReadOnlyList<Guid> Path(Dictionary<int, int> parent, int end)
    {
        var path = new List<Guid>();
        for (var n = end; n != -1; n = parent[n]) path.Add(ids[n]);
        path.Reverse();
        return path;
    }

    void Link(int x, int y)
    {
        downstream[x].Add(y);
        upstream[y].Add(x);
    }

    int Node(Guid id)
    {
        if (index.TryGetValue(id, out var n)) return n;
        n = ids.Count;
        index[id] = n;
        ids.Add(id);
        order.Add(n);
        downstream.Add([]);
        upstream.Add([]);
        return n;
    }
}
