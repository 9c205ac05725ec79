import FactLedger
import Foundation

// Fuzzing the reader and the extractors. Every input must read or fail with an error (never
// crash), and every quote, claim and speaker offset must lie inside the stored text and slice
// back to the text stored with it.
//
// A seeded random mutator, as CI runs it:
//
//     swift run -c release factledger-fuzz --iterations 3000 --seed 1 seeds ../shared/corpus/news
//
// libFuzzer is not used: with SwiftPM 6 on Linux, `-Xswiftc -sanitize=fuzzer` also reaches the
// build plugin's tool (whose link then fails), and as target settings the executable's renamed
// `main` clashes with libFuzzer's. `FuzzCheck.run` is the whole check, ready for either.

struct FuzzFailure: Error, CustomStringConvertible {
    var description: String
}

enum FuzzCheck {
    /// Reads `bytes` as each format and checks the extraction; throws on a broken invariant.
    static func run(_ bytes: [UInt8]) throws {
        for format in ArticleFormat.allCases {
            guard let article = try? ArticleReader(maxBytes: 8 << 20).read(bytes: bytes, file: "fuzz", format: format) else {
                continue
            }
            try check(article)
        }
    }

    static func check(_ article: Article) throws {
        let scalars = Array(article.text.unicodeScalars)
        func precondition(_ ok: Bool, _ message: @autoclosure () -> String) throws {
            if !ok { throw FuzzFailure(description: message()) }
        }
        func slice(_ r: TextRange) throws -> String {
            try precondition(
                0 <= r.start && r.start <= r.end && r.end <= scalars.count,
                "offset \(r.start)..<\(r.end) outside \(scalars.count)")
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[r.start..<r.end])
            return String(v)
        }
        let x = Extractor().extract(article)
        for q in x.quotes {
            try precondition(try slice(q.range) == q.text, "quote text does not slice back")
            if let s = q.speakerRange { _ = try slice(s) }
            if let c = q.clause { _ = try slice(c) }
            if let s = q.speaker { try precondition(s < x.entities.count, "speaker index out of range") }
        }
        for c in x.claims {
            try precondition(try slice(c.range) == c.text, "claim text does not slice back")
            _ = try slice(c.sentence)
            try precondition(
                c.sentence.start <= c.range.start && c.range.end <= c.sentence.end,
                "figure \(c.range.start)..<\(c.range.end) outside its sentence \(c.sentence.start)..<\(c.sentence.end)")
            try precondition(!c.value.isNaN, "claim value is NaN")
            if let l = c.lower, let u = c.upper { try precondition(l <= u, "interval upside down: \(l) > \(u)") }
            if let q = c.quote { try precondition(q < x.quotes.count, "quote index out of range") }
            if let t = c.converts { try precondition(t < x.claims.count, "conversion index out of range") }
        }
    }
}

/// A seeded random mutator: flips, inserts, deletes and splices bytes of the seed files and
/// inserts tokens extraction cares about (quote marks, digits, qualifiers, currency signs).
@main
struct FuzzMain {
    static func main() {
        var iterations = 1000
        var seed: UInt64 = 1
        var paths: [String] = []
        var args = CommandLine.arguments.dropFirst().makeIterator()
        while let a = args.next() {
            switch a {
            case "--iterations": iterations = args.next().flatMap(Int.init) ?? iterations
            case "--seed": seed = args.next().flatMap(UInt64.init) ?? seed
            default: paths.append(a)
            }
        }
        var corpus: [[UInt8]] = []
        for input in IngestInputs(paths: paths).inputs where input.error == nil && !input.isStdin {
            if let data = FileManager.default.contents(atPath: input.path) { corpus.append(Array(data.prefix(64 << 10))) }
        }
        if corpus.isEmpty { corpus = [Array("“Hello,” she said. About 40 people were killed on 3 March 2025.".utf8)] }
        let lastInput = "fuzz-last-input.txt"
        var rng = SplitMix(seed: seed)
        let start = Date()
        var tried = 0
        for _ in 0..<iterations {
            var bytes = corpus[Int(rng.next() % UInt64(corpus.count))]
            let edits = 1 + Int(rng.next() % 16)
            for _ in 0..<edits { mutate(&bytes, corpus: corpus, rng: &rng) }
            // Kept on disk first: if the check crashes the process, the input that did it is there.
            _ = FileManager.default.createFile(atPath: lastInput, contents: Data(bytes))
            do {
                try FuzzCheck.run(bytes)
            } catch {
                let path = "fuzz-failure-\(seed)-\(tried).txt"
                _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
                print("fuzz: input \(tried) (seed \(seed)) failed: \(error); saved as \(path)")
                exit(1)
            }
            tried += 1
        }
        try? FileManager.default.removeItem(atPath: lastInput)
        print(
            "fuzz: \(tried) inputs, seed \(seed), \(corpus.count) seed files, \(String(format: "%.1f", Date().timeIntervalSince(start))) s, no failure"
        )
    }

    static let tokens: [[UInt8]] = [
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", ":", " said ", " says ", "\n\n", "—", "–", "-", "0", "7", "42", "1,000",
        "3.5",
        "½", "%", "$", "£", "€", " million", "bn", " at least ", " nearly ", " more than ", " between ", " and ", " to ",
        "Mr ",
        "He", "She", " killed", " drones", " in 1996", " on Tuesday", "\u{0}", "\u{1B}[31m", "\u{202E}", "👍🏽", "\u{FEFF}",
        "<p>",
        "</p>", "<script>", "---\n", "\r\n", "\u{FFFD}", "\u{00A0}", "١٢٣",
    ].map { Array($0.utf8) }

    static func mutate(_ bytes: inout [UInt8], corpus: [[UInt8]], rng: inout SplitMix) {
        let n = bytes.count
        switch rng.next() % 6 {
        case 0 where n > 0: bytes[Int(rng.next() % UInt64(n))] = UInt8(truncatingIfNeeded: rng.next())
        case 1:
            let at = n == 0 ? 0 : Int(rng.next() % UInt64(n + 1))
            bytes.insert(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))], at: at)
        case 2 where n > 1:
            let a = Int(rng.next() % UInt64(n)), len = min(n - a, 1 + Int(rng.next() % 64))
            bytes.removeSubrange(a..<(a + len))
        case 3:
            let other = corpus[Int(rng.next() % UInt64(corpus.count))]
            guard !other.isEmpty else { return }
            let a = Int(rng.next() % UInt64(other.count)), len = min(other.count - a, 1 + Int(rng.next() % 256))
            bytes.insert(contentsOf: other[a..<(a + len)], at: n == 0 ? 0 : Int(rng.next() % UInt64(n + 1)))
        case 4 where n > 1:
            let a = Int(rng.next() % UInt64(n)), len = min(n - a, 1 + Int(rng.next() % 32))
            bytes.insert(contentsOf: bytes[a..<(a + len)], at: Int(rng.next() % UInt64(n)))
        default:
            bytes.append(contentsOf: tokens[Int(rng.next() % UInt64(tokens.count))])
        }
    }
}

/// A small, fast, seedable generator (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
