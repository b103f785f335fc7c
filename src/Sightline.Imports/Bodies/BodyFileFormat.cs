namespace Sightline.Imports.Bodies;

/// <summary>How a bodies file is laid out.</summary>
public enum BodyFileFormat
{
    /// <summary>A CSV of the user's own bodies, mapped by header names or <c>--map</c>.</summary>
    Csv,

    /// <summary>An XLSX workbook of the user's own bodies (first sheet), mapped like CSV.</summary>
    Xlsx,

    /// <summary>The DfE "Get Information About Schools" establishment extract (CSV).</summary>
    Gias,
}
