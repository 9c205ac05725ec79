import Foundation
import Testing

@testable import FactLedger

struct IngestInputsTests {
    @Test func walksFoldersRecursivelyAndAppliesSourcesFiles() throws {
        let folder = try temporaryFolder()
        try write("One.", to: "a.txt", in: folder)
        try write("Two.", to: "sub/b.md", in: folder)
        try write("skip", to: "sub/c.pdf", in: folder)
        try write("hidden", to: ".hidden/d.txt", in: folder)
        try write(
            #"[{"file": "a.txt", "outlet": "Outlet A"}, {"file": "sub/b.md", "outlet": "Outlet B"}]"#,
            to: "sources.json", in: folder)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.inputs.map { ($0.file as NSString).lastPathComponent } == ["a.txt", "b.md"])
        #expect(inputs.inputs.map { $0.sourcesEntry?.outlet } == ["Outlet A", "Outlet B"])
        #expect(inputs.warnings.isEmpty)
    }

    @Test func warnsAboutBadSourcesEntriesAndKeepsTheRest() throws {
        let folder = try temporaryFolder()
        try write("One.", to: "a.txt", in: folder)
        try write(
            """
            [{"file": "../../etc/passwd", "outlet": "evil"},
             {"file": "missing.txt", "outlet": "gone"},
             {"file": "a.txt", "outlet": 42, "author": "Ann"},
             "not an object"]
            """, to: "sources.json", in: folder)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.inputs.count == 1)
        #expect(inputs.inputs[0].sourcesEntry?.author == "Ann")
        #expect(inputs.inputs[0].sourcesEntry?.outlet == nil)
        #expect(inputs.warnings.contains { $0.contains("outside its folder") })
        #expect(inputs.warnings.contains { $0.contains("does not exist") })
        #expect(inputs.warnings.contains { $0.contains("'outlet' should be a string") })
        #expect(inputs.warnings.contains { $0.contains("not an object") })
    }

    @Test func warnsAboutMalformedSourcesFile() throws {
        let folder = try temporaryFolder()
        try write("One.", to: "a.txt", in: folder)
        try write("{not json", to: "sources.json", in: folder)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.inputs.count == 1)
        #expect(inputs.warnings.contains { $0.contains("not valid JSON") })
    }

    @Test func reportsADirectoryLoop() throws {
        let folder = try temporaryFolder()
        try write("One.", to: "sub/a.txt", in: folder)
        try FileManager.default.createSymbolicLink(
            atPath: (folder as NSString).appendingPathComponent("sub/loop"),
            withDestinationPath: folder)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.inputs.filter { $0.error == nil }.count == 1)
        #expect(inputs.inputs.contains { if case .directoryLoop = $0.error { return true } else { return false } })
    }

    @Test func skipsLinksThatLeaveTheFolderAndFIFOs() throws {
        let base = try temporaryFolder("walk")
        let folder = base + "/in"
        try write("Officials said 12 people were hurt.", to: "a.txt", in: folder)
        try write("A secret figure: 40.", to: "secret.txt", in: base + "/outside")
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.txt", withDestinationPath: "../outside/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: folder + "/inside.txt", withDestinationPath: "a.txt")
        mkfifo(folder + "/pipe.txt", 0o600)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.inputs.map { ($0.file as NSString).lastPathComponent } == ["a.txt", "inside.txt"])
        #expect(inputs.warnings.contains { $0.contains("link.txt") && $0.contains("leaves the folder") })
        #expect(inputs.warnings.contains { $0.contains("pipe.txt") && $0.contains("not a regular file") })
        // Named directly, a FIFO is refused, not waited on.
        let direct = IngestInputs(paths: [folder + "/pipe.txt"])
        #expect(direct.inputs.first?.error != nil)
    }

    @Test func capsTheWarningsOfALargeSourcesFile() throws {
        let folder = try temporaryFolder()
        try write("One.", to: "a.txt", in: folder)
        let entries = (0..<500).map { #"{"file": "missing-\#($0).txt", "outlet": "X"}"# }
        try write("[" + entries.joined(separator: ",") + "]", to: "sources.json", in: folder)
        let inputs = IngestInputs(paths: [folder])
        #expect(inputs.warnings.count == SourcesFile.maxWarnings + 1)
        #expect(inputs.warnings.last?.contains("480 more warnings") == true)
        let huge = Data(count: SourcesFile.maxBytes + 1)
        #expect(SourcesFile.parse(huge, path: "s.json", folder: folder).warnings.first?.contains("too large") == true)
    }
}
