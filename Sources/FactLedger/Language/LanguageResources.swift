import Foundation

/// The language layer's data files (`Sources/FactLedger/Language/Resources/`), embedded in the
/// library at build time by the EmbedFiles plugin, so the binary needs no files at run time.
enum LanguageResources {
    /// The bytes of a resource by its file name (`tagger.bin`); empty when the build embedded none.
    static func bytes(_ name: String) -> [UInt8] {
        EmbeddedFiles.base64["language/" + name].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) } ?? []
    }

    /// A text resource (`wordnet-words.tsv`) as a string.
    static func text(_ name: String) -> String {
        String(decoding: bytes(name), as: UTF8.self)
    }
}
