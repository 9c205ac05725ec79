import Foundation
import Testing

@testable import FactLedger

/// `-o` never destroys what it names.
struct AtomicFileTests {
    @Test func refusesTheLedgerItsJournalsAndLinksToThem() throws {
        let folder = try temporaryFolder("atomic")
        let ledger = folder + "/work.sqlite"
        try Data("SQLite format 3\0".utf8).write(to: URL(fileURLWithPath: ledger))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.md", withDestinationPath: ledger)
        for target in [ledger, ledger + "-wal", ledger + "-shm", folder + "/link.md", folder + "/./work.sqlite"] {
            #expect(throws: LedgerError.self) { try AtomicFile.write("report", to: target, protecting: [ledger]) }
        }
        #expect(try String(contentsOfFile: ledger, encoding: .utf8) == "SQLite format 3\0")
        #expect(!FileManager.default.fileExists(atPath: ledger + "-wal"))
    }

    @Test func keepsTheModeAndTheHardLinksOfTheTarget() throws {
        let folder = try temporaryFolder("atomic")
        let target = folder + "/report.md", other = folder + "/same.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        chmod(target, 0o600)
        link(target, other)
        try AtomicFile.write("new", to: target)
        var st = stat()
        stat(target, &st)
        #expect(st.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["report.md", "same.md"])
    }

    @Test func neverFollowsALinkPlantedAtATemporaryName() throws {
        let folder = try temporaryFolder("atomic")
        let victim = folder + "/victim.txt"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
        // The old predictable name: `.NAME.PID.tmp`.
        let planted = folder + "/.report.md.\(ProcessInfo.processInfo.processIdentifier).tmp"
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim)
        try AtomicFile.write("report", to: folder + "/report.md")
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
        #expect(try String(contentsOfFile: folder + "/report.md", encoding: .utf8) == "report")
    }

    @Test func writesThroughASymlinkAndIntoADeviceWithoutReplacingThem() throws {
        let folder = try temporaryFolder("atomic")
        let real = folder + "/real.md"
        try Data("old".utf8).write(to: URL(fileURLWithPath: real))
        try FileManager.default.createSymbolicLink(atPath: folder + "/alias.md", withDestinationPath: real)
        try AtomicFile.write("new", to: folder + "/alias.md")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/alias.md") == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        try AtomicFile.write("discarded", to: "/dev/null")
        var st = stat()
        stat("/dev/null", &st)
        #expect(st.st_mode & S_IFMT == S_IFCHR)
        #expect(throws: LedgerError.self) { try AtomicFile.write("x", to: folder) }
    }
}
