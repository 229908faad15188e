using SupplierDD.Web;
using SupplierDD.Web.Auth;
using SupplierDD.Web.Portal;

var builder = WebApplication.CreateBuilder(args);
builder.AddWebDefaults();
builder.AddSignIn();
builder.AddServiceClients();
builder.AddPages();
builder.AddPortal();

var app = builder.Build();
app.UseWebDefaults();
app.UsePortal();
app.MapRazorPages();
app.Run();

public partial class Program;
