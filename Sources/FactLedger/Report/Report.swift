import Foundation

/// The formats `report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, html, csv, json, claimreview

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .csv: return "csv"
        case .json: return "json"
        case .claimreview: return "jsonld"
        }
    }
}

/// Renders report data in one format.
public enum ReportRenderer {
    public static func render(_ data: ReportData, format: ReportFormat, options: ReportOptions) -> String {
        switch format {
        case .markdown: return MarkdownReport.render(data, options: options)
        case .html: return HTMLReport.render(data, options: options)
        case .csv: return CSVReport.render(data)
        case .json: return JSONReport.render(data, options: options)
        case .claimreview: return ClaimReviewReport.render(data, options: options)
        }
    }
}

/// Writes a file so that readers see the old content or the new, never a half-written one: the
/// text goes to a temporary file beside it, which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LedgerError.invalid("cannot write '\(path)': its folder does not exist")
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            // rename(2) replaces the target in one step.
            guard rename(temporary.path, path) == 0 else {
                throw NSError(
                    domain: NSPOSIXErrorDomain, code: Int(errno),
                    userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LedgerError.invalid("cannot write '\(path)': \((error as NSError).localizedDescription)")
        }
    }
}
