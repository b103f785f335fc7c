using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bodies",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 402, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Law = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Subtype = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LocalAuthority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FoiEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bodies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "kb_kev",
                columns: table => new
                {
                    Cve = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DateAdded = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CatalogVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kb_kev", x => x.Cve);
                });

            migrationBuilder.CreateTable(
                name: "kb_ouis",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Organisation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Maker = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ImportedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kb_ouis", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BodyId = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Law = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    BodyType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextActionDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextActionKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StateComputedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "body_identifiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<string>(type: "TEXT", nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_body_identifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_body_identifiers_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "body_tags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BodyId = table.Column<string>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_body_tags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_body_tags_bodies_BodyId",
                        column: x => x.BodyId,
                        principalTable: "bodies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "campaign_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CampaignId = table.Column<long>(type: "INTEGER", nullable: false),
                    BodyKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BodyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Nation = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Region = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hikvision = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Dahua = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OtherChinese = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Capabilities = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CapabilitiesInUse = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Exemptions = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    HikvisionCount = table.Column<int>(type: "INTEGER", nullable: true),
                    DahuaCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_campaign_results_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "request_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RequestId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Days = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_request_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_request_events_requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bodies_Sector_Name",
                table: "bodies",
                columns: new[] { "Sector", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_bodies_Source",
                table: "bodies",
                column: "Source");

            migrationBuilder.CreateIndex(
                name: "IX_body_identifiers_BodyId",
                table: "body_identifiers",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_body_identifiers_Scheme_Value",
                table: "body_identifiers",
                columns: new[] { "Scheme", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_body_identifiers_Value",
                table: "body_identifiers",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_body_tags_BodyId",
                table: "body_tags",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_body_tags_Tag_BodyId",
                table: "body_tags",
                columns: new[] { "Tag", "BodyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaign_results_CampaignId_BodyKey",
                table: "campaign_results",
                columns: new[] { "CampaignId", "BodyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_Name",
                table: "campaigns",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_request_events_RequestId_Sequence",
                table: "request_events",
                columns: new[] { "RequestId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_BodyId",
                table: "requests",
                column: "BodyId");

            migrationBuilder.CreateIndex(
                name: "IX_requests_Reference",
                table: "requests",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_requests_State",
                table: "requests",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "body_identifiers");

            migrationBuilder.DropTable(
                name: "body_tags");

            migrationBuilder.DropTable(
                name: "campaign_results");

            migrationBuilder.DropTable(
                name: "kb_kev");

            migrationBuilder.DropTable(
                name: "kb_ouis");

            migrationBuilder.DropTable(
                name: "request_events");

            migrationBuilder.DropTable(
                name: "bodies");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "requests");
        }
    }
}
