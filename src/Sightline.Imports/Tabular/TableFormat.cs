namespace Sightline.Imports.Tabular;

public enum TableFormat
{
    Csv,
    Tsv,
    Xlsx,
}
