import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes an output file (`report -o`, `quotes -o`) without destroying what the path names.
///
/// - **The ledger is refused**: the ledger file and its `-wal` and `-shm` files (by name, and by
///   identity when a link points at them) are never output.
/// - **A regular file or a new one** is written to a temporary file created exclusively in the
///   target's folder (random name, `O_EXCL`, so a planted symlink or file is never followed), then
///   renamed over the target in one step: readers see the old content or the new. The target's
///   mode (and, when run as root, its owner) is kept. A target with other hard links is written
///   in place after the temporary copy succeeded, so the links stay one file.
/// - **A symlink** is written through: its target is replaced, not the link.
/// - **Not a regular file** (a device, a FIFO): written directly, never replaced; a directory is refused.
/// - `-` is standard output.
public enum AtomicFile {
    public static func write(_ text: String, to path: String, protecting protected: [String] = []) throws {
        if path == "-" { return try StandardOutput.write(text) }
        var resolved = path
        var st = stat()
        if lstat(path, &st) == 0, st.st_mode & S_IFMT == S_IFLNK {
            guard let real = realpath(path, nil) else { throw error(path, "it is a symlink to nothing") }
            resolved = String(cString: real)
            free(real)
        }
        try refuseProtected(resolved, protected: protected, display: path)
        let exists = stat(resolved, &st) == 0
        if exists {
            switch st.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR: throw error(path, "it is a folder")
            default: return try writeDirectly(text, to: resolved, display: path)
            }
        }
        let url = URL(fileURLWithPath: resolved)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw error(path, "its folder does not exist")
        }
        var template = Array((folder + "/." + url.lastPathComponent + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw error(path, String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            try writeAll(fd, Array(text.utf8), display: path)
            let mode = exists ? st.st_mode & 0o7777 : 0o666 & ~currentUmask()
            _ = fchmod(fd, mode)
            if exists, getuid() == 0 { _ = fchown(fd, st.st_uid, st.st_gid) }
            guard fsync(fd) == 0 else { throw error(path, String(cString: strerror(errno))) }
            close(fd)
            if exists, st.st_nlink > 1 {
                // Hard links: the complete copy exists, so write the target in place and drop the copy.
                try writeDirectly(text, to: resolved, display: path, truncate: true)
                unlink(temporary)
                return
            }
            guard rename(temporary, resolved) == 0 else { throw error(path, String(cString: strerror(errno))) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
    }

    /// Refuses `path` when it names one of `protected` (or its `-wal`/`-shm`), by name or by identity.
    static func refuseProtected(_ path: String, protected: [String], display: String) throws {
        let target = canonical(path)
        var st = stat()
        let identity = stat(path, &st) == 0 ? (st.st_dev, st.st_ino) : nil
        for p in protected {
            for candidate in [p, p + "-wal", p + "-shm", p + "-journal"] {
                var other = stat()
                let same =
                    canonical(candidate) == target
                    || (identity != nil && stat(candidate, &other) == 0 && (other.st_dev, other.st_ino) == identity!)
                if same { throw error(display, "it is the ledger (\(candidate)); choose another output file") }
            }
        }
    }

    /// The path with its folder resolved (the file itself may not exist yet).
    private static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        guard let real = realpath(folder, nil) else { return url.standardizedFileURL.path }
        defer { free(real) }
        return String(cString: real) + "/" + url.lastPathComponent
    }

    private static func writeDirectly(_ text: String, to path: String, display: String, truncate: Bool = false) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | (truncate ? O_TRUNC : 0))
        guard fd >= 0 else { throw error(display, String(cString: strerror(errno))) }
        defer { close(fd) }
        try writeAll(fd, Array(text.utf8), display: display)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8], display: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw error(display, String(cString: strerror(errno))) }
            offset += n
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func error(_ path: String, _ why: String) -> LedgerError {
        LedgerError.invalid("cannot write '\(path)': \(why)")
    }
}

/// Standard output with its errors reported: `report > /dev/full` says so in one line and exits 1
/// instead of crashing or losing the output silently. A closed pipe (`| head`) ends the process
/// quietly, as SIGPIPE does by default.
public enum StandardOutput {
    /// Writes `text` through the C stream `print` uses, so the two stay in order.
    public static func write(_ text: String) throws {
        let bytes = Array(text.utf8)
        errno = 0
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, stream()) }
        guard written == bytes.count else { throw failure() }
    }

    /// Flushes standard output; the error of a write that failed, if any.
    public static func finish() -> LedgerError? {
        let out = stream()
        if ferror(out) != 0 { return failure(known: ENOSPC) }
        errno = 0
        if fflush(out) != 0 || ferror(out) != 0 { return failure() }
        return nil
    }

    /// The C `stdout` stream, read through the symbol table: Swift 6 refuses the global variable
    /// itself as shared mutable state.
    private static func stream() -> UnsafeMutablePointer<FILE>? {
        guard let symbol = dlsym(nil, "stdout") else { return nil }
        return symbol.assumingMemoryBound(to: UnsafeMutablePointer<FILE>?.self).pointee
    }

    /// `known`: the likely cause when the failed write's errno is gone (an earlier buffered write).
    private static func failure(known: Int32 = EIO) -> LedgerError {
        let code = errno == 0 ? known : errno
        return LedgerError.invalid("cannot write to standard output: \(String(cString: strerror(code)))")
    }
}
