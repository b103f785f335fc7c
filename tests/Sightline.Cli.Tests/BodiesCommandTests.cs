using System.Text.Json;
using MiniExcelLibs;
using Npgsql;
using Sightline.Testing;

namespace Sightline.Cli.Tests;

/// <summary>`sightline bodies import|list|show` end to end, through the real executable.</summary>
public sealed class BodiesCommandTests : IDisposable
{
    private readonly string _directory = TestPaths.NewTempDirectory("sightline-cli");

    private string Db => Path.Combine(_directory, "s.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(["--db", Db, .. args], environment: CliProcess.NoSeed);

    private static JsonElement Json(CliResult result) => result.Json();

    [Fact]
    public async Task Importing_the_uk_registry_twice_adds_then_changes_nothing()
    {
        JsonElement first = Json(await RunAsync("bodies", "import", "--json"));
        JsonElement second = Json(await RunAsync("bodies", "import", "--source", "uk", "--json"));

        int added = first.GetProperty("sources").EnumerateArray().Sum(s => s.GetProperty("added").GetInt32());
        Assert.InRange(added, 1250, 1400);
        Assert.All(second.GetProperty("sources").EnumerateArray(), s =>
        {
            Assert.Equal(0, s.GetProperty("added").GetInt32());
            Assert.Equal(0, s.GetProperty("updated").GetInt32());
        });
        JsonElement police = Json(await RunAsync("bodies", "list", "--sector", "police", "--limit", "100", "--json"));
        Assert.Equal(45, police.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_gias_extract_adds_open_secondary_schools_that_can_be_listed_by_region_and_shown()
    {
        JsonElement import = Json(await RunAsync("bodies", "import", "--source", TestPaths.Data("gias", "gias-sample.csv"), "--format", "gias", "--json"));
        JsonElement london = Json(await RunAsync("bodies", "list", "--sector", "school", "--region", "London", "--json"));
        JsonElement yorks = Json(await RunAsync("bodies", "list", "--region", "Yorks & Humber", "--json"));
        JsonElement shown = Json(await RunAsync("bodies", "show", "urn:145223", "--json"));

        Assert.Equal(5, import.GetProperty("sources")[0].GetProperty("added").GetInt32());
        Assert.Equal(["Camden School for Girls", "Haverstock School"], london.GetProperty("bodies").EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal("sch-145223", Assert.Single(yorks.GetProperty("bodies").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("yorkshire_and_the_humber", shown.GetProperty("region").GetString());
        Assert.Equal("145223", shown.GetProperty("identifiers").GetProperty("urn").GetString());
        Assert.True(shown.GetProperty("unknown").TryGetProperty("foi_email", out _));
    }

    [Fact]
    public async Task A_malformed_file_is_rejected_with_file_line_and_field_and_writes_nothing()
    {
        string path = Path.Combine(_directory, "mine.csv");
        await File.WriteAllTextAsync(path, "name,sector,region\nGood Council,council,London\nBad Council,council,Atlantis\n", TestContext.Current.CancellationToken);

        CliResult result = await RunAsync("bodies", "import", "--source", path);
        JsonElement list = Json(await RunAsync("bodies", "list", "--query", "good council", "--json"));

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error: mine.csv:3: field 'region': unknown region 'Atlantis'", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was imported", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_xlsx_list_is_imported_with_a_column_mapping()
    {
        string path = Path.Combine(_directory, "estate.xlsx");
        await MiniExcel.SaveAsAsync(path, new[]
        {
            new { Organisation = "Harbourside Port Authority", Type = "other", Area = "Wales", Contact = "foi@harbourside.example.org" },
            new { Organisation = "Loch Eynort Trust", Type = "other", Area = "Scotland", Contact = "" },
        }, cancellationToken: TestContext.Current.CancellationToken);

        JsonElement import = Json(await RunAsync("bodies", "import", "--source", path, "--map", "Type=sector", "--map", "Area=region", "--map", "Contact=foi_email", "--json"));
        JsonElement loch = Json(await RunAsync("bodies", "show", "org-loch-eynort-trust", "--json"));

        Assert.Equal(2, import.GetProperty("sources")[0].GetProperty("added").GetInt32());
        Assert.Equal(("scotland", "foisa"), (loch.GetProperty("nation").GetString(), loch.GetProperty("law").GetString()));
    }

    [Fact]
    public async Task Show_explains_unknown_fields_and_an_unknown_id_fails_clearly()
    {
        await RunAsync("bodies", "import");

        CliResult university = await RunAsync("bodies", "show", "ukprn:10007773");
        CliResult missing = await RunAsync("bodies", "show", "la-e99999999");
        CliResult malformed = await RunAsync("bodies", "show", "not an id!");

        Assert.Equal(0, university.ExitCode);
        Assert.Contains("region:          unknown (not stated by the source data)", university.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no body with id 'la-e99999999'", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, malformed.ExitCode);
    }

    [Fact]
    public async Task The_database_can_come_from_SIGHTLINE_DB()
    {
        CliResult result = await CliProcess.RunAsync(["bodies", "list", "--sector", "police", "--json"],
            environment: new Dictionary<string, string?> { ["SIGHTLINE_DB"] = Db });

        Assert.Equal(45, Json(result).GetProperty("total").GetInt32());
        Assert.Contains("loaded the bundled UK registry", result.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(Db));
    }

    [Fact]
    public async Task The_same_commands_work_on_postgresql()
    {
        string server = PostgresStoreFixture.RequireServer();
        string database = $"sightline_cli_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        try
        {
            string connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
            CliResult list = await CliProcess.RunAsync(["--db", connectionString, "bodies", "list", "--query", "manchester city", "--json"]);
            JsonElement shown = Json(await CliProcess.RunAsync(["--db", connectionString, "bodies", "show", "gss:E08000003", "--json"]));

            Assert.Equal("la-e08000003", Assert.Single(Json(list).GetProperty("bodies").EnumerateArray()).GetProperty("id").GetString());
            Assert.Equal("north_west", shown.GetProperty("region").GetString());
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }
    }
}
