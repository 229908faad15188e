using SupplierDD.ServiceDefaults.Hosting;
using SupplierDD.SupplierRegistry;
using SupplierDD.SupplierRegistry.Facilities;
using SupplierDD.SupplierRegistry.Imports;
using SupplierDD.SupplierRegistry.Suppliers;
using SupplierDD.SupplierRegistry.SupplyLinks;
using SupplierDD.SupplierRegistry.Trace;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddSupplierRegistry();

var app = builder.Build();
app.UseServiceDefaults();
app.MapSuppliersApi();
app.MapSnapshotsApi();
app.MapStatusApi();
app.MapFacilitiesApi();
app.MapSupplyLinksApi();
app.MapTraceApi();
app.MapImportsApi();
app.Run();

public partial class Program;
