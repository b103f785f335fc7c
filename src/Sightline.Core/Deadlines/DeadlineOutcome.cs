namespace Sightline.Core.Deadlines;

/// <summary>Either a deadline or the input value that made it impossible to compute.</summary>
public abstract record DeadlineOutcome
{
    private DeadlineOutcome()
    {
    }

    public sealed record Computed(DeadlineResult Result) : DeadlineOutcome;

    /// <param name="Field">The input at fault, e.g. <c>clarification_received</c>.</param>
    public sealed record Invalid(string Field, string Message) : DeadlineOutcome
    {
        public override string ToString() => $"{Field}: {Message}";
    }
}
