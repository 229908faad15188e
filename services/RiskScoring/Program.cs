using SupplierDD.RiskScoring;
using SupplierDD.RiskScoring.Audit;
using SupplierDD.RiskScoring.EntityLists;
using SupplierDD.RiskScoring.Jobs;
using SupplierDD.RiskScoring.Reassessment;
using SupplierDD.ServiceDefaults.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRiskScoring();

var app = builder.Build();
app.UseServiceDefaults();
app.MapEntityListsApi();
app.MapReassessmentsApi();
app.MapAuditApi();
app.MapJobsDashboard();
app.Run();

public partial class Program;
