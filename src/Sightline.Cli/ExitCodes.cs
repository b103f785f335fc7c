namespace Sightline.Cli;

/// <summary>The process exit codes every command uses.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int UsageError = 2;
    public const int BadInput = 3;
}
