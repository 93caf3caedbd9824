namespace ReportAutomation.Cli.Commands;

/// <summary>The CLI's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;

    /// <summary>A failure: bad arguments, a missing input, a broken template, an unexpected error.</summary>
    public const int Failure = 1;

    /// <summary>The inputs had data issues (the build still completed with the good rows unless --strict).</summary>
    public const int DataIssues = 2;

    /// <summary>The pack was built but some recipients were not served (failed, dead-lettered, unknown): see <c>deliveries</c>.</summary>
    public const int SomeRecipientsFailed = 3;

    /// <summary>Cancelled by Ctrl-C (SIGINT) or SIGTERM: the command stopped and removed its unfinished files (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
