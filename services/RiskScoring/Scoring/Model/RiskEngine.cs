using System.ComponentModel.DataAnnotations;

namespace SupplierDD.RiskScoring.Scoring.Model;

/// <summary>
/// Scores suppliers: each factor on the supplier's own facts, then the <c>upstream</c> factor over
/// the supply graph, added up into a score 0–100 and a band with a breakdown that shows where every
/// point comes from (docs/risk-model.md). Pure and in memory: no I/O, the same graph, options and
/// clock give the same assessments. Computes the model's band only; an analyst's override is the caller's.
/// </summary>
public sealed class RiskEngine
{
    readonly RiskModelOptions options;
    readonly IRiskFactor[] factors;
    readonly double[] weights;
    readonly double upstreamWeight;
    readonly TimeProvider time;

    /// <summary>
    /// An engine for <paramref name="factors"/> under <paramref name="options"/>. Throws when the
    /// options are invalid or a factor has no weight, a duplicate name or a reserved one: a model
    /// that would silently ignore a factor is worse than one that does not start.
    /// </summary>
    public RiskEngine(RiskModelOptions options, IEnumerable<IRiskFactor> factors, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(time);
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        this.options = options;
        this.time = time;
        this.factors = [.. factors];

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        weights = new double[this.factors.Length];
        for (var i = 0; i < this.factors.Length; i++)
        {
            var name = this.factors[i].Name;
            if (string.IsNullOrWhiteSpace(name) || FactorNames.Reserved.Contains(name))
                throw new ArgumentException($"A risk factor may not be named '{name}'.", nameof(factors));
            if (!names.Add(name))
                throw new ArgumentException($"Two risk factors are named '{name}'.", nameof(factors));
            weights[i] = options.WeightOf(name)
                ?? throw new ArgumentException($"Risk factor '{name}' has no weight: add RiskModel:Weights:{name}.", nameof(factors));
        }
        upstreamWeight = options.WeightOf(FactorNames.Upstream)
            ?? throw new ArgumentException($"The upstream factor has no weight: add RiskModel:Weights:{FactorNames.Upstream}.", nameof(options));
    }

    /// <summary>The model version every assessment is stamped with.</summary>
    public string ModelVersion => options.Version;

    /// <summary>The breakdown's factor lines, in order: the registered factors, then <c>upstream</c>.</summary>
    public IReadOnlyList<string> FactorLines => [.. factors.Select(f => f.Name), FactorNames.Upstream];

    /// <summary>Scores every supplier of <paramref name="graph"/> (placeholders known only from links are not scored).</summary>
    public IReadOnlyDictionary<Guid, RiskAssessment> ScoreAll(RiskGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var scope = ScoringScope.All(graph);
        var targets = new List<int>(scope.Count);
        for (var i = 0; i < scope.Count; i++)
            targets.Add(i);
        return Score(scope, targets);
    }

    /// <summary>
    /// Scores <paramref name="changed"/> and everything downstream of them — all whose score can have
    /// moved — with the same result <see cref="ScoreAll"/> would give them. Pass the supplier whose
    /// facts changed, the downstream end of an added or removed link, and what
    /// <see cref="RiskGraph.Remove"/> returned. Ids the graph does not know are ignored.
    /// </summary>
    public IReadOnlyDictionary<Guid, RiskAssessment> ScoreAffected(RiskGraph graph, IEnumerable<Guid> changed)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(changed);
        var starts = new List<int>();
        foreach (var id in changed)
            if (graph.TryGetSlot(id, out var slot))
                starts.Add(slot);
        var affected = graph.DownstreamClosure(starts, includeStart: true);
        var scope = ScoringScope.Around(graph, affected, options.UpstreamMaxTiers);
        var localOf = new Dictionary<int, int>(scope.Count);
        for (var i = 0; i < scope.Count; i++)
            localOf[scope.Slots[i]] = i;
        return Score(scope, affected.Select(slot => localOf[slot]).ToList());
    }

    IReadOnlyDictionary<Guid, RiskAssessment> Score(ScoringScope scope, List<int> targets)
    {
        var now = time.GetUtcNow();
        var context = new RiskContext(options, now);
        var n = scope.Count;

        // Own risk first: it is what every supplier passes down the chain.
        var own = new FactorResult[n][];
        var ownScore = new double[n];
        var ownBand = new sbyte[n];
        for (var i = 0; i < n; i++)
        {
            if (scope.FactsAt(i) is not { } supplier)
            {
                (ownScore[i], ownBand[i]) = (-1, -1);
                continue;
            }
            own[i] = Evaluate(supplier, context);
            var (score, band) = ScoreSheet.OwnOf(own[i], weights, options.Bands);
            (ownScore[i], ownBand[i]) = (score, (sbyte)band);
        }

        var propagation = UpstreamPropagation.Run(scope, ownScore, ownBand, options);

        var assessments = new Dictionary<Guid, RiskAssessment>(targets.Count);
        foreach (var i in targets)
        {
            if (scope.FactsAt(i) is not { } supplier)
                continue;
            var upstream = UpstreamEvidence.For(propagation, scope, i, options);
            assessments[supplier.SupplierId] = ScoreSheet.Assess(supplier.SupplierId, options.Version, own[i], weights,
                upstream, upstreamWeight, options.Bands, now);
        }
        return assessments;
    }

    FactorResult[] Evaluate(SupplierFacts supplier, RiskContext context)
    {
        var results = new FactorResult[factors.Length];
        for (var f = 0; f < factors.Length; f++)
        {
            var result = factors[f].Evaluate(supplier, context)
                ?? throw new InvalidOperationException($"Risk factor '{factors[f].Name}' returned nothing for supplier {supplier.SupplierId}.");
            if (!(result.Score >= 0 && result.Score <= 100))
                throw new InvalidOperationException($"Risk factor '{factors[f].Name}' scored supplier {supplier.SupplierId} {result.Score}; a severity is 0–100.");
            // The line carries the registered name, whatever the factor wrote, so weight and line always match.
            results[f] = result.Factor == factors[f].Name ? result : result with { Factor = factors[f].Name };
        }
        return results;
    }
}
