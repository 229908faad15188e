using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierDD.RiskScoring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReviewVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PendingReversalAt",
                table: "ScreeningHits",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalBy",
                table: "ScreeningHits",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalNote",
                table: "ScreeningHits",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ScreeningHits",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OverrideConfirmedBy",
                table: "Scores",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideRequestedBy",
                table: "Scores",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewVersion",
                table: "Scores",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArgs",
                table: "ScoreChanges",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "ScoreChanges",
                type: "TEXT",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PendingReversalAt",
                table: "ScreeningHits");

            migrationBuilder.DropColumn(
                name: "PendingReversalBy",
                table: "ScreeningHits");

            migrationBuilder.DropColumn(
                name: "PendingReversalNote",
                table: "ScreeningHits");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "ScreeningHits");

            migrationBuilder.DropColumn(
                name: "OverrideConfirmedBy",
                table: "Scores");

            migrationBuilder.DropColumn(
                name: "OverrideRequestedBy",
                table: "Scores");

            migrationBuilder.DropColumn(
                name: "ReviewVersion",
                table: "Scores");

            migrationBuilder.DropColumn(
                name: "ReasonArgs",
                table: "ScoreChanges");

            migrationBuilder.DropColumn(
                name: "ReasonCode",
                table: "ScoreChanges");
        }
    }
}
