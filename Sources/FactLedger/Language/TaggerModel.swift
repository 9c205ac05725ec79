/// The part-of-speech tagger's weights: for each feature key, a weight per tag it was trained
/// against, plus the tag dictionary of frequent unambiguous words.
///
/// Trained on Universal Dependencies English EWT by `factledger-train-tagger` (CC BY-SA 4.0, see
/// `Resources/LICENSES.md`) and stored in `Resources/tagger.bin`:
///
///     "FLPOS001"  magic and version (8 bytes), then little-endian:
///     UInt32 tags, features F, entries E, dictionary words D; Float32 scale
///     F × UInt32   feature keys (the high half of `TaggerFeatures.key`), ascending
///     F × UInt8    how many entries each feature has
///     E × UInt8    entry tags;  E × Int16  entry weights (× scale)
///     D × UInt64   dictionary words (`TaggerWord.raw`);  D × UInt8  their tags
///
/// Only non-zero weights are stored (about 2.6 per feature), so the model is about 2 MB.
public final class TaggerModel: Sendable {
    static let magic = Array("FLPOS001".utf8)

    let tagCount: Int
    /// Open-addressing table: feature key (never 0) → feature index; 0 marks an empty slot.
    private let slotKeys: [UInt32]
    private let slotFeatures: [Int32]
    private let slotMask: Int
    /// Entries of feature f are `entryStart[f]..<entryStart[f + 1]`.
    private let entryStart: [Int32]
    private let entryTags: [UInt8]
    private let entryWeights: [Float]
    /// Frequent words seen with one tag almost always (`the`, `said`, `,`): tagged without scoring.
    let dictionary: [UInt64: UInt8]

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
        guard bytes.count >= 28, Array(bytes[0..<8]) == Self.magic else { throw FormatError.notAModel }
        var reader = ByteReader(bytes: bytes, offset: 8)
        tagCount = Int(try reader.uint32())
        let features = Int(try reader.uint32())
        let entries = Int(try reader.uint32())
        let words = Int(try reader.uint32())
        let scale = Float(bitPattern: try reader.uint32())
        let keys = try (0..<features).map { _ in try reader.uint32() }
        let counts = try reader.bytes(features)
        entryTags = try reader.bytes(entries)
        entryWeights = try (0..<entries).map { _ in Float(Int16(bitPattern: try reader.uint16())) * scale }
        let dictionaryWords = try (0..<words).map { _ in try reader.uint64() }
        let dictionaryTags = try reader.bytes(words)
        dictionary = Dictionary(zip(dictionaryWords, dictionaryTags), uniquingKeysWith: { a, _ in a })
        var start = [Int32](repeating: 0, count: features + 1)
        for f in 0..<features { start[f + 1] = start[f] + Int32(counts[f]) }
        guard Int(start[features]) == entries else { throw FormatError.truncated }
        entryStart = start
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
        slotKeys = slots
        self.slotFeatures = slotFeatures
        slotMask = capacity - 1
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

    /// The bytes of a model with these weights (`weights[k]` has one value per tag) and dictionary.
    public static func serialise(weights: [UInt64: [Float]], dictionary: [UInt64: UInt8], tagCount: Int) -> [UInt8] {
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
        put32(scale.bitPattern)
        for k in keys { put32(k) }
        out += counts
        out += tags
        for v in values { withUnsafeBytes(of: UInt16(bitPattern: v).littleEndian) { out += $0 } }
        let words = dictionary.keys.sorted()
        for w in words { withUnsafeBytes(of: w.littleEndian) { out += $0 } }
        out += words.map { dictionary[$0]! }
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

    mutating func uint16() throws -> UInt16 {
        let at = try take(2)
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    mutating func uint32() throws -> UInt32 {
        let at = try take(4)
        var v: UInt32 = 0
        for k in 0..<4 { v |= UInt32(bytes[at + k]) << (8 * UInt32(k)) }
        return v
    }

    mutating func uint64() throws -> UInt64 {
        let at = try take(8)
        var v: UInt64 = 0
        for k in 0..<8 { v |= UInt64(bytes[at + k]) << (8 * UInt64(k)) }
        return v
    }
}
