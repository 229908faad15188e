using SupplierDD.RiskScoring;
using SupplierDD.RiskScoring.Api;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Projection;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.RiskScoring.Scoring;
using SupplierDD.RiskScoring.Screening;
using SupplierDD.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRiskScoring();

var app = builder.Build();
app.UseServiceDefaults();
var api = app.MapGroup("").CheckPageBounds();
api.MapRiskApi();
api.MapScreeningApi();
api.MapEntityListsApi();
api.MapProjectionApi();
api.MapReassessmentsApi();
api.MapAuditApi();
app.MapJobsDashboard();
app.Run();

public partial class Program;
