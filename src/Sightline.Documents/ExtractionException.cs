namespace Sightline.Documents;

/// <summary>A document could not be read, for a reason a person can act on ("password-protected PDF", "zip entry exceeds
/// the 200 MB decompression limit"). The reader catches it, names the document, and goes on with the rest.</summary>
public sealed class ExtractionException : Exception
{
    public ExtractionException()
    {
    }

    public ExtractionException(string message)
        : base(message)
    {
    }

    public ExtractionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
