import Foundation

@testable import FactLedger

/// A new empty folder under the system's temporary directory.
func temporaryFolder(_ name: String = "test") throws -> String {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("factledger-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Writes `text` to `folder/name`, creating subfolders; returns the path.
@discardableResult
func write(_ text: String, to name: String, in folder: String) throws -> String {
    let path = (folder as NSString).appendingPathComponent(name)
    try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
}

/// The folder holding the package (for the bundled seeds).
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
    }
    return FileManager.default.currentDirectoryPath
}()

let seedsFolder = (packageRoot as NSString).appendingPathComponent("seeds")

/// Scalar-offset slice of a string.
func slice(_ text: String, _ range: TextRange) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range.start..<range.end])
    return String(view)
}

/// Ingests paths into the ledger with the default pipeline.
@discardableResult
func ingest(_ paths: [String], into ledger: Ledger) throws -> IngestSummary {
    try IngestPipeline().run(IngestInputs(paths: paths).inputs, into: ledger) { _ in }
}

/// The bundled seed articles' paths.
func seedPaths() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: seedsFolder).filter { $0.hasSuffix(".txt") }.sorted()
        .map { (seedsFolder as NSString).appendingPathComponent($0) }
}

/// The shared evaluation folder (`../shared` beside the repo), when present.
let sharedFolder: String? = {
    let path = ((packageRoot as NSString).deletingLastPathComponent as NSString).appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: path) ? path : nil
}()
