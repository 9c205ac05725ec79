/// The part-of-speech tagger's weights: for each feature key, a weight per tag it was trained
/// against; the tag dictionary of frequent unambiguous words; and the closed-class lexicon: the
/// function-word tags (pronoun, determiner, adposition, conjunctions, auxiliary, particle) each
/// word had in the treebank. A word is never given a function-word tag the treebank never gave
/// it, so an unknown capitalised word before `said` is a name, not a pronoun.
///
/// Trained on Universal Dependencies English EWT by `factledger-train-tagger` (CC BY-SA 4.0, see
/// `Resources/LICENSES.md`) and stored in `Resources/tagger.bin`:
///
///     "FLPOS002"  magic and version (8 bytes), then little-endian:
///     UInt32 tags, features F, entries E, dictionary words D, closed-class words C; Float32 scale
///     F × UInt32   feature keys (the high half of `TaggerFeatures.key`), ascending
///     F × UInt8    how many entries each feature has
///     E × UInt8    entry tags;  E × Int16  entry weights (× scale)
///     D × UInt64   dictionary words (`TaggerWord.raw`);  D × UInt8  their tags
///     C × UInt64   closed-class words (`TaggerWord.lower`);  C × UInt32  their tags (a bit per tag)
///
/// Only non-zero weights are stored (about 2.6 per feature), so the model is about 2 MB. Immutable
/// after loading (hence `@unchecked Sendable`: its tables are read-only pointers).
public final class TaggerModel: @unchecked Sendable {
    static let magic = Array("FLPOS002".utf8)

    let tagCount: Int
    /// Open-addressing table: feature key (never 0) → feature index; 0 marks an empty slot.
    /// Read through pointers (no bounds checks, no reference counting) on the tagger's hot path.
    private let slotKeys: UnsafeMutablePointer<UInt32>
    private let slotFeatures: UnsafeMutablePointer<Int32>
    private let slotMask: Int
    /// Entries of feature f are `entryStart[f]..<entryStart[f + 1]`.
    private let entryStart: UnsafeMutablePointer<Int32>
    private let entryTags: UnsafeMutablePointer<UInt8>
    private let entryWeights: UnsafeMutablePointer<Float>
    /// Frequent words seen with one tag almost always (`the`, `said`, `,`): tagged without scoring.
    let dictionary: [UInt64: UInt8]
    /// Lower-cased word → the function-word tags the treebank gave it (bits by `PartOfSpeech.rawValue`).
    let closedClass: [UInt64: UInt32]

    /// The model built into the library, loaded on first use.
    public static let embedded: TaggerModel? = try? TaggerModel(bytes: LanguageResources.bytes("tagger.bin"))

    /// Errors reading a model file.
    public enum FormatError: Error, CustomStringConvertible {
        case notAModel, truncated
        public var description: String {
            switch self {
            case .notAModel: "not a FactLedger tagger model"
            case .truncated: "the tagger model is truncated"
            }
        }
    }

    /// Reads a model written by `serialise`.
    public init(bytes: [UInt8]) throws {
        guard bytes.count >= 32, Array(bytes[0..<8]) == Self.magic else { throw FormatError.notAModel }
        var reader = ByteReader(bytes: bytes, offset: 8)
        tagCount = Int(try reader.uint32())
        let features = Int(try reader.uint32())
        let entries = Int(try reader.uint32())
        let words = Int(try reader.uint32())
        let closedWords = Int(try reader.uint32())
        let scale = Float(bitPattern: try reader.uint32())
        let keys: [UInt32] = try reader.values(features)
        let counts = try reader.bytes(features)
        let tags = try reader.bytes(entries)
        let weights = try (reader.values(entries) as [UInt16]).map { Float(Int16(bitPattern: $0)) * scale }
        let dictionaryWords: [UInt64] = try reader.values(words)
        let dictionaryTags = try reader.bytes(words)
        dictionary = Dictionary(zip(dictionaryWords, dictionaryTags), uniquingKeysWith: { a, _ in a })
        let closed: [UInt64] = try reader.values(closedWords)
        let closedTags: [UInt32] = try reader.values(closedWords)
        closedClass = Dictionary(zip(closed, closedTags), uniquingKeysWith: { a, _ in a })
        var start = [Int32](repeating: 0, count: features + 1)
        for f in 0..<features { start[f + 1] = start[f] + Int32(counts[f]) }
        guard Int(start[features]) == entries else { throw FormatError.truncated }
        var capacity = 1
        while capacity < features * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        var slotFeatures = [Int32](repeating: -1, count: capacity)
        for (f, key) in keys.enumerated() {
            var s = Int(key) & (capacity - 1)
            while slots[s] != 0 { s = (s + 1) & (capacity - 1) }
            slots[s] = key
            slotFeatures[s] = Int32(f)
        }
        func copy<T>(_ a: [T]) -> UnsafeMutablePointer<T> {
            let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, a.count))
            p.initialize(from: a, count: a.count)
            return p
        }
        entryStart = copy(start)
        entryTags = copy(tags)
        entryWeights = copy(weights)
        slotKeys = copy(slots)
        self.slotFeatures = copy(slotFeatures)
        slotMask = capacity - 1
    }

    deinit {
        for p in [
            UnsafeMutableRawPointer(slotKeys), UnsafeMutableRawPointer(slotFeatures), UnsafeMutableRawPointer(entryStart),
            UnsafeMutableRawPointer(entryTags), UnsafeMutableRawPointer(entryWeights),
        ] { p.deallocate() }
    }

    /// The stored form of a full feature key.
    @inline(__always)
    static func shortKey(_ key: UInt64) -> UInt32 {
        let k = UInt32(truncatingIfNeeded: key >> 32)
        return k == 0 ? 1 : k
    }

    /// Adds the weights of feature `key` to `scores` (one per tag).
    @inline(__always)
    func add(_ key: UInt64, to scores: UnsafeMutablePointer<Float>) {
        let k = Self.shortKey(key)
        var s = Int(k) & slotMask
        while true {
            let stored = slotKeys[s]
            if stored == k { break }
            if stored == 0 { return }
            s = (s + 1) & slotMask
        }
        let f = Int(slotFeatures[s])
        for e in Int(entryStart[f])..<Int(entryStart[f + 1]) {
            scores[Int(entryTags[e])] += entryWeights[e]
        }
    }

    /// The bytes of a model with these weights (`weights[k]` has one value per tag), dictionary and
    /// closed-class lexicon.
    public static func serialise(
        weights: [UInt64: [Float]], dictionary: [UInt64: UInt8], closedClass: [UInt64: UInt32] = [:], tagCount: Int
    ) -> [UInt8] {
        // Keys that share a short form are merged by adding their weights.
        var merged: [UInt32: [Float]] = [:]
        for (key, w) in weights where w.contains(where: { $0 != 0 }) {
            let k = shortKey(key)
            if let existing = merged[k] {
                merged[k] = zip(existing, w).map { $0 + $1 }
            } else {
                merged[k] = w
            }
        }
        let keys = merged.keys.sorted()
        let largest = merged.values.flatMap { $0 }.map(abs).max() ?? 1
        let scale = largest / 32767
        var counts: [UInt8] = []
        var tags: [UInt8] = []
        var values: [Int16] = []
        for k in keys {
            var n: UInt8 = 0
            for (t, w) in merged[k]!.enumerated() {
                let q = Int16((w / scale).rounded())
                guard q != 0 else { continue }
                tags.append(UInt8(t))
                values.append(q)
                n += 1
            }
            counts.append(n)
        }
        var out = magic
        func put32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { out += $0 } }
        put32(UInt32(tagCount))
        put32(UInt32(keys.count))
        put32(UInt32(tags.count))
        put32(UInt32(dictionary.count))
        put32(UInt32(closedClass.count))
        put32(scale.bitPattern)
        for k in keys { put32(k) }
        out += counts
        out += tags
        for v in values { withUnsafeBytes(of: UInt16(bitPattern: v).littleEndian) { out += $0 } }
        let words = dictionary.keys.sorted()
        for w in words { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
        out += words.map { dictionary[$0]! }
        let closed = closedClass.keys.sorted()
        for w in closed { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
        for w in closed { put32(closedClass[w]!) }
        return out
    }
}

/// Reads little-endian values from a byte array, throwing at its end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    private mutating func take(_ n: Int) throws -> Int {
        guard offset + n <= bytes.count else { throw TaggerModel.FormatError.truncated }
        defer { offset += n }
        return offset
    }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        let at = try take(n)
        return Array(bytes[at..<at + n])
    }

    /// `n` little-endian integers in a row.
    mutating func values<T: FixedWidthInteger>(_ n: Int) throws -> [T] {
        let size = MemoryLayout<T>.size
        let at = try take(n * size)
        return bytes.withUnsafeBytes { raw in
            (0..<n).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: at + $0 * size, as: T.self)) }
        }
    }

    mutating func uint32() throws -> UInt32 {
        let at = try take(4)
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[at + k]) << (8 * UInt32(k)) }
        return v
    }

}
