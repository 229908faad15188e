using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierDD.SupplierRegistry.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class SupplyGraphRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SupplyGraphRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyGraphRevisions", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "SupplyGraphRevisions",
                columns: new[] { "Id", "Revision" },
                values: new object[] { 1, 0L });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SupplyGraphRevisions");
        }
    }
}
