import Foundation

/// The five seed articles embedded in the binary, for `factledger demo`.
public enum DemoSeeds {
    /// Writes `seeds/` (the articles and `sources.json`, byte for byte) into a new temporary folder; returns the folder.
    public static func writeSeeds() throws -> String {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "factledger-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))")
        let seeds = (base as NSString).appendingPathComponent("seeds")
        try FileManager.default.createDirectory(atPath: seeds, withIntermediateDirectories: true)
        for path in EmbeddedResources.paths(under: "seeds") {
            guard let data = EmbeddedResources.data(path) else { continue }
            let target = (seeds as NSString).appendingPathComponent((path as NSString).lastPathComponent)
            guard FileManager.default.createFile(atPath: target, contents: data) else {
                throw LedgerError.invalid("cannot write the demo seeds to '\(target)'")
            }
        }
        return base
    }
}
