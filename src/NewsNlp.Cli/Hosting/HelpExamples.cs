using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Runtime.CompilerServices;

namespace NewsNlp.Cli.Hosting;

/// <summary>Adds an "Examples" section and the exit codes to the standard help of each command.</summary>
internal static class HelpExamples
{
    private static readonly ConditionalWeakTable<Command, string> Examples = [];

    /// <summary>Registers the examples printed under <paramref name="command"/>'s help.</summary>
    public static void Register(Command command, string examples) => Examples.AddOrUpdate(command, examples);

    /// <summary>Wraps the help action of <paramref name="root"/>'s help option.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help && help.Action is HelpAction standard)
                help.Action = new WithExamples(standard);
        }
    }

    private sealed class WithExamples(HelpAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var code = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (Examples.TryGetValue(parseResult.CommandResult.Command, out var examples))
            {
                output.WriteLine("Examples:");
                output.WriteLine(examples.TrimEnd());
                output.WriteLine();
            }
            output.WriteLine(ExitCodes.HelpText);
            output.WriteLine();
            return code;
        }
    }
}
