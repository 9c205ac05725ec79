/// Why a file could not be read as an article. Messages are one lowercase line naming the file.
public enum ArticleError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(String)
    case unreadable(String, String)
    case isDirectory(String)
    case empty(String)
    case binary(String, String)
    case tooLarge(String, Int, Int)
    case directoryLoop(String)
    case unsupportedFormat(String)

    public var description: String {
        switch self {
        case .missing(let path): return "'\(path)': no such file or directory"
        case .unreadable(let path, let reason): return "'\(path)': cannot read: \(reason)"
        case .isDirectory(let path): return "'\(path)': is a directory"
        case .empty(let path): return "'\(path)': empty file, no article text"
        case .binary(let path, let kind): return "'\(path)': looks like \(kind), not an article"
        case .tooLarge(let path, let size, let limit):
            return "'\(path)': \(size / 1_048_576) MiB is over the \(limit / 1_048_576) MiB limit (see --max-size)"
        case .directoryLoop(let path): return "'\(path)': directory loop (a link back to a folder being read), skipped"
        case .unsupportedFormat(let path):
            return "'\(path)': unsupported file type (ingest reads .txt, .md, .html and .htm)"
        }
    }
}
