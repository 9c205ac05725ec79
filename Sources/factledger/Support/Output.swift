import FactLedger
import Foundation

/// Printing: tables sized to the terminal, JSON, and one-line errors on stderr.
enum Output {
    static func json(_ value: JSONValue) {
        print(value.rendered(indent: 2))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("error: " + Terminal.sanitise(message) + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + Terminal.sanitise(message) + "\n").utf8))
    }

    static func note(_ message: String) {
        FileHandle.standardError.write(Data((Terminal.sanitise(message) + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }

    /// Columns available on the terminal (80 when not a terminal).
    static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(columns), n > 20 { return n }
        return 100
    }

    /// Prints rows under headers; the column marked `flexible` is truncated to fit the width.
    static func table(_ headers: [String], _ rows: [[String]], flexible: Int? = nil, wrap: Bool = false) {
        print(Table.render(headers, rows.map { $0.map { Terminal.sanitise($0) } }, width: width, flexible: flexible, wrap: wrap))
    }
}

/// Prints a JSON array one element at a time, so output for many files is never held whole.
struct JSONArrayStream {
    private var count = 0

    mutating func append(_ value: JSONValue) {
        print(count == 0 ? "[\n  " : ",\n  ", terminator: "")
        print(value.rendered(indent: 2, level: 1), terminator: "")
        count += 1
    }

    /// An object written in pieces (`JSONValue.streamObject`).
    mutating func append(fields: [(String, JSONValue.Streamed)]) {
        print(count == 0 ? "[\n  " : ",\n  ", terminator: "")
        JSONValue.streamObject(fields, indent: 2, level: 1) { print($0, terminator: "") }
        count += 1
    }

    func finish() { print(count == 0 ? "[]" : "\n]") }
}
