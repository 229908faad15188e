namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// The part of the graph one re-score works on, renumbered 0..n-1 with its upstream links in flat
/// arrays (compressed rows), so the propagation runs over arrays and allocates in proportion to the
/// scope rather than to the whole graph. Links from outside the scope are left out: the scope is
/// always chosen so that nothing outside it can reach the suppliers being scored within the tier limit.
/// </summary>
internal sealed class ScoringScope
{
    ScoringScope(RiskGraph graph, int[] slots, int[] upStart, int[] upNodes)
    {
        Graph = graph;
        Slots = slots;
        UpStart = upStart;
        UpNodes = upNodes;
    }

    public RiskGraph Graph { get; }

    /// <summary>Graph slot of each local index.</summary>
    public int[] Slots { get; }

    /// <summary>Local index i buys from <c>UpNodes[UpStart[i] .. UpStart[i + 1]]</c>, in the graph's link order.</summary>
    public int[] UpStart { get; }

    public int[] UpNodes { get; }

    public int Count => Slots.Length;

    public SupplierFacts? FactsAt(int local) => Graph.FactsAt(Slots[local]);

    public Guid IdAt(int local) => Graph.IdAt(Slots[local]);

    /// <summary>The whole graph.</summary>
    public static ScoringScope All(RiskGraph graph)
    {
        var slots = new List<int>(graph.SlotCount);
        for (var slot = 0; slot < graph.SlotCount; slot++)
            if (graph.IsUsed(slot))
                slots.Add(slot);
        return Of(graph, slots);
    }

    /// <summary>
    /// <paramref name="targets"/> and everything up to <paramref name="maxTiers"/> tiers upstream of
    /// them: all that can pass risk to a target.
    /// </summary>
    public static ScoringScope Around(RiskGraph graph, IReadOnlyList<int> targets, int maxTiers)
    {
        var depth = new Dictionary<int, int>(targets.Count * 2);
        var queue = new Queue<int>();
        foreach (var t in targets)
            if (depth.TryAdd(t, 0))
                queue.Enqueue(t);
        while (queue.Count > 0)
        {
            var slot = queue.Dequeue();
            var next = depth[slot] + 1;
            if (next > maxTiers)
                continue;
            foreach (var link in graph.UpstreamAt(slot) ?? [])
                if (depth.TryAdd(link.Node, next))
                    queue.Enqueue(link.Node);
        }
        return Of(graph, depth.Keys.ToList());
    }

    static ScoringScope Of(RiskGraph graph, List<int> slots)
    {
        var localOf = LocalIndex(graph.SlotCount, slots);
        var upStart = new int[slots.Count + 1];
        var upNodes = new List<int>(slots.Count * 3);
        for (var i = 0; i < slots.Count; i++)
        {
            upStart[i] = upNodes.Count;
            foreach (var link in graph.UpstreamAt(slots[i]) ?? [])
                if (localOf(link.Node) is var local and >= 0)
                    upNodes.Add(local);
        }
        upStart[slots.Count] = upNodes.Count;
        return new ScoringScope(graph, [.. slots], upStart, [.. upNodes]);
    }

    /// <summary>Slot → local index (-1 outside): an array for a large scope, a dictionary for a small one.</summary>
    static Func<int, int> LocalIndex(int slotCount, List<int> slots)
    {
        if (slots.Count * 8 >= slotCount)
        {
            var array = new int[slotCount];
            Array.Fill(array, -1);
            for (var i = 0; i < slots.Count; i++)
                array[slots[i]] = i;
            return slot => array[slot];
        }
        var map = new Dictionary<int, int>(slots.Count);
        for (var i = 0; i < slots.Count; i++)
            map[slots[i]] = i;
        return slot => map.TryGetValue(slot, out var local) ? local : -1;
    }
}
