namespace Sightline.Storage;

/// <summary>Which engine and which database the store uses, for messages. Never holds a password.</summary>
public sealed record DatabaseDescription(string Engine, string Location)
{
    public override string ToString() => $"{Engine} database {Location}";
}
