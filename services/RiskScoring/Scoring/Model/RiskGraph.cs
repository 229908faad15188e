namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Suppliers and who supplies whom, in memory, as the engine scores them. Built once from the
/// projection with <see cref="Build"/>, then kept current by the caller as events arrive. Tolerates
/// what a projection fed by events can briefly hold: a link whose supplier is not known yet (the
/// supplier is a placeholder — passed through, not scored — until its facts arrive) and even cycles.
/// Not thread-safe: the caller serialises changes and re-scores.
/// </summary>
public sealed class RiskGraph
{
    /// <summary>A link as stored on one of its ends: the supplier at the other end, and the material.</summary>
    internal readonly record struct Link(int Node, string Material);

    readonly Dictionary<Guid, int> slotOf = [];
    readonly List<Guid> ids = [];
    readonly List<SupplierFacts?> facts = [];
    readonly List<List<Link>?> upstream = [];
    readonly List<List<Link>?> downstream = [];
    readonly Stack<int> freeSlots = new();

    /// <summary>Suppliers with facts (placeholders known only from links are not counted).</summary>
    public int Count { get; private set; }

    /// <summary>Supply links.</summary>
    public int EdgeCount { get; private set; }

    /// <summary>A graph of <paramref name="suppliers"/> (the last of a repeated id wins) and <paramref name="edges"/> (repeats ignored).</summary>
    public static RiskGraph Build(IEnumerable<SupplierFacts> suppliers, IEnumerable<SupplyEdge> edges)
    {
        var graph = new RiskGraph();
        foreach (var supplier in suppliers)
            graph.Upsert(supplier);
        foreach (var edge in edges)
            graph.AddEdge(edge);
        return graph;
    }

    /// <summary>The facts of <paramref name="supplierId"/>, or null when unknown or only known from a link.</summary>
    public SupplierFacts? Find(Guid supplierId) => slotOf.TryGetValue(supplierId, out var slot) ? facts[slot] : null;

    /// <summary>Every supplier with facts.</summary>
    public IEnumerable<SupplierFacts> Suppliers => facts.OfType<SupplierFacts>();

    /// <summary>Adds a supplier, or replaces its facts (its links stay).</summary>
    public void Upsert(SupplierFacts supplier)
    {
        ArgumentNullException.ThrowIfNull(supplier);
        var slot = SlotFor(supplier.SupplierId);
        if (facts[slot] is null)
            Count++;
        facts[slot] = supplier;
    }

    /// <summary>
    /// Removes a supplier and all its links. Returns the suppliers it delivered to: their upstream
    /// risk changes, so pass them to <see cref="RiskEngine.ScoreAffected"/> (the graph no longer knows them as its downstream).
    /// </summary>
    public IReadOnlyList<Guid> Remove(Guid supplierId)
    {
        if (!slotOf.TryGetValue(supplierId, out var slot))
            return [];
        var formerDownstream = (downstream[slot] ?? []).Select(l => ids[l.Node]).Distinct().ToList();
        foreach (var link in (upstream[slot] ?? []).ToList())
            RemoveLink(link.Node, slot, link.Material);
        foreach (var link in (downstream[slot] ?? []).ToList())
            RemoveLink(slot, link.Node, link.Material);
        if (facts[slot] is not null)
            Count--;
        Release(slot);
        return formerDownstream;
    }

    /// <summary>Adds a link; an end not known yet becomes a placeholder. False when the same link (same material) exists.</summary>
    public bool AddEdge(SupplyEdge edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        var up = SlotFor(edge.UpstreamId);
        var down = SlotFor(edge.DownstreamId);
        if (IndexOf(upstream[down], up, edge.Material) >= 0)
            return false;
        (upstream[down] ??= []).Add(new Link(up, edge.Material));
        (downstream[up] ??= []).Add(new Link(down, edge.Material));
        EdgeCount++;
        return true;
    }

    /// <summary>Removes the link of <paramref name="material"/> from <paramref name="upstreamId"/> to <paramref name="downstreamId"/>; false when there is none.</summary>
    public bool RemoveEdge(Guid upstreamId, Guid downstreamId, string material)
    {
        if (!slotOf.TryGetValue(upstreamId, out var up) || !slotOf.TryGetValue(downstreamId, out var down))
            return false;
        if (!RemoveLink(up, down, material))
            return false;
        ReleaseIfPlaceholder(up);
        if (down != up)
            ReleaseIfPlaceholder(down);
        return true;
    }

    /// <summary>The links <paramref name="supplierId"/> buys through.</summary>
    public IEnumerable<SupplyEdge> UpstreamEdges(Guid supplierId) =>
        slotOf.TryGetValue(supplierId, out var slot)
            ? (upstream[slot] ?? []).Select(l => new SupplyEdge(ids[l.Node], supplierId, l.Material))
            : [];

    /// <summary>The links on which <paramref name="supplierId"/> delivers to its direct customers.</summary>
    public IEnumerable<SupplyEdge> DownstreamEdges(Guid supplierId) =>
        slotOf.TryGetValue(supplierId, out var slot)
            ? (downstream[slot] ?? []).Select(l => new SupplyEdge(supplierId, ids[l.Node], l.Material))
            : [];

    /// <summary>
    /// Every supplier downstream of <paramref name="supplierId"/> at any depth, nearest first, each
    /// once, without the supplier itself (even in a cycle). Placeholders are included.
    /// </summary>
    public IReadOnlyList<Guid> Downstream(Guid supplierId) =>
        slotOf.TryGetValue(supplierId, out var slot)
            ? DownstreamClosure([slot], includeStart: false).Select(s => ids[s]).ToList()
            : [];

    // ---- for the engine: slots are dense indexes, so scoring works on arrays ----

    /// <summary>One past the highest slot in use.</summary>
    internal int SlotCount => ids.Count;
    internal bool TryGetSlot(Guid supplierId, out int slot) => slotOf.TryGetValue(supplierId, out slot);
    internal bool IsUsed(int slot) => slotOf.TryGetValue(ids[slot], out var owner) && owner == slot;
    internal Guid IdAt(int slot) => ids[slot];
    internal SupplierFacts? FactsAt(int slot) => facts[slot];
    internal List<Link>? UpstreamAt(int slot) => upstream[slot];

    /// <summary>The slots downstream of <paramref name="starts"/> (breadth-first, each once; cycles end the walk, not loop it).</summary>
    internal List<int> DownstreamClosure(IEnumerable<int> starts, bool includeStart)
    {
        var seen = new bool[SlotCount];
        var order = new List<int>();
        var queue = new Queue<int>();
        foreach (var start in starts)
            if (!seen[start])
            {
                seen[start] = true;
                queue.Enqueue(start);
                if (includeStart)
                    order.Add(start);
            }
        while (queue.Count > 0)
            foreach (var link in downstream[queue.Dequeue()] ?? [])
                if (!seen[link.Node])
                {
                    seen[link.Node] = true;
                    queue.Enqueue(link.Node);
                    order.Add(link.Node);
                }
        return order;
    }

    int SlotFor(Guid supplierId)
    {
        if (slotOf.TryGetValue(supplierId, out var slot))
            return slot;
        if (freeSlots.TryPop(out slot))
            ids[slot] = supplierId;
        else
        {
            slot = ids.Count;
            ids.Add(supplierId);
            facts.Add(null);
            upstream.Add(null);
            downstream.Add(null);
        }
        slotOf[supplierId] = slot;
        return slot;
    }

    bool RemoveLink(int up, int down, string material)
    {
        var atDown = IndexOf(upstream[down], up, material);
        if (atDown < 0)
            return false;
        upstream[down]!.RemoveAt(atDown);
        downstream[up]!.RemoveAt(IndexOf(downstream[up], down, material));
        EdgeCount--;
        return true;
    }

    static int IndexOf(List<Link>? links, int node, string material)
    {
        if (links is null)
            return -1;
        for (var i = 0; i < links.Count; i++)
            if (links[i].Node == node && string.Equals(links[i].Material, material, StringComparison.OrdinalIgnoreCase))
                return i;
        return -1;
    }

    /// <summary>A placeholder with no links left is forgotten, so a removed link leaves nothing behind.</summary>
    void ReleaseIfPlaceholder(int slot)
    {
        if (facts[slot] is null && upstream[slot] is not { Count: > 0 } && downstream[slot] is not { Count: > 0 })
            Release(slot);
    }

    void Release(int slot)
    {
        slotOf.Remove(ids[slot]);
        ids[slot] = Guid.Empty;
        facts[slot] = null;
        upstream[slot] = null;
        downstream[slot] = null;
        freeSlots.Push(slot);
    }
}
