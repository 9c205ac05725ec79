import Foundation

/// One file (or stdin) to ingest, with the metadata its folder's `sources.json` gives it.
public struct IngestInput: Hashable, Sendable {
    /// The path to read, or `-` for stdin.
    public var path: String
    /// The path as the user gave it or as found under a folder they gave, for messages and the ledger.
    public var file: String
    public var format: ArticleFormat?
    public var sourcesEntry: ArticleMetadata?
    /// Set when the input cannot be read at all (a directory loop, a missing path).
    public var error: ArticleError?

    public var isStdin: Bool { path == "-" }
}

/// Expands the paths given to `ingest` into the files to read.
///
/// Folders are read recursively in name order; hidden files and folders are skipped, and inside
/// a folder so are files of types ingest does not read. Each folder's `sources.json` applies to
/// the files beside it and below it. A symbolic link back to a folder being read is reported
/// as a directory loop; a link that leaves the folder given to `ingest` (`../outside/secret.txt`)
/// and anything that is neither a file nor a folder (a FIFO, a socket, a device) are skipped with
/// a warning: reading a FIFO would wait forever.
public struct IngestInputs: Sendable {
    public var inputs: [IngestInput] = []
    /// Problems with `sources.json` files, to print as warnings.
    public var warnings: [String] = []

    public init(paths: [String]) {
        var sourcesCache: [String: SourcesFile] = [:]
        for path in paths {
            if path == "-" {
                inputs.append(IngestInput(path: "-", file: "-", format: nil))
                continue
            }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                inputs.append(IngestInput(path: path, file: path, error: .missing(path)))
                continue
            }
            if isDir.boolValue {
                var visited: Set<FileIdentity> = []
                let root = Self.realPath(path) ?? path
                walk(folder: path, display: path, root: root, visited: &visited, inherited: [], cache: &sourcesCache)
            } else if !Self.isRegularFile(path) {
                inputs.append(
                    IngestInput(path: path, file: path, error: .unreadable(path, "not a regular file (a FIFO or a device)")))
            } else {
                let folder = (path as NSString).deletingLastPathComponent
                let name = (path as NSString).lastPathComponent
                let sources = sourcesFile(in: folder.isEmpty ? "." : folder, cache: &sourcesCache)
                guard let format = ArticleFormat(path: path) else {
                    inputs.append(IngestInput(path: path, file: path, error: .unsupportedFormat(path)))
                    continue
                }
                inputs.append(IngestInput(path: path, file: path, format: format, sourcesEntry: sources?.entries[name]))
            }
        }
    }

    private mutating func walk(
        folder: String, display: String, root: String, visited: inout Set<FileIdentity>,
        inherited: [(String, SourcesFile)], cache: inout [String: SourcesFile]
    ) {
        guard let identity = FileIdentity(path: folder) else { return }
        if visited.contains(identity) {
            inputs.append(IngestInput(path: folder, file: display, error: .directoryLoop(display)))
            return
        }
        visited.insert(identity)
        defer { visited.remove(identity) }
        var chain = inherited
        if let sources = sourcesFile(in: folder, cache: &cache) { chain.append((folder, sources)) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            inputs.append(IngestInput(path: folder, file: display, error: .unreadable(display, "cannot list folder")))
            return
        }
        for name in names where !name.hasPrefix(".") && name != "sources.json" {
            let full = (folder as NSString).appendingPathComponent(name)
            let shown = (display as NSString).appendingPathComponent(name)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else {
                inputs.append(IngestInput(path: full, file: shown, error: .missing(shown)))  // a dangling link
                continue
            }
            if Self.isLink(full), let target = Self.realPath(full), target != root, !target.hasPrefix(root + "/") {
                warnings.append("'\(shown)': skipped, a link that leaves the folder being ingested (to '\(target)')")
                continue
            }
            if !isDir.boolValue, !Self.isRegularFile(full) {
                warnings.append("'\(shown)': skipped, not a regular file (a FIFO, a socket or a device)")
                continue
            }
            if isDir.boolValue {
                walk(folder: full, display: shown, root: root, visited: &visited, inherited: chain, cache: &cache)
            } else if let format = ArticleFormat(path: name) {
                inputs.append(IngestInput(path: full, file: shown, format: format, sourcesEntry: entry(for: full, chain: chain)))
            }
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    static func isLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFLNK
    }

    /// A regular file, after following links.
    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
    }

    /// The nearest `sources.json` entry naming this file, by its path relative to that folder.
    private func entry(for path: String, chain: [(String, SourcesFile)]) -> ArticleMetadata? {
        for (folder, sources) in chain.reversed() {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard path.hasPrefix(prefix) else { continue }
            if let m = sources.entries[String(path.dropFirst(prefix.count))] { return m }
        }
        return nil
    }

    private mutating func sourcesFile(in folder: String, cache: inout [String: SourcesFile]) -> SourcesFile? {
        if let cached = cache[folder] { return cached }
        let path = (folder as NSString).appendingPathComponent("sources.json")
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var st = stat()
        if stat(path, &st) == 0, Int(st.st_size) > SourcesFile.maxBytes || st.st_mode & S_IFMT != S_IFREG {
            warnings.append(
                "'\(path)': too large or not a regular file (the limit is \(SourcesFile.maxBytes >> 20) MiB); its metadata is ignored"
            )
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            warnings.append("'\(path)': cannot read; its metadata is ignored")
            return nil
        }
        let parsed = SourcesFile.parse(data, path: path, folder: folder)
        warnings += parsed.warnings
        cache[folder] = parsed
        return parsed
    }
}

/// A file's device and inode, to notice a folder reached twice through links.
struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
