import Foundation

/// Files the build embeds in the library (`schema/*.sql`, `seeds/*`), so the binary needs no
/// files at run time.
public enum EmbeddedResources {
    /// The bytes of an embedded file by its path relative to the package (`seeds/sources.json`).
    public static func data(_ path: String) -> Data? {
        EmbeddedFiles.base64[path].flatMap { Data(base64Encoded: $0) }
    }

    /// Paths of the embedded files under a folder (`schema`, `seeds`), sorted.
    public static func paths(under folder: String) -> [String] {
        EmbeddedFiles.base64.keys.filter { $0.hasPrefix(folder + "/") }.sorted()
    }
}
