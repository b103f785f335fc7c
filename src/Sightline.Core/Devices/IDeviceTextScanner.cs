namespace Sightline.Core.Devices;

/// <summary>Finds every device mention in text: brands (own, sub-brands and OEM relabels), makers, model numbers and product
/// lines. Used by the answer coder, estate audits and exposure work.</summary>
public interface IDeviceTextScanner
{
    /// <returns>Mentions in order of <see cref="DeviceMention.Start"/>; empty when there are none. Never null.</returns>
    /// <remarks>Thread-safe. Matching is culture-invariant.</remarks>
    IReadOnlyList<DeviceMention> Scan(string text);
}
