import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct FlagCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "flag",
            abstract: "Show one flag with its evidence.",
            subcommands: [Show.self],
            defaultSubcommand: Show.self)

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show one flag with full context.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "The flag's id.") var id: Int64

            func run() async throws {
                guard let flag = try global.open(.read).flag(id: id) else { throw LedgerError.notFound("no flag with id \(id)") }
                if output.json { return Output.json(flag.json) }
                print(FlagText.render(flag, width: Output.width, color: Output.stdoutIsTerminal))
            }
        }
    }
}
