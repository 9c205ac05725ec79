import Foundation

/// What the interactive queue needs from a terminal; a fake one drives it in tests.
public protocol ReviewTerminal: AnyObject {
    /// The next key pressed, or nil at end of input.
    func readKey() -> Character?
    /// A line typed after a prompt (echoed), or nil at end of input.
    func readLine(prompt: String) -> String?
    func write(_ text: String)
    var width: Int { get }
    var color: Bool { get }
    /// Shows a long text the reviewer scrolls through and closes (a pager on a real terminal).
    func page(_ text: String)
}

extension ReviewTerminal {
    public func page(_ text: String) { write(text + "\n") }
}

/// The interactive review queue: one open flag at a time, single keys to decide.
///
/// The queue is the open flags, strongest first. Each decision is written at once (quitting loses
/// nothing). The reviewer's place is remembered in the ledger, so the next session starts at the
/// flag they were on, with the flags before it (skipped earlier) at the end of the queue. Skipped
/// flags stay open and come round again at the end; when only skipped flags are left the session
/// says so and ends, instead of cycling through them. The counter `[3/12, 10 open left]` is the
/// place in this session's queue and the open flags not yet decided in it.
public final class ReviewSession {
    let ledger: Ledger
    let reviewer: String
    let terminal: ReviewTerminal
    private var queue: [Int64] = []
    private var position = 0
    /// Decisions made in this session, for the summary at the end.
    private(set) var decided = 0
    /// Flags decided in this session, latest last, for undo.
    private var history: [Int64] = []
    /// Flags skipped in this session.
    private var skipped: Set<Int64> = []

    /// Which open flags the queue holds: the filters of `flags`.
    public struct Filter: Sendable {
        public var kinds: Set<FlagKind>?
        public var subject: String?
        public var minConfidence: Double
        public var outlet: String?

        public init(
            kinds: Set<FlagKind>? = FlagKind.discrepancies, subject: String? = nil, minConfidence: Double = 0,
            outlet: String? = nil
        ) {
            self.kinds = kinds
            self.subject = subject
            self.minConfidence = minConfidence
            self.outlet = outlet
        }
    }

    let filter: Filter

    public init(ledger: Ledger, reviewer: String, terminal: ReviewTerminal, filter: Filter = Filter()) {
        self.ledger = ledger
        self.reviewer = reviewer
        self.terminal = terminal
        self.filter = filter
    }

    static let help = """
        c  confirm: a real discrepancy (add a note first with n if you want one)
        d  dismiss, then choose a reason
        n  add a note
        s  skip (it stays open)
        u  undo your latest decision in this session (and go back to that flag)
        o  read the articles of this flag in a pager, figures marked, URLs shown
        ?  this help
        q  quit (every decision is already saved)
        """

    /// Runs the queue until the reviewer quits or no open flag is left; returns the number of decisions.
    @discardableResult
    public func run() throws -> Int {
        queue = try ledger.flags(
            status: .open, kinds: filter.kinds, subject: filter.subject, minConfidence: filter.minConfidence,
            outlet: filter.outlet
        ).map(\.id)
        if queue.isEmpty {
            terminal.write("No open flags to review.\n")
            return 0
        }
        if let last = try ledger.reviewPosition(reviewer: reviewer), let i = queue.firstIndex(of: last) {
            // Resume at the flag left off; the ones before it (skipped then) come at the end.
            queue = Array(queue[i...] + queue[..<i])
        }
        terminal.write(
            "Reviewing as \(Terminal.sanitise(reviewer)). Keys: c confirm, d dismiss, n note, s skip, u undo, o open, ? help, q quit.\n"
        )
        while true {
            let onlySkipped = position < queue.count && queue[position...].allSatisfy(skipped.contains)
            if position >= queue.count || onlySkipped {
                // The end of the queue: the last decision can still be taken back.
                let left = onlySkipped ? "Only skipped flags are left (\(queue.count - position) open)." : "No more open flags."
                terminal.write("\n\(left) \(decided) decision\(decided == 1 ? "" : "s") this session. [u]ndo [q]uit > ")
                guard history.isEmpty ? false : terminal.readKey().map({ $0 == "u" || $0 == "U" }) ?? false else { break }
                try undoLast()
                continue
            }
            let id = queue[position]
            guard let flag = try ledger.flag(id: id) else {
                queue.remove(at: position)
                continue
            }
            try ledger.setReviewPosition(reviewer: reviewer, flag: id)
            show(flag)
            guard try handle(flag) else { break }
        }
        terminal.write("\n")
        return decided
    }

    private func show(_ flag: FlagListing) {
        terminal.write("\n[\(position + 1)/\(queue.count), \(queue.count - position) open left] ")
        terminal.write(FlagText.render(flag, width: terminal.width, color: terminal.color) + "\n")
        terminal.write("\n[c]onfirm [d]ismiss [n]ote [s]kip [u]ndo [o]pen [?]help [q]uit > ")
    }

    /// Handles keys for one flag; false when the reviewer quits.
    private func handle(_ flag: FlagListing) throws -> Bool {
        while true {
            guard let key = terminal.readKey() else { return false }
            switch key.lowercased() {
            case "c":
                // One key confirms and moves on; `n` adds a note.
                try decide(.confirm, on: flag, note: nil)
                position += 1
                return true
            case "d":
                guard let reason = chooseReason() else {
                    terminal.write("\nnot dismissed\n")
                    show(flag)
                    continue
                }
                let note = terminal.readLine(prompt: "note (Enter for none): ")
                try decide(.dismiss, on: flag, reason: reason, note: note)
                position += 1
                return true
            case "n":
                if let note = terminal.readLine(prompt: "\nnote: "), !note.trimmingCharacters(in: .whitespaces).isEmpty {
                    try decide(.note, on: flag, note: note)
                }
                show(try ledger.flag(id: flag.id) ?? flag)
            case "s":
                terminal.write("skipped\n")
                skipped.insert(flag.id)
                queue.append(queue.remove(at: position))
                return true
            case "u":
                if history.isEmpty {
                    terminal.write("\nnothing to undo in this session\n")
                    show(flag)
                    continue
                }
                try undoLast()
                return true
            case "o":
                try openArticles(flag)
                show(flag)
            case "?", "h":
                terminal.write("\n" + Self.help + "\n")
                show(flag)
            case "q", "\u{04}", "\u{1B}":
                terminal.write("\nbye: \(decided) decision\(decided == 1 ? "" : "s") this session, all saved.\n")
                return false
            default:
                break
            }
        }
    }

    /// Cancels this session's latest decision and goes back to its flag, open again.
    private func undoLast() throws {
        guard let last = history.popLast() else { return }
        let event = try ledger.decide(.undo, flag: last, reviewer: reviewer)
        decided = max(0, decided - 1)
        terminal.write("\nundid event #\(event.undoesId ?? 0) on flag #\(last)\n")
        if let i = queue.firstIndex(of: last) {
            queue.remove(at: i)
            if i < position { position -= 1 }
        }
        queue.insert(last, at: min(position, queue.count))
    }

    private func chooseReason() -> DismissReason? {
        terminal.write("\nwhy?\n")
        for (i, reason) in DismissReason.allCases.enumerated() {
            terminal.write("  \(i + 1)  \(reason.rawValue): \(reason.summary)\n")
        }
        terminal.write("reason [1-\(DismissReason.allCases.count), Esc to cancel] > ")
        while let key = terminal.readKey() {
            if key == "\u{1B}" || key == "q" { return nil }
            if let n = key.wholeNumberValue, (1...DismissReason.allCases.count).contains(n) {
                let reason = DismissReason.allCases[n - 1]
                terminal.write("\(reason.rawValue)\n")
                return reason
            }
        }
        return nil
    }

    /// Records a decision made on the flag as shown. When another reviewer changed the flag
    /// meanwhile, nothing is recorded: the reviewer is told and the queue moves on.
    private func decide(_ action: ReviewAction, on flag: FlagListing, reason: DismissReason? = nil, note: String?) throws {
        let note = note?.trimmingCharacters(in: .whitespaces)
        do {
            try ledger.decide(
                action, flag: flag.id, reason: reason, note: note?.isEmpty == true ? nil : note, reviewer: reviewer,
                seen: [flag.id: flag.stateEvent])
        } catch LedgerError.changedMeanwhile(let message) {
            terminal.write("\nnot recorded: \(Terminal.sanitise(message))\n")
            return
        }
        if action != .note {
            decided += 1
            history.append(flag.id)
        }
        terminal.write("\(action == .note ? "noted" : action.rawValue + "ed")\(reason.map { " (\($0.rawValue))" } ?? "")\n")
    }

    private func openArticles(_ flag: FlagListing) throws {
        var texts: [(listing: ArticleListing, text: String)] = []
        for articleId in Array(Set(flag.claims.map(\.articleId))).sorted() {
            guard let article = try ledger.article(id: articleId) else { continue }
            texts.append((article.listing, article.text))
        }
        terminal.page(FlagText.articles(of: flag, texts: texts, width: terminal.width, color: terminal.color))
    }
}
