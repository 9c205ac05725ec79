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
    /// A batch closes before its files pass this many bytes (a batch always holds one file), so
    /// memory is bounded by the largest articles in flight, not by the corpus.
    public var batchBytes: Int

    public init(
        reader: ArticleReader = ArticleReader(), extractor: Extractor = Extractor(),
        explicit: ArticleMetadata = ArticleMetadata(), stdinFormat: ArticleFormat = .text, batchSize: Int = 64,
        batchBytes: Int = 4 << 20
    ) {
        self.reader = reader
        self.extractor = extractor
        self.explicit = explicit
        self.stdinFormat = stdinFormat
        self.batchSize = batchSize
        self.batchBytes = batchBytes
    }

    /// The inputs cut into batches of at most `batchSize` files and, past the first file, at most
    /// `batchBytes` bytes (`size` gives a file's size; stdin counts as empty). Two batches are in
    /// flight at once (one extracted while the other is written), so twelve 5 MB articles are
    /// twelve batches, not one that holds them all.
    static func batches(_ inputs: [IngestInput], count: Int, bytes: Int, size: (IngestInput) -> Int) -> [[IngestInput]] {
        var batches: [[IngestInput]] = []
        var current: [IngestInput] = []
        var currentBytes = 0
        for input in inputs {
            let n = size(input)
            if !current.isEmpty, current.count >= max(1, count) || currentBytes + n > bytes {
                batches.append(current)
                current = []
                currentBytes = 0
            }
            current.append(input)
            currentBytes += n
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }

    /// A file's size on disk, 0 when it cannot be read (reading it reports why).
    static func fileSize(_ input: IngestInput) -> Int {
        guard !input.isStdin, input.error == nil else { return 0 }
        var info = stat()
        return stat(input.path, &info) == 0 ? Int(info.st_size) : 0
    }

    /// What happened to one input.
    public enum Event: Sendable {
        case recorded(IngestOutcome)
        case failed(file: String, message: String)
    }

    /// Reads, extracts and records `inputs`; `progress` is called once per input, in order.
    /// Throws only when the ledger itself fails (disk full, locked): then `IngestInterrupted` says
    /// what the batches written before were and how many files were not written.
    public func run(_ inputs: [IngestInput], into ledger: Ledger, progress: (Event) -> Void) throws -> IngestSummary {
        var summary = IngestSummary()
        do {
            try run(inputs, into: ledger, summary: &summary, progress: progress)
        } catch {
            let done = summary.new + summary.unchanged + summary.updated + summary.failed
            // Before any batch was written the ledger's own message holds (`nothing was written`).
            guard done > 0 else { throw error }
            throw IngestInterrupted(kept: summary, notWritten: inputs.count - done, underlying: error)
        }
        return summary
    }

    private func run(
        _ inputs: [IngestInput], into ledger: Ledger, summary: inout IngestSummary, progress: (Event) -> Void
    ) throws {
        let stdinBytes =
            try inputs.contains(where: \.isStdin) ? FileBytes.readAll(fd: 0, display: "-", maxBytes: reader.maxBytes) : nil
        let explicit = self.explicit
        let batches = Self.batches(inputs, count: batchSize, bytes: batchBytes, size: Self.fileSize)
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

/// The ledger failed part way through an ingest (a full disk, a lock held too long): the batches
/// written before stay, the one being written is rolled back whole.
public struct IngestInterrupted: Error, CustomStringConvertible {
    /// What the batches written before the failure did.
    public var kept: IngestSummary
    /// Files not written: the failed batch and any not read yet.
    public var notWritten: Int
    public var underlying: any Error

    public var description: String {
        var cause = "\(underlying)"
        if let ledger = underlying as? LedgerError, case .full(let path) = ledger {
            cause = "cannot write ledger at '\(path)': the disk or database is full"
        }
        let keptFiles = kept.new + kept.updated + kept.unchanged
        return cause
            + "; kept \(keptFiles) file\(keptFiles == 1 ? "" : "s") written before it (\(kept.new) new, \(kept.updated) updated, "
            + "\(kept.unchanged) unchanged); \(notWritten) not written: free space and run the same ingest again "
            + "(what was kept is skipped as unchanged)"
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
    /// What the user should know: files giving another outlet's URL, earlier versions, and two
    /// files of this run giving one URL with different texts.
    public var warnings: [String] = []
    /// The first file of this run under each URL, with its text's hash.
    private var firstBySource: [String: FirstSource] = [:]
    private struct FirstSource: Hashable, Sendable {
        var file: String
        var hash: String
    }

    public init() {}

    mutating func add(_ event: IngestPipeline.Event) {
        switch event {
        case .recorded(let outcome):
            outcomes.append(outcome)
            warnings += outcome.warnings
            if outcome.sourceKey.hasPrefix("url:") {
                if let first = firstBySource[outcome.sourceKey] {
                    if first.hash != outcome.contentHash {
                        warnings.append(
                            "'\(first.file)' and '\(outcome.file)' give the same URL (\(outcome.sourceKey.dropFirst(4))) with "
                                + "different texts: both are kept as versions of one article; the one stated newest, "
                                + "else the one read last, is current")
                    }
                } else {
                    firstBySource[outcome.sourceKey] = FirstSource(file: outcome.file, hash: outcome.contentHash)
                }
            }
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
