namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Finds, for every supplier in a scope, the upstream risk it inherits: the highest own score of any
/// supplier up to <c>UpstreamMaxTiers</c> tiers up, times decay^(tiers − 1), and the highest floor
/// an upstream band passes down (one band lower per <c>UpstreamFloorTiersPerBand</c> tiers).
/// <para>
/// Dynamic programming by tier distance rather than in topological order: round k knows, for each
/// supplier, the highest own score and the highest own band of anything exactly k links up, taken
/// from its direct suppliers' round k−1. That is exact with the tier limit (a best-so-far in
/// topological order can be a source just past the limit and hide a nearer one), needs no sort, and
/// cannot loop on a cycle: there are only <c>UpstreamMaxTiers</c> rounds, each one pass over the links.
/// In a cycle a supplier never inherits its own risk back; it may then miss a second-best source
/// carried along the same loop until the cycle is gone (the registry forbids cycles).
/// </para>
/// Only the chosen predecessor is kept per round, so the path behind a result is rebuilt on demand.
/// </summary>
internal sealed class UpstreamPropagation
{
    /// <summary>No source: no walk of that length reaches the supplier, or its sources have no risk.</summary>
    const int None = -1;

    readonly int[][] scorePred;
    readonly int[][] bandPred;

    UpstreamPropagation(int count, int rounds)
    {
        scorePred = new int[rounds + 1][];
        bandPred = new int[rounds + 1][];
        Score = new double[count];
        ScoreTiers = new int[count];
        Floor = new sbyte[count];
        Array.Fill(Floor, (sbyte)None);
        FloorTiers = new int[count];
        SourceScore = new double[count];
        SourceBand = new sbyte[count];
    }

    /// <summary>Inherited score (already decayed), 0 when none.</summary>
    public double[] Score { get; }
    /// <summary>Tiers between the supplier and the source of <see cref="Score"/>; 0 when none.</summary>
    public int[] ScoreTiers { get; }
    /// <summary>The source's own score behind <see cref="Score"/>, before decay.</summary>
    public double[] SourceScore { get; }
    /// <summary>Inherited floor band (as a number), -1 when none.</summary>
    public sbyte[] Floor { get; }
    /// <summary>Tiers between the supplier and the source of <see cref="Floor"/>; 0 when none.</summary>
    public int[] FloorTiers { get; }
    /// <summary>The source's own band behind <see cref="Floor"/>.</summary>
    public sbyte[] SourceBand { get; }

    /// <summary>Runs the propagation over <paramref name="scope"/> from each supplier's own score and band (-1 / None for placeholders).</summary>
    public static UpstreamPropagation Run(ScoringScope scope, double[] ownScore, sbyte[] ownBand, RiskModelOptions options)
    {
        var n = scope.Count;
        var rounds = options.UpstreamMaxTiers;
        var result = new UpstreamPropagation(n, rounds);
        var (upStart, upNodes) = (scope.UpStart, scope.UpNodes);

        // Round 0: each supplier is its own source. Nothing to pass on is "no walk", so rounds end early on a clean graph.
        var prevScore = new double[n];
        var prevScoreSrc = new int[n];
        var prevBand = new sbyte[n];
        var prevBandSrc = new int[n];
        for (var i = 0; i < n; i++)
        {
            prevScore[i] = ownScore[i] > 0 ? ownScore[i] : None;
            prevScoreSrc[i] = i;
            prevBand[i] = ownBand[i] > (sbyte)RiskBand.Low ? ownBand[i] : (sbyte)None;
            prevBandSrc[i] = i;
        }
        var curScore = new double[n];
        var curScoreSrc = new int[n];
        var curBand = new sbyte[n];
        var curBandSrc = new int[n];

        var decay = 1.0;
        for (var k = 1; k <= rounds; k++)
        {
            var scorePred = result.scorePred[k] = new int[n];
            var bandPred = result.bandPred[k] = new int[n];
            var bandsDown = 1 + (k - 1) / options.UpstreamFloorTiersPerBand;
            var anything = false;
            for (var v = 0; v < n; v++)
            {
                double best = None;
                int bestPred = None, bestSrc = None;
                sbyte bestBand = None;
                int bestBandPred = None, bestBandSrc = None;
                for (var e = upStart[v]; e < upStart[v + 1]; e++)
                {
                    var u = upNodes[e];
                    // Strictly greater: the first supplier in link order wins a tie, so results are reproducible.
                    if (prevScore[u] > best && prevScoreSrc[u] != v)
                        (best, bestPred, bestSrc) = (prevScore[u], u, prevScoreSrc[u]);
                    if (prevBand[u] > bestBand && prevBandSrc[u] != v)
                        (bestBand, bestBandPred, bestBandSrc) = (prevBand[u], u, prevBandSrc[u]);
                }
                (curScore[v], curScoreSrc[v], scorePred[v]) = (best, bestSrc, bestPred);
                (curBand[v], curBandSrc[v], bandPred[v]) = (bestBand, bestBandSrc, bestBandPred);
                if (bestPred != None)
                {
                    anything = true;
                    var inherited = best * decay;
                    if (inherited > result.Score[v])
                        (result.Score[v], result.ScoreTiers[v], result.SourceScore[v]) = (inherited, k, best);
                }
                if (bestBandPred != None)
                {
                    anything = true;
                    var floor = bestBand - bandsDown;
                    if (floor > (sbyte)RiskBand.Low && floor > result.Floor[v])
                        (result.Floor[v], result.FloorTiers[v], result.SourceBand[v]) = ((sbyte)floor, k, bestBand);
                }
            }
            if (!anything)
                break;
            (prevScore, curScore) = (curScore, prevScore);
            (prevScoreSrc, curScoreSrc) = (curScoreSrc, prevScoreSrc);
            (prevBand, curBand) = (curBand, prevBand);
            (prevBandSrc, curBandSrc) = (curBandSrc, prevBandSrc);
            decay *= options.UpstreamDecay;
        }
        return result;
    }

    /// <summary>The local indexes from the source of <see cref="Score"/> down to <paramref name="local"/>; empty when none.</summary>
    public int[] ScorePath(int local) => Path(scorePred, local, ScoreTiers[local]);

    /// <summary>The local indexes from the source of <see cref="Floor"/> down to <paramref name="local"/>; empty when none.</summary>
    public int[] FloorPath(int local) => Path(bandPred, local, FloorTiers[local]);

    static int[] Path(int[][] pred, int local, int tiers)
    {
        if (tiers == 0)
            return [];
        var path = new int[tiers + 1];
        path[tiers] = local;
        var at = local;
        for (var k = tiers; k >= 1; k--)
            path[k - 1] = at = pred[k][at];
        return path;
    }
}
