import Dispatch
import Foundation

/// FactLedger is one pipeline with typed stages:
///
/// file → `Article` (`ArticleReader`: decoding, front matter, HTML, metadata)
/// → `Extraction` (`Extractor`: quotations, speakers, claims, diagnostics)
/// → ledger rows (`Ledger.record`: speakers resolved across articles, one savepoint per article)
/// → flags (`CrossChecker`: claims about one measure whose intervals cannot both hold)
/// → review events (`Ledger.review`: append-only decisions, status derived)
/// → report (`ReportRenderer`: Markdown, HTML, CSV, JSON, ClaimReview).
///
/// `IngestPipeline` runs the first three stages: reading and extraction run on every core in
/// batches while the previous batch is written, one transaction per batch.
public struct IngestPipeline: Sendable {
    public var reader: ArticleReader
    public var extractor: Extractor
    /// Metadata given on the command line; applies when a single file is ingested.
    public var explicit: ArticleMetadata
    /// The format of text read from stdin.
    public var stdinFormat: ArticleFormat
    public var batchSize: Int

    public init(
        reader: ArticleReader = ArticleReader(), extractor: Extractor = Extractor(),
        explicit: ArticleMetadata = ArticleMetadata(), stdinFormat: ArticleFormat = .text, batchSize: Int = 64
    ) {
        self.reader = reader
        self.extractor = extractor
        self.explicit = explicit
        self.stdinFormat = stdinFormat
        self.batchSize = batchSize
    }

    /// What happened to one input.
    public enum Event: Sendable {
        case recorded(IngestOutcome)
        case failed(file: String, message: String)
    }

    /// Reads, extracts and records `inputs`; `progress` is called once per input, in order.
    /// Throws only when the ledger itself fails (disk full, locked); earlier batches stay written.
    public func run(_ inputs: [IngestInput], into ledger: Ledger, progress: (Event) -> Void) throws -> IngestSummary {
        var summary = IngestSummary()
        let stdinBytes =
            try inputs.contains(where: \.isStdin) ? FileBytes.readAll(fd: 0, display: "-", maxBytes: reader.maxBytes) : nil
        let explicit = self.explicit
        let batches = stride(from: 0, to: inputs.count, by: max(1, batchSize)).map {
            Array(inputs[$0..<min($0 + max(1, batchSize), inputs.count)])
        }
        var pending: [Slot]?
        for batch in batches {
            let writing = pending
            // Write the previous batch while this one is read and extracted.
            let writeResult = WriteBox()
            let group = DispatchGroup()
            if let writing {
                DispatchQueue.global().async(group: group) {
                    writeResult.value = Result { try Self.write(writing, ledger: ledger) }
                }
            }
            let slots = ParallelMap.map(batch) { input in
                self.process(input, stdin: stdinBytes, explicit: inputs.count == 1 ? explicit : ArticleMetadata())
            }
            group.wait()
            if let result = writeResult.value { report(try result.get(), into: &summary, progress: progress) }
            pending = slots
        }
        if let last = pending {
            report(try Self.write(last, ledger: ledger), into: &summary, progress: progress)
        }
        summary.resolvedRoleSpeakers = try ledger.resolvePendingRoleSpeakers()
        return summary
    }

    // MARK: - Stages

    /// The outcome of reading and extracting one input.
    enum Slot: Sendable {
        case extracted(Article, Extraction)
        case failed(String, String)
    }

    private func process(_ input: IngestInput, stdin: [UInt8]?, explicit: ArticleMetadata) -> Slot {
        if let error = input.error { return .failed(input.file, error.description) }
        do {
            let article: Article
            if input.isStdin {
                article = try reader.read(bytes: stdin ?? [], file: "-", format: stdinFormat, explicit: explicit)
            } else {
                article = try reader.read(
                    path: input.path, file: input.file, format: input.format,
                    sourcesEntry: input.sourcesEntry, explicit: explicit)
            }
            return .extracted(article, extractor.extract(article))
        } catch {
            return .failed(input.file, "\(error)")
        }
    }

    private static func write(_ slots: [Slot], ledger: Ledger) throws -> [Event] {
        var batch: [(Article, Extraction)] = []
        for slot in slots { if case .extracted(let a, let x) = slot { batch.append((a, x)) } }
        var written = try ledger.record(batch).makeIterator()
        return slots.map { slot in
            switch slot {
            case .failed(let file, let message):
                return .failed(file: file, message: message)
            case .extracted(let article, _):
                switch written.next()! {
                case .success(let outcome): return .recorded(outcome)
                case .failure(let error): return .failed(file: article.file, message: "'\(article.file)': \(error)")
                }
            }
        }
    }

    private func report(_ events: [Event], into summary: inout IngestSummary, progress: (Event) -> Void) {
        for event in events {
            summary.add(event)
            progress(event)
        }
    }
}

/// Counts of what an ingest run did.
public struct IngestSummary: Hashable, Sendable {
    public var new = 0
    public var unchanged = 0
    public var updated = 0
    public var failed = 0
    /// Quotes and claims stored by this run (new and updated articles).
    public var quotes = 0
    public var claims = 0
    /// Quotes whose role-only speaker (`the Russian leader`) found its person after the run.
    public var resolvedRoleSpeakers = 0
    public var outcomes: [IngestOutcome] = []
    public var failures: [String] = []

    public init() {}

    mutating func add(_ event: IngestPipeline.Event) {
        switch event {
        case .recorded(let outcome):
            outcomes.append(outcome)
            switch outcome.status {
            case .new: new += 1
            case .unchanged: unchanged += 1
            case .updated: updated += 1
            }
            if outcome.status != .unchanged {
                quotes += outcome.quotes
                claims += outcome.claims
            }
        case .failed(_, let message):
            failed += 1
            failures.append(message)
        }
    }
}

private final class WriteBox: @unchecked Sendable {
    var value: Result<[IngestPipeline.Event], any Error>?
}

/// `map` over an array on every core, keeping order.
enum ParallelMap {
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ body: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(body) }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // Release the elements too: deallocate alone would leak every result.
            _ = results.deinitialize()
            results.deallocate()
        }
        let box = UnsafeBox(results)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            box.buffer[i] = body(items[i])
        }
        return results.map { $0! }
    }

    private struct UnsafeBox<U>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<U?>
        init(_ buffer: UnsafeMutableBufferPointer<U?>) { self.buffer = buffer }
    }
}
