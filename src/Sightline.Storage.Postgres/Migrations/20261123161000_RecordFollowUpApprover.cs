using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RecordFollowUpApprover : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "outbox",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "outbox");
        }
    }
}
