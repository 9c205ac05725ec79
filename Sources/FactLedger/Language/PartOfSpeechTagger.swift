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
    /// Weights of the features that depend only on the tags before (dense, by tag index).
    private let bias: [Float]
    private let prevTag: [Float]
    private let prev2Tag: [Float]
    private let tagPair: [Float]
    private let firstCapitalised: [Float]

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
        bias = row(TaggerFeatures.bias)
        var scratch: [UInt64] = []
        func tagRow(_ prev: Int, _ prev2: Int, _ which: Int) -> [Float] {
            scratch.removeAll()
            TaggerFeatures.tagFeatures(prev: UInt8(prev), prev2: UInt8(prev2), into: &scratch)
            return row(scratch[which])
        }
        prevTag = tags.flatMap { tagRow($0, 0, 0) }
        prev2Tag = tags.flatMap { tagRow(0, $0, 1) }
        tagPair = tags.flatMap { p in tags.flatMap { p2 in tagRow(p, p2, 2) } }
        firstCapitalised = (0..<4).flatMap { v in row(TaggerFeatures.key(.firstCapitalised, UInt64(v))) }
    }

    // MARK: - Tagging

    /// Tags one sentence given as its words (treebank tokenization: `do` `n't`, `U.S.`, `,`).
    public func tag(_ words: [String]) -> [PartOfSpeech] {
        var session = Session(tagger: self)
        var tagged = words.map { TaggerWord($0, lexicon: nil) }
        for i in tagged.indices {
            var text = words[i]
            text.withUTF8 { session.typeVectors(&tagged[i], bytes: $0) }
        }
        return session.tag(tagged)
    }

    /// Tags the tokens of `text`'s sentences `sentences` (indexes into `text.sentences`); tokens
    /// outside them are nil.
    func tags(_ text: TokenizedText, sentences: some Sequence<Int>) -> [PartOfSpeech?] {
        var out = [PartOfSpeech?](repeating: nil, count: text.tokens.count)
        var session = Session(tagger: self)
        var words: [TaggerWord] = []
        text.bytes.withUnsafeBufferPointer { buf in
            for s in sentences {
                let range = text.sentences[s]
                words.removeAll(keepingCapacity: true)
                for i in range {
                    let token = text.tokens[i]
                    let bytes = UnsafeBufferPointer(rebasing: buf[Int(token.start)..<Int(token.end)])
                    var w = TaggerWord(bytes, lexicon: nil)
                    session.typeVectors(&w, bytes: bytes)
                    words.append(w)
                }
                for (k, tag) in session.tag(words).enumerated() { out[range.lowerBound + k] = tag }
            }
        }
        return out
    }

    /// One tagging run: a cache of each word type's summed type features, by role.
    struct Session {
        let tagger: PartOfSpeechTagger
        let t: Int
        /// Type key → offset of its role vectors in `vectors` (5 roles × tags).
        var offsets: [UInt64: Int] = [:]
        var vectors: [Float] = []
        /// Offsets of the padding words' vectors.
        let start: Int, start2: Int, end: Int, end2: Int
        private var scratch: [UInt64] = []
        /// Offset of each word's vectors, parallel to the words being tagged.
        private var rows: [Int] = []

        init(tagger: PartOfSpeechTagger) {
            self.tagger = tagger
            t = tagger.tagCount
            let stride = TaggerFeatures.Role.allCases.count * tagger.tagCount
            vectors.reserveCapacity(stride * 512)
            start = 0
            start2 = stride
            end = 2 * stride
            end2 = 3 * stride
            for w in [TaggerWord.start, .start2, .end, .end2] { append(w) }
        }

        /// The offset of `w`'s role vectors, computing them (and its WordNet parts of speech) on first sight.
        @discardableResult
        mutating func typeVectors(_ w: inout TaggerWord, bytes: UnsafeBufferPointer<UInt8>) -> Int {
            if let o = offsets[w.typeKey] { return o }
            w.wordNet = tagger.lexicon.mask(bytes)
            let o = append(w)
            offsets[w.typeKey] = o
            return o
        }

        @discardableResult
        private mutating func append(_ w: TaggerWord) -> Int {
            let o = vectors.count
            vectors += repeatElement(0, count: TaggerFeatures.Role.allCases.count * t)
            for role in TaggerFeatures.Role.allCases {
                scratch.removeAll(keepingCapacity: true)
                TaggerFeatures.typeFeatures(w, role, into: &scratch)
                let base = o + role.rawValue * t
                vectors.withUnsafeMutableBufferPointer { v in
                    for key in scratch { tagger.model.add(key, to: v.baseAddress! + base) }
                }
            }
            return o
        }

        /// Tags one sentence whose words all have their type vectors (`typeVectors`).
        mutating func tag(_ words: [TaggerWord]) -> [PartOfSpeech] {
            let n = words.count
            rows.removeAll(keepingCapacity: true)
            for w in words { rows.append(offsets[w.typeKey] ?? start) }
            var out: [PartOfSpeech] = []
            out.reserveCapacity(n)
            var p1 = Int(TaggerFeatures.startTag), p2 = p1
            var scores = [Float](repeating: 0, count: t)
            let roleStride = t
            for i in 0..<n {
                var tag: Int
                if let known = tagger.model.dictionary[words[i].raw] {
                    tag = Int(known)
                } else {
                    scratch.removeAll(keepingCapacity: true)
                    TaggerFeatures.pairFeatures(words, i, into: &scratch)
                    scratch.append(TaggerFeatures.prevTagForm(words[i], prev: UInt8(p1)))
                    let cur = rows[i]
                    let prev = i > 0 ? rows[i - 1] : start
                    let prev2 = i > 1 ? rows[i - 2] : (i == 1 ? start : start2)
                    let next = i + 1 < n ? rows[i + 1] : end
                    let next2 = i + 2 < n ? rows[i + 2] : (i + 1 < n ? end : end2)
                    let first = TaggerFeatures.firstCapitalised(words, i)
                    let pairBase = (p1 * (Int(TaggerFeatures.startTag) + 1) + p2) * t
                    scores.withUnsafeMutableBufferPointer { s in
                        vectors.withUnsafeBufferPointer { v in
                            tagger.bias.withUnsafeBufferPointer { b in
                                for k in 0..<t {
                                    s[k] =
                                        b[k] + v[cur + k] + v[prev + roleStride + k] + v[prev2 + 2 * roleStride + k]
                                        + v[next + 3 * roleStride + k] + v[next2 + 4 * roleStride + k]
                                        + tagger.prevTag[p1 * t + k] + tagger.prev2Tag[p2 * t + k]
                                        + tagger.tagPair[pairBase + k] + tagger.firstCapitalised[first * t + k]
                                }
                            }
                        }
                        for key in scratch { tagger.model.add(key, to: s.baseAddress!) }
                    }
                    tag = 0
                    for k in 1..<t where scores[k] > scores[tag] { tag = k }
                }
                out.append(PartOfSpeech(rawValue: UInt8(tag)) ?? .x)
                p2 = p1
                p1 = tag
            }
            return out
        }
    }
}
