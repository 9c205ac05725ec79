import Foundation

/// Objects not in use, kept so the next task on any thread reuses a warm one instead of building
/// it again (the tagger's per-type feature sums, the frames' lemma cache). Holds at most `limit`.
final class ReusePool<Object: AnyObject>: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Object] = []
    private let limit: Int

    init(limit: Int = 16) { self.limit = limit }

    func take() -> Object? {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast()
    }

    func give(_ object: Object) {
        lock.lock()
        defer { lock.unlock() }
        if idle.count < limit { idle.append(object) }
    }
}
