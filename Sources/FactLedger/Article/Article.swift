/// An article read from a file or stdin: its normalised text and its metadata.
///
/// `text` is the body only (front matter removed, HTML reduced to paragraphs) after
/// `TextNormaliser` ran; every offset elsewhere in FactLedger counts Unicode scalar values
/// (code points) in this string, end exclusive.
public struct Article: Hashable, Sendable {
    /// The path as given to ingest (`-` for stdin).
    public var file: String
    /// How the source was written.
    public var format: ArticleFormat
    /// How the source bytes were decoded.
    public var encoding: SourceEncoding
    /// Where the article came from and when it was published.
    public var metadata: ArticleMetadata
    /// The normalised body text.
    public var text: String
    /// Problems met while reading that did not stop it (a guessed encoding, bad front matter).
    public var warnings: [String]
    /// The stored source this text is a version of, when it is re-recorded from the ledger
    /// (`Ledger.correct`); nil for articles read from files, keyed by their URL or path.
    public var sourceKey: String?

    /// Creates an article from already-normalised text.
    public init(
        file: String, format: ArticleFormat = .text, encoding: SourceEncoding = .utf8,
        metadata: ArticleMetadata = ArticleMetadata(), text: String, warnings: [String] = []
    ) {
        self.file = file
        self.format = format
        self.encoding = encoding
        self.metadata = metadata
        self.text = text
        self.warnings = warnings
    }

    /// SHA-256 of the text's UTF-8 bytes, as 64 hexadecimal characters.
    public var contentHash: String { SHA256.hex(text.utf8) }
}

/// The formats ingest reads, decided by the file's extension.
public enum ArticleFormat: String, Hashable, Sendable, Codable, CaseIterable {
    case text, markdown, html

    /// The format a path's extension names, or nil for an extension ingest does not read.
    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") {
            self = .text
        } else if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") {
            self = .markdown
        } else if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") {
            self = .html
        } else {
            return nil
        }
    }
}

/// The character encoding the source bytes were read with.
public enum SourceEncoding: String, Hashable, Sendable, Codable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"
    case windows1252 = "windows-1252"
}
