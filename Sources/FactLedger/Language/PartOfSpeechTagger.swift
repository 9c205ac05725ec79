import Foundation

/// Tags words with their Universal Dependencies part of speech: a greedy, left-to-right averaged
/// perceptron (Collins 2002; Honnibal's design) over `TaggerFeatures`, trained on UD English EWT.
///
/// Accuracy on EWT (treebank tokens): see the README's language section and
/// `factledger-train-tagger --evaluate`. Frequent unambiguous words come from the model's tag
/// dictionary; the rest are scored. Features that depend on a word's type alone are summed once
/// per type and reused, so a position costs a few table lookups (over 2 million words a second
/// per core; `factledger-bench --tagger`). Immutable and safe to share between threads.
public struct PartOfSpeechTagger: Sendable {
    let model: TaggerModel
    let lexicon: WordNetLexicon
    private let tagCount: Int
    /// Weights of the features that depend only on the tags before, and the bias.
    private let dense: DenseTables
    private let pool = ReusePool<TypeCache>()

    /// The tagger built into the library, or nil when the build has no model.
    public static let shared: PartOfSpeechTagger? = TaggerModel.embedded.map {
        PartOfSpeechTagger(model: $0, lexicon: .shared)
    }

    public init(model: TaggerModel, lexicon: WordNetLexicon) {
        self.model = model
        self.lexicon = lexicon
        let n = model.tagCount
        tagCount = n
        func row(_ key: UInt64) -> [Float] {
            var r = [Float](repeating: 0, count: n)
            r.withUnsafeMutableBufferPointer { model.add(key, to: $0.baseAddress!) }
            return r
        }
        let tags = 0...Int(TaggerFeatures.startTag)
        var scratch: [UInt64] = []
        func tagRow(_ prev: Int, _ prev2: Int, _ which: Int) -> [Float] {
            scratch.removeAll()
            TaggerFeatures.tagFeatures(prev: UInt8(prev), prev2: UInt8(prev2), into: &scratch)
            return row(scratch[which])
        }
        dense = DenseTables(
            bias: row(TaggerFeatures.bias), prevTag: tags.flatMap { tagRow($0, 0, 0) },
            prev2Tag: tags.flatMap { tagRow(0, $0, 1) }, tagPair: tags.flatMap { p in tags.flatMap { p2 in tagRow(p, p2, 2) } },
            firstCapitalised: (0..<4).flatMap { v in row(TaggerFeatures.key(.firstCapitalised, UInt64(v))) })
    }

    /// The dense weight tables in one allocation, read through pointers while decoding.
    final class DenseTables: @unchecked Sendable {
        let bias: UnsafeMutablePointer<Float>
        let prevTag: UnsafeMutablePointer<Float>
        let prev2Tag: UnsafeMutablePointer<Float>
        let tagPair: UnsafeMutablePointer<Float>
        let firstCapitalised: UnsafeMutablePointer<Float>
        private let storage: UnsafeMutablePointer<Float>

        init(bias: [Float], prevTag: [Float], prev2Tag: [Float], tagPair: [Float], firstCapitalised: [Float]) {
            let parts = [bias, prevTag, prev2Tag, tagPair, firstCapitalised]
            storage = .allocate(capacity: parts.reduce(0) { $0 + $1.count })
            var offsets: [Int] = []
            var o = 0
            for part in parts {
                offsets.append(o)
                (storage + o).initialize(from: part, count: part.count)
                o += part.count
            }
            self.bias = storage + offsets[0]
            self.prevTag = storage + offsets[1]
            self.prev2Tag = storage + offsets[2]
            self.tagPair = storage + offsets[3]
            self.firstCapitalised = storage + offsets[4]
        }

        deinit { storage.deallocate() }
    }

    // MARK: - Tagging

    /// Tags one sentence given as its words (treebank tokenization: `do` `n't`, `U.S.`, `,`).
    public func tag(_ words: [String]) -> [PartOfSpeech] {
        withCache { cache in
            var entries: [Int32] = []
            cache.makeRoom(words.count)
            for word in words {
                var text = word
                text.withUTF8 { entries.append(cache.entry($0, tagger: self)) }
            }
            return decode(entries, cache)
        }
    }

    /// Tags the tokens of `text`'s sentences `sentences` (indexes into `text.sentences`); tokens
    /// outside them are nil.
    func tags(_ text: TokenizedText, sentences: some Sequence<Int>) -> [PartOfSpeech?] {
        var out = [PartOfSpeech?](repeating: nil, count: text.tokens.count)
        withCache { cache in
            var entries: [Int32] = []
            text.bytes.withUnsafeBufferPointer { buf in
                for s in sentences {
                    let range = text.sentences[s]
                    entries.removeAll(keepingCapacity: true)
                    cache.makeRoom(range.count)
                    for i in range {
                        let token = text.tokens[i]
                        entries.append(
                            cache.entry(UnsafeBufferPointer(rebasing: buf[Int(token.start)..<Int(token.end)]), tagger: self))
                    }
                    for (k, tag) in decode(entries, cache).enumerated() { out[range.lowerBound + k] = tag }
                }
            }
        }
        return out
    }

    /// Runs `body` with a type cache from the pool, so word types seen in earlier texts are not summed again.
    private func withCache<R>(_ body: (TypeCache) -> R) -> R {
        let cache = pool.take() ?? TypeCache(tagger: self)
        defer { pool.give(cache) }
        return body(cache)
    }

    /// Greedy left-to-right decoding of one sentence given as cache entries.
    private func decode(_ entries: [Int32], _ cache: TypeCache) -> [PartOfSpeech] {
        let n = entries.count
        let t = tagCount
        let stride = cache.stride
        var out: [PartOfSpeech] = []
        out.reserveCapacity(n)
        var p1 = Int(TaggerFeatures.startTag), p2 = p1
        let tagsWithStart = Int(TaggerFeatures.startTag) + 1
        var keys: [UInt64] = []
        keys.reserveCapacity(8)
        let d = dense
        let v = cache.vectors, forms = cache.forms, suffixes = cache.suffixes, flags = cache.flags
        let dictionaryTags = cache.dictionaryTags, closedClass = cache.closedClass
        withUnsafeTemporaryAllocation(of: Float.self, capacity: t) { s in
            for i in 0..<n {
                let e = Int(entries[i])
                var tag = Int(dictionaryTags[e])
                if tag == Int(TypeCache.noTag) {
                    let prevEntry = i > 0 ? Int(entries[i - 1]) : TypeCache.start
                    let nextEntry = i + 1 < n ? Int(entries[i + 1]) : TypeCache.end
                    keys.removeAll(keepingCapacity: true)
                    TaggerFeatures.pairFeatures(
                        prev: forms[prevEntry], form: forms[e], suffix3: suffixes[e], next: forms[nextEntry], into: &keys)
                    keys.append(TaggerFeatures.prevTagForm(forms[e], prev: UInt8(p1)))
                    let cur = v + e * stride
                    let prev = v + prevEntry * stride + t
                    let prev2 = v + (i > 1 ? Int(entries[i - 2]) : (i == 1 ? TypeCache.start : TypeCache.start2)) * stride + 2 * t
                    let next = v + nextEntry * stride + 3 * t
                    let next2 =
                        v + (i + 2 < n ? Int(entries[i + 2]) : (i + 1 < n ? TypeCache.end : TypeCache.end2)) * stride + 4 * t
                    let first = TaggerFeatures.firstCapitalised(first: i == 0, capitalised: flags[e] != 0) * t
                    let pair = (p1 * tagsWithStart + p2) * t
                    let pt = d.prevTag + p1 * t, p2t = d.prev2Tag + p2 * t, tp = d.tagPair + pair, fc = d.firstCapitalised + first
                    for k in 0..<t {
                        s[k] = d.bias[k] + cur[k] + prev[k] + prev2[k] + next[k] + next2[k] + pt[k] + p2t[k] + tp[k] + fc[k]
                    }
                    for key in keys { model.add(key, to: s.baseAddress!) }
                    let closed = closedClass[e]
                    tag = -1
                    for k in 0..<t where TaggerFeatures.allows(k, closed: closed) && (tag < 0 || s[k] > s[tag]) { tag = k }
                }
                out.append(PartOfSpeech(rawValue: UInt8(tag)) ?? .x)
                p2 = p1
                p1 = tag
            }
        }
        return out
    }

    /// What the tagger needs of each word type, computed once: its five role vectors (the sums of
    /// its type features by `TaggerFeatures.Role`), form, suffix, capitalisation, dictionary tag
    /// and closed-class tags. Keyed by the word's exact bytes; up to `capacity` types, emptied when
    /// full. Used by one thread at a time; its tables are raw pointers so the decoding loop does
    /// no reference counting or exclusivity checks.
    final class TypeCache {
        static let capacity = 16_384
        static let noTag: UInt8 = 0xFF
        /// Entries of the padding words.
        static let start = 0, start2 = 1, end = 2, end2 = 3
        let stride: Int
        let vectors: UnsafeMutablePointer<Float>
        let forms: UnsafeMutablePointer<UInt64>
        let suffixes: UnsafeMutablePointer<UInt64>
        let flags: UnsafeMutablePointer<UInt8>
        let dictionaryTags: UnsafeMutablePointer<UInt8>
        let closedClass: UnsafeMutablePointer<UInt32>
        /// Open addressing on a hash of the word's bytes (0 marks an empty slot).
        private let keys: UnsafeMutablePointer<UInt64>
        private let slots: UnsafeMutablePointer<Int32>
        private let slotMask = capacity * 2 - 1
        private var count = 0
        private var scratch: [UInt64] = []
        private let tagger: PartOfSpeechTagger

        init(tagger: PartOfSpeechTagger) {
            self.tagger = tagger
            stride = TaggerFeatures.Role.allCases.count * tagger.tagCount
            vectors = .allocate(capacity: Self.capacity * stride)
            forms = .allocate(capacity: Self.capacity)
            suffixes = .allocate(capacity: Self.capacity)
            flags = .allocate(capacity: Self.capacity)
            dictionaryTags = .allocate(capacity: Self.capacity)
            closedClass = .allocate(capacity: Self.capacity)
            keys = .allocate(capacity: Self.capacity * 2)
            slots = .allocate(capacity: Self.capacity * 2)
            reset()
        }

        deinit {
            vectors.deallocate()
            forms.deallocate()
            suffixes.deallocate()
            flags.deallocate()
            dictionaryTags.deallocate()
            closedClass.deallocate()
            keys.deallocate()
            slots.deallocate()
        }

        private func reset() {
            keys.initialize(repeating: 0, count: Self.capacity * 2)
            count = 0
            for w in [TaggerWord.start, .start2, .end, .end2] { fill(w) }
        }

        /// Empties the cache if `words` more types might not fit.
        func makeRoom(_ words: Int) {
            if count + words > Self.capacity { reset() }
        }

        /// The entry of the word in `bytes`, computing it on first sight.
        func entry(_ bytes: UnsafeBufferPointer<UInt8>, tagger: PartOfSpeechTagger) -> Int32 {
            var key = WordHash.basis
            for b in bytes { key = (key ^ UInt64(b)) &* WordHash.prime }
            if key == 0 { key = 1 }
            var s = Int(truncatingIfNeeded: key ^ (key >> 29)) & slotMask
            while keys[s] != 0 {
                if keys[s] == key { return slots[s] }
                s = (s + 1) & slotMask
            }
            let word = TaggerWord(bytes, lexicon: tagger.lexicon)
            let e = fill(word)
            dictionaryTags[e] = tagger.model.dictionary[word.raw] ?? Self.noTag
            closedClass[e] = tagger.model.closedClass[word.lower] ?? 0
            keys[s] = key
            slots[s] = Int32(e)
            return Int32(e)
        }

        @discardableResult
        private func fill(_ w: TaggerWord) -> Int {
            let e = count
            count += 1
            let t = tagger.tagCount
            let base = vectors + e * stride
            base.initialize(repeating: 0, count: stride)
            for role in TaggerFeatures.Role.allCases {
                scratch.removeAll(keepingCapacity: true)
                TaggerFeatures.typeFeatures(w, role, into: &scratch)
                for key in scratch { tagger.model.add(key, to: base + role.rawValue * t) }
            }
            forms[e] = w.form
            suffixes[e] = w.suffixes.2
            flags[e] = w.capitalised ? 1 : 0
            dictionaryTags[e] = Self.noTag
            closedClass[e] = 0
            return e
        }
    }
}

/// Timing hooks for `factledger-bench --tagger`: the language layer's stages on whole texts.
public enum LanguageBenchmark {
    /// Tokenizes and segments each text without tagging; returns the number of tokens in sentences.
    public static func tokenize(_ texts: [String]) -> Int {
        texts.reduce(0) { n, text in n + TokenizedText(text, tagger: nil).sentences.reduce(0) { $0 + $1.count } }
    }

    /// Tokenizes, segments and tags each text; returns the number of tagged tokens.
    public static func tokenizeAndTag(_ texts: [String]) -> Int {
        texts.reduce(0) { n, text in n + TokenizedText(text).tags.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    }
}
