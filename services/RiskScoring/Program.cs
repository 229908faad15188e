using SupplierDD.RiskScoring;
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
app.MapRiskApi();
app.MapScreeningApi();
app.MapEntityListsApi();
app.MapProjectionApi();
app.MapReassessmentsApi();
app.MapAuditApi();
app.MapJobsDashboard();
app.Run();

public partial class Program;
