import Foundation

/// A folder's `sources.json`: metadata for the files beside it.
///
/// Either an array of objects with a `file` key, or an object keyed by file name; each entry may
/// give `outlet`, `url`, `author`, `published` and `title`. Entries are matched by path relative
/// to the folder and may not leave it.
public struct SourcesFile: Sendable {
    /// Metadata by relative path (`a.txt`, `sub/b.html`).
    public var entries: [String: ArticleMetadata]
    /// Problems found: malformed JSON, wrong types, unsafe or missing file names.
    public var warnings: [String]

    /// Parses the file's bytes; `folder` is used to check that named files exist.
    /// The most a `sources.json` may weigh (a million entries is about 100 MB): larger files are ignored.
    public static let maxBytes = 32 << 20
    /// The most warnings shown for one `sources.json`; the rest are counted.
    public static let maxWarnings = 20

    public static func parse(_ data: Data, path: String, folder: String) -> SourcesFile {
        guard data.count <= maxBytes else {
            return SourcesFile(
                entries: [:],
                warnings: [
                    "'\(path)': too large (\(data.count >> 20) MiB, the limit is \(maxBytes >> 20) MiB); its metadata is ignored"
                ])
        }
        var result = parseAll(data, path: path, folder: folder)
        if result.warnings.count > maxWarnings {
            let more = result.warnings.count - maxWarnings
            result.warnings = Array(result.warnings.prefix(maxWarnings)) + ["'\(path)': \(more) more warnings not shown"]
        }
        return result
    }

    private static func parseAll(_ data: Data, path: String, folder: String) -> SourcesFile {
        var result = SourcesFile(entries: [:], warnings: [])
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            result.warnings.append("'\(path)': not valid JSON, its metadata is ignored")
            return result
        }
        var items: [(String?, [String: Any])] = []
        if let array = json as? [Any] {
            for (index, element) in array.enumerated() {
                guard let object = element as? [String: Any] else {
                    result.warnings.append("'\(path)': entry \(index + 1) is not an object; ignored")
                    continue
                }
                items.append((object["file"] as? String, object))
                if object["file"] != nil, !(object["file"] is String) {
                    result.warnings.append("'\(path)': entry \(index + 1) has a 'file' that is not a string; ignored")
                }
            }
        } else if let object = json as? [String: Any] {
            for (key, value) in object.sorted(by: { $0.key < $1.key }) {
                guard let fields = value as? [String: Any] else {
                    result.warnings.append("'\(path)': entry '\(key)' is not an object; ignored")
                    continue
                }
                items.append((key, fields))
            }
        } else {
            result.warnings.append("'\(path)': expected an array of entries; its metadata is ignored")
            return result
        }
        for (index, (fileName, object)) in items.enumerated() {
            guard let fileName, !fileName.isEmpty else {
                if object["file"] == nil {
                    result.warnings.append("'\(path)': entry \(index + 1) has no 'file'; ignored")
                }
                continue
            }
            guard let relative = safeRelativePath(fileName) else {
                result.warnings.append(
                    "'\(path)': entry '\(Terminal.sanitise(fileName))' names a file outside its folder; ignored")
                continue
            }
            let full = (folder as NSString).appendingPathComponent(relative)
            if !FileManager.default.fileExists(atPath: full) {
                result.warnings.append("'\(path)': entry '\(Terminal.sanitise(fileName))' names a file that does not exist")
            }
            var m = ArticleMetadata()
            m.outlet = string(object, "outlet", path, &result.warnings)
            m.url = string(object, "url", path, &result.warnings)
            m.author = string(object, "author", path, &result.warnings)
            m.title = string(object, "title", path, &result.warnings)
            if let raw = string(object, "published", path, &result.warnings) {
                if !m.setPublished(raw, source: .sourcesFile) {
                    result.warnings.append(
                        "'\(path)': '\(Terminal.sanitise(fileName))' has a published date I cannot read: '\(Terminal.sanitise(raw))'"
                    )
                }
            }
            result.entries[relative] = m
        }
        return result
    }

    private static func string(_ object: [String: Any], _ key: String, _ path: String, _ warnings: inout [String]) -> String? {
        guard let value = object[key], !(value is NSNull) else { return nil }
        if let s = value as? String {
            let trimmed = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        warnings.append("'\(path)': '\(key)' should be a string; ignored")
        return nil
    }

    /// The path with `.` parts removed, or nil when it is absolute or climbs out with `..`.
    static func safeRelativePath(_ name: String) -> String? {
        if name.hasPrefix("/") || name.hasPrefix("~") || name.contains("\0") { return nil }
        var parts: [Substring] = []
        for part in name.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { return nil }
            parts.append(part)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
