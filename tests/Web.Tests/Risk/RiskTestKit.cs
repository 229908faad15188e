using SupplierDD.Web.Clients;

namespace SupplierDD.Web.Tests.Risk;

/// <summary>Breakdowns the risk tests share, shaped like the risk service's (docs/risk-model.md).</summary>
public static class RiskTestKit
{
    /// <summary>A wafer maker in Jiangsu buying from a Xinjiang polysilicon plant: upstream 45 + floor 5 = 50, High.</summary>
    public static IReadOnlyList<FactorContribution> WaferBuyingFromXinjiang(Guid self, Guid poly, Guid hit) =>
    [
        new("geography", 0.6, 0, 0, null, []),
        new("entity-lists", 0.8, 0, 0, null, [new RiskEvidence("screening-dismissed", "Dismissed hit on US-UFLPA: 'Example Silicon' (match 0.9, dismissed by someone).", hit.ToString(), null)]),
        new("staleness", 0.1, 0, 0, null, [new RiskEvidence("last-review", "Never reviewed; first seen 10 days ago.", null, null)]),
        new("upstream", 0.6, 75, 45, "High", [new RiskEvidence("upstream-risk",
            "Highest upstream risk: Xinjiang Poly, own score 75.0, a direct supplier, counts in full: 75.0; it is Critical, 1 tier up, so this supplier is at least High. Path: Xinjiang Poly → Wafer Co.",
            poly.ToString(), [poly, self])]),
        new("floor", 0, 0, 5, "High", [new RiskEvidence("floor", "upstream makes the supplier at least High: the score is raised from 45.0 to 50.0, where High starts.", null, null)]),
    ];

    /// <summary>A polysilicon plant with a facility in Xinjiang: geography 60 + floor 15 = 75, Critical.</summary>
    public static IReadOnlyList<FactorContribution> XinjiangFacility(Guid facility) =>
    [
        new("geography", 0.6, 100, 60, "Critical", [new RiskEvidence("region", "Facility 'Shihezi plant' is in CN-XJ: UFLPA rebuttable presumption (severity 100, at least Critical).", facility.ToString(), null)]),
        new("floor", 0, 0, 15, "Critical", [new RiskEvidence("floor", "geography makes the supplier at least Critical.", null, null)]),
    ];
}
