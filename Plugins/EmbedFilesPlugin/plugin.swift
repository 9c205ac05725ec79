import Foundation
import PackagePlugin

/// Embeds the package's `schema/*.sql` migrations, `seeds/` articles, the language layer's data
/// (`Sources/FactLedger/Language/Resources/`, as `language/NAME`) and the frame lexicon
/// (`Sources/FactLedger/Extraction/Frames/Lexicon/`, as `frames/NAME`) into the target.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [(name: String, url: URL)] = []
        let folders = [
            ("schema", "schema"), ("seeds", "seeds"), ("Sources/FactLedger/Language/Resources", "language"),
            ("Sources/FactLedger/Extraction/Frames/Lexicon", "frames"),
        ]
        for (folder, prefix) in folders {
            let dir = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            // The data folders' Markdown files document them; they are not data.
            for name in names.sorted() where !name.hasPrefix(".") && !(prefix != "seeds" && name.hasSuffix(".md")) {
                inputs.append(("\(prefix)/\(name)", dir.appending(path: name)))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding schema, seeds and language data",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + inputs.map { "\($0.name)=\($0.url.path)" },
                inputFiles: inputs.map(\.url),
                outputFiles: [output]
            )
        ]
    }
}
