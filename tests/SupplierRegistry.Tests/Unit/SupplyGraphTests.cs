using SupplierDD.SupplierRegistry.SupplyLinks;

namespace SupplierDD.SupplierRegistry.Tests.Unit;

public sealed class SupplyGraphTests
{
    static Guid[] Nodes(int n) => Enumerable.Range(0, n).Select(_ => Guid.NewGuid()).ToArray();

    [Fact]
    public void TryAdd_ChainInAnyOrder_AcceptsAndThenRejectsClosingEdge()
    {
        var n = Nodes(5);
        var graph = new SupplyGraph();
        // Added against the initial order, so the order must be repaired several times.
        Assert.True(graph.TryAdd(n[3], n[4], out _));
        Assert.True(graph.TryAdd(n[2], n[3], out _));
        Assert.True(graph.TryAdd(n[1], n[2], out _));
        Assert.True(graph.TryAdd(n[0], n[1], out _));
        Assert.False(graph.TryAdd(n[4], n[0], out var cycle));
        Assert.Equal([n[0], n[1], n[2], n[3], n[4]], cycle);
    }

    [Fact]
    public void TryAdd_SelfLink_IsCycle()
    {
        var a = Guid.NewGuid();
        Assert.False(new SupplyGraph().TryAdd(a, a, out var cycle));
        Assert.Equal([a], cycle);
    }

    [Fact]
    public void TryAdd_DiamondAndDuplicate_AreAccepted()
    {
        var n = Nodes(4);
        var graph = new SupplyGraph();
        Assert.True(graph.TryAdd(n[0], n[1], out _));
        Assert.True(graph.TryAdd(n[0], n[2], out _));
        Assert.True(graph.TryAdd(n[1], n[3], out _));
        Assert.True(graph.TryAdd(n[2], n[3], out _));
        Assert.True(graph.TryAdd(n[2], n[3], out _));
        Assert.False(graph.TryAdd(n[3], n[0], out _));
        Assert.True(graph.Contains(n[2], n[3]));
    }

    [Fact]
    public void TryAdd_RandomEdges_AgreesWithReachabilityCheck()
    {
        var random = new Random(42);
        var n = Nodes(60);
        var graph = new SupplyGraph();
        var edges = new Dictionary<Guid, HashSet<Guid>>();
        for (var i = 0; i < 2000; i++)
        {
            var (u, d) = (n[random.Next(n.Length)], n[random.Next(n.Length)]);
            var closesCycle = u == d || Reaches(edges, d, u);
            Assert.Equal(!closesCycle, graph.TryAdd(u, d, out _));
            if (!closesCycle) (edges.TryGetValue(u, out var set) ? set : edges[u] = []).Add(d);
        }
    }

    static bool Reaches(Dictionary<Guid, HashSet<Guid>> edges, Guid from, Guid to)
    {
        var seen = new HashSet<Guid> { from };
        var stack = new Stack<Guid>([from]);
        while (stack.TryPop(out var node))
        {
            if (node == to) return true;
            foreach (var next in edges.GetValueOrDefault(node) ?? []) if (seen.Add(next)) stack.Push(next);
        }
        return false;
    }
}
