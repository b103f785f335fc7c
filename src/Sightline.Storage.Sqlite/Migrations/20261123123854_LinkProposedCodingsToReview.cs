using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sightline.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LinkProposedCodingsToReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReviewItemId",
                table: "proposed_codings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_proposed_codings_ReviewItemId",
                table: "proposed_codings",
                column: "ReviewItemId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_proposed_codings_review_items_ReviewItemId",
                table: "proposed_codings",
                column: "ReviewItemId",
                principalTable: "review_items",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_proposed_codings_review_items_ReviewItemId",
                table: "proposed_codings");

            migrationBuilder.DropIndex(
                name: "IX_proposed_codings_ReviewItemId",
                table: "proposed_codings");

            migrationBuilder.DropColumn(
                name: "ReviewItemId",
                table: "proposed_codings");
        }
    }
}
