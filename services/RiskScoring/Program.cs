using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.RiskScoring;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddRiskScoring();

var app = builder.Build();
app.UseServiceDefaults();
app.Run();

public partial class Program;
