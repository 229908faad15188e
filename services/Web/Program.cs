using SupplierDD.Web;
using SupplierDD.Web.Auth;
using SupplierDD.Web.BackOffice;
using SupplierDD.Web.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();
builder.AddSignIn();
builder.AddServiceClients();
builder.AddPages();
builder.AddBackOffice();
builder.AddPortal();

var app = builder.Build();
app.UseWebDefaults();
app.UseBackOffice();
app.UsePortal();
app.MapRazorPages();
app.Run();

public partial class Program;
