using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierDD.RiskScoring.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PendingReversalAt",
                table: "ScreeningHits",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalBy",
                table: "ScreeningHits",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalNote",
                table: "ScreeningHits",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ScreeningHits",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OverrideConfirmedBy",
                table: "Scores",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideRequestedBy",
                table: "Scores",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewVersion",
                table: "Scores",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArgs",
                table: "ScoreChanges",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "ScoreChanges",
                type: "nvarchar(60)",
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
