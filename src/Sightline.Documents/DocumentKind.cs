namespace Sightline.Documents;

/// <summary>What a file really is, judged from its content (names and extensions lie).</summary>
public enum DocumentKind
{
    Unknown,
    Text,
    Html,
    Email,
    Pdf,
    Docx,
    Xlsx,
    Csv,
    Image,
    Zip,
    LegacyOffice,
    Binary,
}
