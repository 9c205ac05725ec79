import FactLedger
import Foundation

nonisolated(unsafe) private var savedTermios = termios()

/// The controlling terminal in raw mode for single-key input, restored on every exit path.
final class RawTerminal: ReviewTerminal {
    private var original = termios()
    private var raw = false

    init?() {
        guard isatty(0) == 1, isatty(1) == 1, tcgetattr(0, &original) == 0 else { return nil }
        // Ctrl-C or a kill must not leave the terminal without echo.
        savedTermios = original
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { code in
                tcsetattr(0, TCSANOW, &savedTermios)
                _exit(128 + code)
            }
        }
    }

    deinit { restore() }

    var width: Int { Output.width }
    var color: Bool { ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    func enterRaw() {
        var t = original
        t.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &t.c_cc) {
            $0[Int(VMIN)] = 1  // one byte at a time
            $0[Int(VTIME)] = 0
        }
        if tcsetattr(0, TCSANOW, &t) == 0 { raw = true }
    }

    func restore() {
        if raw {
            var t = original
            tcsetattr(0, TCSANOW, &t)
            raw = false
        }
    }

    func readKey() -> Character? {
        enterRaw()
        var first: UInt8 = 0
        guard read(0, &first, 1) == 1 else { return nil }
        var bytes = [first]
        // The rest of a UTF-8 character.
        let more = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<more {
            var b: UInt8 = 0
            guard read(0, &b, 1) == 1 else { break }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self).first
    }

    func readLine(prompt: String) -> String? {
        restore()
        write(prompt)
        return Swift.readLine()
    }

    func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Pipes the text to `$PAGER` (`less -R` when unset, so the figures' highlights show), with the
    /// terminal back in its normal mode; writes it straight out when no pager can start.
    func page(_ text: String) {
        restore()
        let pager = ProcessInfo.processInfo.environment["PAGER"].flatMap { $0.isEmpty ? nil : $0 } ?? "less -R"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        let pipe = Pipe()
        process.standardInput = pipe
        do {
            try process.run()
        } catch {
            return write(text + "\n")
        }
        // A pager that quits early closes the pipe: the write error is expected, not fatal.
        let previous = signal(SIGPIPE, SIG_IGN)
        try? pipe.fileHandleForWriting.write(contentsOf: Data((text + "\n").utf8))
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        signal(SIGPIPE, previous)
    }
}
