using ReportAutomation.Cli.Hosting;
using ReportAutomation.Cli.Terminal;
using Serilog;

// Bootstrap logger first, so even option-parsing failures are logged; the full logger replaces it once the arguments are known.
Log.Logger = LoggingSetup.Bootstrap();
try
{
    using var signals = new TerminationSignals();
    using var loggers = LoggingSetup.CreateFactory(args);
    return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, loggers, TerminalSettings.FromEnvironment(), signals.Token);
}
finally
{
    await Log.CloseAndFlushAsync();
}
