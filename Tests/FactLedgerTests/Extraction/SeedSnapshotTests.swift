import Foundation
import Testing

@testable import FactLedger

/// Golden dumps of each seed's extraction under `Snapshots/`. A missing snapshot is recorded and
/// the test fails; `RECORD_SNAPSHOTS=1 swift test` re-records them all.
struct SeedSnapshotTests {
    static let folder = (packageRoot as NSString).appendingPathComponent("Tests/FactLedgerTests/Snapshots")

    @Test(arguments: [
        "000_dba63d55b9e3c45a", "001_9547dc1172a781f6", "002_a133f88919e60f10", "003_c0cfd81272d4f5bc", "004_595561bc489a40bd",
    ])
    func seedExtractionMatchesItsSnapshot(_ seed: String) throws {
        let path = (seedsFolder as NSString).appendingPathComponent(seed + ".txt")
        let article = try ArticleReader().read(path: path, file: seed + ".txt")
        let dump = SnapshotDump.dump(Extractor().extract(article))
        let snapshot = (Self.folder as NSString).appendingPathComponent(seed + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !record, let stored = try? String(contentsOfFile: snapshot, encoding: .utf8) else {
            try dump.write(toFile: snapshot, atomically: true, encoding: .utf8)
            Issue.record("recorded \(snapshot); run the tests again")
            return
        }
        #expect(stored == dump, "extraction of \(seed) differs from its snapshot; re-record with RECORD_SNAPSHOTS=1 if intended")
    }
}

/// A readable text dump of an extraction.
enum SnapshotDump {
    static func dump(_ x: Extraction) -> String {
        var lines: [String] = []
        for q in x.quotes {
            let speaker = q.speaker.flatMap { x.entities[$0].name ?? "[\(x.entities[$0].roles.first ?? "?")]" } ?? "-"
            lines.append(
                "quote \(q.range.start)..<\(q.range.end) \(q.kind.rawValue) u\(q.utterance) speaker=\(speaker) written=\(q.speakerAsWritten ?? "-") cue=\(q.cue ?? "-")"
            )
            lines.append("  “\(q.text)”")
        }
        for c in x.claims {
            let interval = "[\(c.lower.map { JSONValue.number($0) } ?? "-∞"), \(c.upper.map { JSONValue.number($0) } ?? "∞")]"
            lines.append(
                "claim \(c.range.start)..<\(c.range.end) \(c.kind.rawValue) value=\(JSONValue.number(c.value)) \(interval) unit=\(c.unit ?? "-") subject=\(c.subject ?? "-") qualifier=\(c.qualifier ?? "-") speaker=\(c.speaker.flatMap { x.entities[$0].name } ?? "-") date=\(c.eventDate ?? "-")"
            )
            lines.append("  \(c.text)")
        }
        for d in x.diagnostics { lines.append("\(d.severity.rawValue) \(d.range.map { "\($0.start)" } ?? "-"): \(d.message)") }
        return lines.joined(separator: "\n") + "\n"
    }
}
