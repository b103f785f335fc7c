using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Requests;

/// <summary>A request's unique reference, e.g. <c>CCTV24-0042</c>: letters, digits, '-' and '_', at most 64 characters.
/// It goes in the subject and reply address of every message, so replies file themselves.</summary>
public readonly record struct RequestReference
{
    public const int MaxLength = 64;

    private RequestReference(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, [NotNullWhen(true)] out RequestReference? reference)
    {
        reference = null;
        string value = (text ?? string.Empty).Trim().ToUpperInvariant();
        if (value.Length is 0 or > MaxLength || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        reference = new RequestReference(value);
        return true;
    }

    /// <exception cref="ArgumentException">The text is not a valid reference.</exception>
    public static RequestReference Parse(string text) =>
        TryParse(text, out RequestReference? reference) ? reference.Value : throw new ArgumentException($"'{text}' is not a request reference.", nameof(text));

    public override string ToString() => Value;
}
