using System.Globalization;
using System.Text;

namespace Sightline.Benchmarks.Registry;

/// <summary>Writes a realistic GIAS establishment extract: open, closed, primary, secondary, independent and special
/// establishments in every English region, with the DfE's column names. Deterministic for a given seed.</summary>
internal static class GiasGenerator
{
    private static readonly string[] Regions =
        ["North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West"];

    private static readonly string[] Towns =
        ["Ashford", "Barnsley", "Bedford", "Bolton", "Bradford", "Brighton", "Bristol", "Cambridge", "Carlisle", "Chester", "Coventry", "Derby",
         "Durham", "Exeter", "Gateshead", "Gloucester", "Halifax", "Harrow", "Hull", "Ipswich", "Kendal", "Leeds", "Leicester", "Lincoln",
         "Luton", "Manchester", "Newcastle", "Norwich", "Nottingham", "Oldham", "Oxford", "Plymouth", "Reading", "Salford", "Sheffield",
         "Slough", "Stockport", "Sunderland", "Swindon", "Taunton", "Wakefield", "Walsall", "Watford", "Wigan", "Worcester", "York"];

    private static readonly (string Type, string Group)[] Types =
    [
        ("Academy converter", "Academies"), ("Academy sponsor led", "Academies"), ("Free schools", "Free Schools"),
        ("Community school", "Local authority maintained schools"), ("Voluntary aided school", "Local authority maintained schools"),
        ("Foundation school", "Local authority maintained schools"), ("Other independent school", "Independent schools"),
        ("Community special school", "Special schools"), ("Further education", "Colleges"),
    ];

    private static readonly string[] Phases = ["Secondary", "Secondary", "Primary", "All-through", "Not applicable", "16 plus"];
    private static readonly string[] Saints = ["St Mary's", "St John's", "Holy Trinity", "St Peter's", "Sacred Heart", "All Saints"];
    private static readonly string[] Kinds = ["Academy", "High School", "School", "Community College", "Grammar School", "Church of England Academy"];

    public static string Write(string path, int rows, int seed = 42)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine("URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentTypeGroup (name),EstablishmentStatus (name),PhaseOfEducation (name),StatutoryLowAge,StatutoryHighAge,Postcode,SchoolWebsite,GOR (name)");
        for (int i = 0; i < rows; i++)
        {
            string town = Towns[random.Next(Towns.Length)];
            var (type, group) = Types[random.Next(Types.Length)];
            string name = random.Next(4) == 0 ? $"{Saints[random.Next(Saints.Length)]} {Kinds[random.Next(Kinds.Length)]}, {town}" : $"{town} {Kinds[random.Next(Kinds.Length)]} {i % 97}";
            string status = random.Next(10) == 0 ? "Closed" : "Open";
            string phase = Phases[random.Next(Phases.Length)];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{100000 + i},{300 + (i % 150)},{town},{4000 + (i % 900)},\"{name}\",{type},{group},{status},{phase},11,18,XX1 1XX,https://www.school{i}.example.sch.uk,{Regions[random.Next(Regions.Length)]}"));
        }

        return path;
    }
}
