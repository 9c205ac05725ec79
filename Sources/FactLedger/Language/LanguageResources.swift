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

    /// Calls `body` with the tab-separated fields of each line of `bytes`, skipping empty lines and
    /// comments (`#`); the fields are only valid during the call. Builds no strings, so the tables
    /// (80,000 WordNet words) load in a few milliseconds.
    static func forEachRow(_ bytes: [UInt8], _ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        bytes.withUnsafeBufferPointer { buf in
            var fields: [UnsafeBufferPointer<UInt8>] = []
            var lineStart = 0
            while lineStart < buf.count {
                var lineEnd = lineStart
                while lineEnd < buf.count, buf[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd > lineStart, buf[lineStart] != 0x23 {
                    fields.removeAll(keepingCapacity: true)
                    var fieldStart = lineStart
                    for k in lineStart...lineEnd where k == lineEnd || buf[k] == 0x09 {
                        fields.append(UnsafeBufferPointer(rebasing: buf[fieldStart..<k]))
                        fieldStart = k + 1
                    }
                    body(fields)
                }
                lineStart = lineEnd + 1
            }
        }
    }
}

extension WordHash {
    /// `WordHash` of UTF-8 bytes.
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = basis
        for b in bytes { h = step(h, b) }
        return h
    }
}

extension String {
    /// The string of UTF-8 bytes.
    init(utf8 bytes: UnsafeBufferPointer<UInt8>) { self = String(decoding: bytes, as: UTF8.self) }
}
