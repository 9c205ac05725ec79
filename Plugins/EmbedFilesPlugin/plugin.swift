import Foundation
import PackagePlugin

/// Embeds the package's `schema/*.sql` migrations and `seeds/` articles into the target.
@main
struct EmbedFilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in ["schema", "seeds"] {
            let dir = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                inputs.append(dir.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let pairs = inputs.map { url in
            "\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)=\(url.path)"
        }
        return [
            .buildCommand(
                displayName: "Embedding schema and seeds",
                executable: try context.tool(named: "EmbedFiles").url,
                arguments: [output.path] + pairs,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
