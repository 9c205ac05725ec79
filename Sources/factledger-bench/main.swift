import FactLedger
import Foundation

// Extraction alone, on one core, with no database: reads every article first, then times
// `Extractor.extract` over them. Used by scripts/bench.py and for profiling
// (`valgrind --tool=callgrind .build/release/factledger-bench DIR`).
//
//     factledger-bench DIR... [--repeat N]
//     factledger-bench DIR... --ingest LEDGER     (the whole ingest pipeline, for profiling)
//     factledger-bench --check LEDGER             (the cross-checker, for profiling)
//     factledger-bench DIR... --tagger [--repeat N] (tokenizing alone, then tokenizing and tagging)

var paths: [String] = []
var repeats = 1
var ledgerPath: String?
var checkPath: String?
var tagger = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
    if argument == "--repeat", let n = arguments.next().flatMap(Int.init), n > 0 {
        repeats = n
    } else if argument == "--ingest", let path = arguments.next() {
        ledgerPath = path
    } else if argument == "--check", let path = arguments.next() {
        checkPath = path
    } else if argument == "--tagger" {
        tagger = true
    } else if argument.hasPrefix("-") {
        FileHandle.standardError.write(Data("usage: factledger-bench DIR... [--repeat N]\n".utf8))
        exit(64)
    } else {
        paths.append(argument)
    }
}
if let checkPath {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let summary = try Ledger.open(path: checkPath, mode: .write).check()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("{\"claims\": \(summary.claimsCompared), \"pairs\": \(summary.pairsCompared), \"seconds\": \(seconds)}")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}
if paths.isEmpty {
    FileHandle.standardError.write(Data("usage: factledger-bench DIR... [--repeat N]\n".utf8))
    exit(64)
}

if let ledgerPath {
    let start = DispatchTime.now().uptimeNanoseconds
    do {
        let ledger = try Ledger.open(path: ledgerPath, mode: .create)
        let summary = try IngestPipeline().run(IngestInputs(paths: paths).inputs, into: ledger) { _ in }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("{\"articles\": \(summary.new + summary.updated), \"seconds\": \(seconds)}")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        exit(1)
    }
}

let reader = ArticleReader()
var articles: [Article] = []
var bytes = 0
for input in IngestInputs(paths: paths).inputs where input.error == nil && !input.isStdin {
    guard let article = try? reader.read(path: input.path, file: input.file, format: input.format, sourcesEntry: nil) else {
        continue
    }
    articles.append(article)
    bytes += article.text.utf8.count
}
if tagger {
    let texts = articles.map(\.text)
    func time(_ body: () -> Int) -> (Double, Int) {
        var best = Double.infinity
        var n = 0
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            n = body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return (best, n)
    }
    _ = LanguageBenchmark.tokenizeAndTag([texts.first ?? ""])  // load the model outside the timing
    let (tokenizing, tokens) = time { LanguageBenchmark.tokenize(texts) }
    let (both, tagged) = time { LanguageBenchmark.tokenizeAndTag(texts) }
    let tagging = max(both - tokenizing, 1e-9)
    print(
        String(
            format:
                "{\"articles\": %d, \"tokens\": %d, \"tokenize_s\": %.3f, \"tag_s\": %.3f, \"tokens_per_s\": %.0f, \"sentences_tagged_in_extraction\": %.3f}",
            articles.count, tokens, tokenizing, tagging, Double(tagged) / tagging, Extractor.taggedSentenceShare(texts)))
    exit(0)
}

let extractor = Extractor()
var best = Double.infinity
var quotes = 0, claims = 0
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    quotes = 0
    claims = 0
    for article in articles {
        let extraction = extractor.extract(article)
        quotes += extraction.quotes.count
        claims += extraction.claims.count
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
let mb = Double(bytes) / 1e6
print(
    String(
        format: "{\"articles\": %d, \"mb\": %.3f, \"seconds\": %.3f, \"mb_per_s\": %.2f, \"quotes\": %d, \"claims\": %d}",
        articles.count,
        mb, best, mb / best, quotes, claims))
