namespace Sightline.Core.Statistics;

/// <summary>A count over a stated denominator, with its Wilson score interval.</summary>
/// <remarks>The Wilson interval stays inside [0, 1] and behaves at 0 and n, unlike the normal approximation — which matters
/// for small groups such as 47 police forces.</remarks>
public readonly record struct Proportion(int Count, int Denominator)
{
    public const double Z95 = 1.959963984540054;

    /// <summary>Count / denominator as a percentage; null when the denominator is 0.</summary>
    public double? Percent => Denominator == 0 ? null : 100.0 * Count / Denominator;

    /// <summary>The Wilson 95% interval in percent; null when the denominator is 0.</summary>
    public (double Low, double High)? Interval95 => Wilson(Count, Denominator, Z95);

    public static (double Low, double High)? Wilson(int count, int n, double z)
    {
        if (n <= 0)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, n);
        double p = (double)count / n;
        double z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4.0 * n * n)));
        return (100 * Math.Max(0, centre - half), 100 * Math.Min(1, centre + half));
    }
}
