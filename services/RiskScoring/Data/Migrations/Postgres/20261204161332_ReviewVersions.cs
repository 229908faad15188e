using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierDD.RiskScoring.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalBy",
                table: "ScreeningHits",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingReversalNote",
                table: "ScreeningHits",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "ScreeningHits",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OverrideConfirmedBy",
                table: "Scores",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OverrideRequestedBy",
                table: "Scores",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewVersion",
                table: "Scores",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReasonArgs",
                table: "ScoreChanges",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonCode",
                table: "ScoreChanges",
                type: "character varying(60)",
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
