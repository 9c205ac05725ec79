import ArgumentParser
import FactLedger

extension FactLedgerCommand {
    struct Speakers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List speakers, show one, and correct them: merge, alias, rename, split, unalias.",
            discussion: "Corrections are kept as reviewer aliases, so re-ingesting articles resolves the same way.",
            subcommands: [List.self, Show.self, Merge.self, Alias.self, Rename.self, Split.self, Unalias.self],
            defaultSubcommand: List.self)

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List speakers with aliases and quote counts.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions

            func run() async throws {
                let speakers = try global.open(.read).speakers()
                if output.json { return Output.json(.array(speakers.map(\.json))) }
                SpeakerTable.print(speakers)
            }
        }

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show a speaker: aliases, corrections and quotes.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: OutputOptions
            @Argument(help: "A name, alias or surname.") var name: String

            func run() async throws {
                let (speaker, quotes, edits) = try global.open(.read).speaker(named: name)
                if output.json {
                    guard case .object(var pairs) = speaker.json else { return }
                    pairs += [("edits", .array(edits.map(JSONValue.string))), ("quote_list", .array(quotes.map(\.json)))]
                    return Output.json(.object(pairs))
                }
                print(
                    Terminal.sanitise(
                        "\(speaker.name) (\(speaker.kind))" + (speaker.role.map { ", \($0)" } ?? "")
                            + (speaker.speaksFor.map { ", speaks for \($0)" } ?? "")))
                if !speaker.aliases.isEmpty { print(Terminal.sanitise("aliases: " + speaker.aliases.joined(separator: "; "))) }
                for edit in edits { print(Terminal.sanitise("edit: " + edit)) }
                print("")
                QuoteTable.print(quotes, width: Output.width)
            }
        }

        struct Merge: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Merge speaker B into speaker A.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Argument(help: "The speaker to keep.") var a: String
            @Argument(help: "The speaker merged into it.") var b: String

            func run() async throws {
                SpeakerTable.print([try global.open(.write).mergeSpeakers(a, b, reviewer: reviewer.name)])
            }
        }

        struct Alias: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add an alias: that spelling is this speaker.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Argument(help: "The speaker.") var name: String
            @Argument(help: "Another spelling of them.") var alias: String

            func run() async throws {
                SpeakerTable.print([try global.open(.write).addSpeakerAlias(name, alias, reviewer: reviewer.name)])
            }
        }

        struct Rename: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Rename a speaker; the old name stays an alias.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Argument(help: "The current name.") var old: String
            @Argument(help: "The new canonical name.") var new: String

            func run() async throws {
                SpeakerTable.print([try global.open(.write).renameSpeaker(old, to: new, reviewer: reviewer.name)])
            }
        }

        struct Split: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Split spellings off a speaker into a speaker of their own (undoes a wrong merge).")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Argument(help: "The speaker.") var name: String
            @Argument(help: "The spellings that are someone else; the first names the new speaker.") var aliases: [String]

            func validate() throws {
                if aliases.isEmpty { throw ValidationError("name at least one spelling to split off") }
            }

            func run() async throws {
                SpeakerTable.print([try global.open(.write).splitSpeaker(name, aliases: aliases, reviewer: reviewer.name)])
            }
        }

        struct Unalias: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Remove an alias: that spelling is not this speaker.")
            @OptionGroup var global: GlobalOptions
            @OptionGroup var reviewer: ReviewerOption
            @Argument(help: "The speaker.") var name: String
            @Argument(help: "The spelling that is not them.") var alias: String

            func run() async throws {
                SpeakerTable.print([try global.open(.write).removeSpeakerAlias(name, alias, reviewer: reviewer.name)])
            }
        }
    }
}

enum SpeakerTable {
    static func print(_ speakers: [SpeakerListing]) {
        Output.table(
            ["ID", "NAME", "KIND", "QUOTES", "CLAIMS", "ALIASES"],
            speakers.map { s in
                [
                    String(s.id), s.name + (s.speaksFor.map { " (for \($0))" } ?? ""), s.kind, String(s.quotes), String(s.claims),
                    s.aliases.joined(separator: "; "),
                ]
            }, flexible: 5)
    }
}
