using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace ReportAutomation.Cli.Commands;

/// <summary>What every command needs from the host: where to write, the clock, the loggers.</summary>
internal sealed record CommandContext(IAnsiConsole Console, TextWriter Error, TimeProvider Clock, ILoggerFactory Loggers);
