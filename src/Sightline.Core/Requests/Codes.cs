using System.Text;

namespace Sightline.Core.Requests;

internal static class Codes
{
    /// <summary>"InternalReviewRequested" → "internal_review_requested".</summary>
    public static string Snake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 8);
        for (int i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
