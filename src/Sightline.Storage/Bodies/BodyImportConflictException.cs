namespace Sightline.Storage.Bodies;

/// <summary>An import would give one external identifier to two bodies. The import's transaction is rolled back.</summary>
public sealed class BodyImportConflictException : Exception
{
    public BodyImportConflictException()
    {
    }

    public BodyImportConflictException(string message)
        : base(message)
    {
    }

    public BodyImportConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
