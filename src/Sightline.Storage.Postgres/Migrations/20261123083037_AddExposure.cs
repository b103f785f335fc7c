using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sightline.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddExposure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "exposure_datasets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sources = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    StartedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Records = table.Column<long>(type: "bigint", nullable: false),
                    Skipped = table.Column<long>(type: "bigint", nullable: false),
                    TruncatedFields = table.Column<long>(type: "bigint", nullable: false),
                    Hosts = table.Column<long>(type: "bigint", nullable: false),
                    Hikvision = table.Column<long>(type: "bigint", nullable: false),
                    Dahua = table.Column<long>(type: "bigint", nullable: false),
                    OtherChinese = table.Column<long>(type: "bigint", nullable: false),
                    Other = table.Column<long>(type: "bigint", nullable: false),
                    Problems = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exposure_datasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exposure_observations",
                columns: table => new
                {
                    DatasetId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Ports = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Services = table.Column<int>(type: "integer", nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    CountryName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Org = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Isp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Asn = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Hostnames = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LastSeen = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Maker = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    MakerGroup = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Relation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Firmware = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    Watchlisted = table.Column<bool>(type: "boolean", nullable: false),
                    Kev = table.Column<bool>(type: "boolean", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exposure_observations", x => new { x.DatasetId, x.Number });
                    table.ForeignKey(
                        name: "FK_exposure_observations_exposure_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "exposure_datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exposure_vulnerabilities",
                columns: table => new
                {
                    DatasetId = table.Column<long>(type: "bigint", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Cve = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Cvss = table.Column<double>(type: "double precision", nullable: false),
                    KevAdded = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exposure_vulnerabilities", x => new { x.DatasetId, x.Number, x.Cve });
                    table.ForeignKey(
                        name: "FK_exposure_vulnerabilities_exposure_observations_DatasetId_Nu~",
                        columns: x => new { x.DatasetId, x.Number },
                        principalTable: "exposure_observations",
                        principalColumns: new[] { "DatasetId", "Number" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_exposure_datasets_Name",
                table: "exposure_datasets",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exposure_observations_DatasetId_Ip",
                table: "exposure_observations",
                columns: new[] { "DatasetId", "Ip" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exposure_vulnerabilities_DatasetId_Cve",
                table: "exposure_vulnerabilities",
                columns: new[] { "DatasetId", "Cve" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exposure_vulnerabilities");

            migrationBuilder.DropTable(
                name: "exposure_observations");

            migrationBuilder.DropTable(
                name: "exposure_datasets");
        }
    }
}
