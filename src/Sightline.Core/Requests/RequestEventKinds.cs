using System.Diagnostics.CodeAnalysis;

namespace Sightline.Core.Requests;

/// <summary>snake_case codes of <see cref="RequestEventKind"/>.</summary>
public static class RequestEventKinds
{
    public static string ToCode(this RequestEventKind kind) => Codes.Snake(kind.ToString());

    public static bool TryParse(string? code, [NotNullWhen(true)] out RequestEventKind? kind)
    {
        string key = (code ?? string.Empty).Trim();
        kind = Enum.GetValues<RequestEventKind>().Cast<RequestEventKind?>().FirstOrDefault(k => string.Equals(k!.Value.ToCode(), key, StringComparison.OrdinalIgnoreCase));
        return kind is not null;
    }
}
