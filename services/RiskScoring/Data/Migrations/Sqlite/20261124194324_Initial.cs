using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SupplierDD.RiskScoring.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Data = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "EntityListVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntryCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Added = table.Column<int>(type: "INTEGER", nullable: false),
                    Removed = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    ScreenedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntityListVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "ListedEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 350, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AliasesText = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Section = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ListedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    NamesFingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListedEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LockedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LockedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReassessmentNotices",
                columns: table => new
                {
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReassessmentNotices", x => new { x.SupplierId, x.DueOn });
                });

            migrationBuilder.CreateTable(
                name: "ScoreChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousScore = table.Column<double>(type: "REAL", nullable: true),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    PreviousBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Band = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    ModelBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FactorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OverrideBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingBand = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PendingBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PendingJustification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PendingAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.SupplierId);
                });

            migrationBuilder.CreateTable(
                name: "ScoringRequests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rescreen = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScreeningHits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityKey = table.Column<string>(type: "TEXT", maxLength: 350, nullable: false),
                    EntityName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ListedEntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ListedName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    TokensJson = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupplierNamesFingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EntityNamesFingerprint = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FoundAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreeningHits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    LocalName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    RolesText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StatusVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstSeenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupplyLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpstreamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DownstreamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Material = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SharePercent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Removed = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyLinks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Facilities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CountryCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Facilities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Facilities_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplierAliases",
                columns: table => new
                {
                    SupplierId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierAliases", x => new { x.SupplierId, x.Name });
                    table.ForeignKey(
                        name: "FK_SupplierAliases_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Subject",
                table: "AuditEntries",
                column: "Subject");

            migrationBuilder.CreateIndex(
                name: "IX_EntityListVersions_List_Number",
                table: "EntityListVersions",
                columns: new[] { "List", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Facilities_SupplierId",
                table: "Facilities",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_ReceivedAt",
                table: "InboxMessages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ListedEntries_VersionId_EntityKey",
                table: "ListedEntries",
                columns: new[] { "VersionId", "EntityKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Pending",
                table: "OutboxMessages",
                column: "Id",
                filter: "\"SentAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Sent",
                table: "OutboxMessages",
                column: "SentAt",
                filter: "\"SentAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreChanges_At",
                table: "ScoreChanges",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ScoreChanges_SupplierId_At",
                table: "ScoreChanges",
                columns: new[] { "SupplierId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Scores_Band",
                table: "Scores",
                column: "Band");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_ReviewState",
                table: "Scores",
                column: "ReviewState");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringRequests_SupplierId",
                table: "ScoringRequests",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_State",
                table: "ScreeningHits",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ScreeningHits_SupplierId_EntityKey",
                table: "ScreeningHits",
                columns: new[] { "SupplierId", "EntityKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Suppliers_CountryCode",
                table: "Suppliers",
                column: "CountryCode");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyLinks_DownstreamId",
                table: "SupplyLinks",
                column: "DownstreamId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplyLinks_UpstreamId",
                table: "SupplyLinks",
                column: "UpstreamId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "EntityListVersions");

            migrationBuilder.DropTable(
                name: "Facilities");

            migrationBuilder.DropTable(
                name: "InboxMessages");

            migrationBuilder.DropTable(
                name: "ListedEntries");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "ReassessmentNotices");

            migrationBuilder.DropTable(
                name: "ScoreChanges");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropTable(
                name: "ScoringRequests");

            migrationBuilder.DropTable(
                name: "ScreeningHits");

            migrationBuilder.DropTable(
                name: "SupplierAliases");

            migrationBuilder.DropTable(
                name: "SupplyLinks");

            migrationBuilder.DropTable(
                name: "Suppliers");
        }
    }
}
