using System.Globalization;
using System.Text;

namespace Sightline.Core.Bodies;

/// <summary>Normalises names for searching and matching: culture-invariant, so results never depend on the server locale.</summary>
public static class NameNormalizer
{
    /// <summary>Lower case, accents removed, "&amp;" read as "and", punctuation turned into single spaces, trimmed.
    /// "St. Mary's C of E &amp; Academy" becomes "st marys c of e and academy".</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c is '\'' or '\u2019' or '\u2018' or '.')
            {
                continue; // "St. Mary's" and "St Marys" must match
            }

            if (c == '&')
            {
                AppendWord(builder, "and", ref pendingSpace);
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>A key for alias lookups: <see cref="Normalize"/> without spaces and without a leading "the".</summary>
    public static string Compact(string? text)
    {
        string normal = Normalize(text);
        if (normal.StartsWith("the ", StringComparison.Ordinal))
        {
            normal = normal[4..];
        }

        return normal.Replace(" ", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>A URL- and id-safe slug: lower-case words joined by hyphens.</summary>
    public static string Slug(string? text) => Normalize(text).Replace(' ', '-');

    private static void AppendWord(StringBuilder builder, string word, ref bool pendingSpace)
    {
        if (builder.Length > 0)
        {
            builder.Append(' ');
        }

        builder.Append(word);
        pendingSpace = true;
    }
}
