import Foundation

/// Reads one article from bytes or a file: decodes, parses front matter or HTML, and merges
/// metadata so that what is given explicitly wins over `sources.json`, which wins over front
/// matter or HTML metadata, which win over what is detected in the text.
public struct ArticleReader: Sendable {
    /// Files larger than this are refused (default 100 MiB).
    public var maxBytes: Int

    public static let defaultMaxBytes = 100 * 1_048_576

    public init(maxBytes: Int = ArticleReader.defaultMaxBytes) {
        self.maxBytes = maxBytes
    }

    /// Reads the file at `path`, shown as `file` in messages and in the ledger.
    public func read(
        path: String, file: String, format: ArticleFormat? = nil,
        sourcesEntry: ArticleMetadata? = nil, explicit: ArticleMetadata = ArticleMetadata()
    ) throws -> Article {
        guard let format = format ?? ArticleFormat(path: path) else { throw ArticleError.unsupportedFormat(file) }
        let bytes = try FileBytes.contents(path: path, display: file, maxBytes: maxBytes)
        return try read(bytes: bytes, file: file, format: format, sourcesEntry: sourcesEntry, explicit: explicit)
    }

    /// Reads an article from bytes already in memory (stdin, tests).
    public func read(
        bytes: [UInt8], file: String, format: ArticleFormat,
        sourcesEntry: ArticleMetadata? = nil, explicit: ArticleMetadata = ArticleMetadata()
    ) throws -> Article {
        if bytes.count > maxBytes { throw ArticleError.tooLarge(file, bytes.count, maxBytes) }
        if bytes.isEmpty { throw ArticleError.empty(file) }
        let decoded = try TextDecoding.decode(bytes, file: file)
        var warnings = decoded.warnings
        var text = decoded.text
        var metadata = ArticleMetadata()
        switch format {
        case .text, .markdown:
            if let front = FrontMatter.parse(text) {
                warnings += front.warnings
                if front.bodyStart > 0 {
                    metadata = front.metadata(warnings: &warnings)
                    text = String(
                        text.unicodeScalars[
                            text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: front.bodyStart)...])
                }
            }
            if format == .markdown, metadata.title == nil { metadata.title = Self.markdownTitle(text) }
        case .html:
            let html = HTMLArticleReader.read(text)
            warnings += html.warnings
            metadata = html.metadata
            text = html.text
        }
        if text.allSatisfy({ $0.isWhitespace }) { throw ArticleError.empty(file) }
        var merged = metadata
        if let sourcesEntry { merged = merged.overridden(by: sourcesEntry) }
        merged = merged.overridden(by: explicit)
        // A date in the URL is the site's own filing of the article.
        if merged.published == nil, let url = merged.url, let iso = URLDate.find(in: url) {
            merged.published = iso
            merged.publishedRaw = url
            merged.publishedSource = .url
        }
        if merged.published == nil || merged.author == nil {
            let detected = TextMetadataDetector.detect(in: Self.head(text), findDate: merged.published == nil)
            merged = detected.overridden(by: merged)
        }
        return Article(file: file, format: format, encoding: decoded.encoding, metadata: merged, text: text, warnings: warnings)
    }

    /// A dateline or byline is looked for in the first 5,000 and last 2,000 characters only.
    private static func head(_ text: String) -> String {
        // No more bytes than 7,000 means no more scalars: the count is skipped for most articles.
        guard text.utf8.count > 7_000 else { return text }
        let scalars = text.unicodeScalars
        guard scalars.count > 7_000 else { return text }
        let head = String(scalars.prefix(5_000))
        let tail = String(scalars.suffix(2_000))
        return head + "\n" + tail
    }

    private static func markdownTitle(_ text: String) -> String? {
        for line in text.split(separator: "\n").prefix(10) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("# ") {
                return String(trimmed.dropFirst(2)).trimmingCharacters(in: .whitespaces)
            }
        }
        return nil
    }
}

/// Whole-file reads with errors that name the file.
public enum FileBytes {
    static func contents(path: String, display: String, maxBytes: Int) throws -> [UInt8] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw ArticleError.missing(display) }
            throw ArticleError.unreadable(display, String(cString: strerror(errno)))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw ArticleError.isDirectory(display) }
        if (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) > maxBytes {
            throw ArticleError.tooLarge(display, Int(info.st_size), maxBytes)
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw ArticleError.unreadable(display, String(cString: strerror(errno))) }
        defer { close(fd) }
        return try readAll(fd: fd, display: display, maxBytes: maxBytes)
    }

    /// Reads a descriptor to its end (regular files, pipes, stdin), refusing more than `maxBytes`.
    public static func readAll(fd: Int32, display: String, maxBytes: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ArticleError.unreadable(display, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes { throw ArticleError.tooLarge(display, bytes.count, maxBytes) }
        }
        return bytes
    }
}
