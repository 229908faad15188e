using Microsoft.Extensions.Options;
using SupplierDD.RiskScoring.Scoring.Model;

namespace SupplierDD.RiskScoring.Scoring;

/// <summary>The engine for the configured model (RiskModel section) and the registered factors; a new source registers its IRiskFactor.</summary>
public sealed class RiskEngineFactory(IOptions<RiskModelOptions> options, IEnumerable<IRiskFactor> factors, TimeProvider time)
{
    readonly Lazy<RiskEngine> engine = new(() => new RiskEngine(options.Value, factors, time));

    public RiskEngine Current => engine.Value;
}
