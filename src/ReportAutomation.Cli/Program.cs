using ReportAutomation.Cli.Hosting;
using Serilog;

// Bootstrap logger first, so even option-parsing failures are logged; the full logger replaces it once the arguments are known.
Log.Logger = LoggingSetup.Bootstrap();
try
{
    using var loggers = LoggingSetup.CreateFactory(args);
    return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, loggers);
}
finally
{
    await Log.CloseAndFlushAsync();
}
