/// What the part-of-speech tagger knows about one word, computed from its UTF-8 bytes.
///
/// Typographic marks are read as the treebank mostly writes them (`’` as `'`, `“` as `"`, `—` as
/// `--`, `…` as `...`), so a curly apostrophe in news text and a straight one in web text are one word.
public struct TaggerWord: Sendable {
    /// The lower-cased word, or a class for figures (`!YEAR` for `1996`, `!DIGITS`, a shape).
    var form: UInt64
    /// Lower-cased suffixes of 1...4 bytes and prefixes of 1...3 bytes.
    var suffixes: (UInt64, UInt64, UInt64, UInt64)
    var prefixes: (UInt64, UInt64, UInt64)
    /// Case and character classes with runs cut at two (`Xxx` for `Geneva`, `dd,ddd`, `X.X.`).
    var shape: UInt64
    var capitalised: Bool
    /// The bytes exactly (case kept): the key of the tag dictionary.
    public internal(set) var raw: UInt64
    /// The lower-cased bytes: the key of the closed-class lexicon.
    public internal(set) var lower: UInt64
    /// The lower-cased bytes and the shape: words with one type key have the same type features.
    var typeKey: UInt64
    /// The parts of speech WordNet has for the word (`WordNetLexicon.Mask` bits); 0 when unknown.
    var wordNet: UInt8 = 0

    /// Padding before and after a sentence.
    static let start = TaggerWord(special: "-START-")
    static let start2 = TaggerWord(special: "-START2-")
    static let end = TaggerWord(special: "-END-")
    static let end2 = TaggerWord(special: "-END2-")

    private init(special: String) {
        let h = WordHash.of(special)
        form = h
        suffixes = (h, h, h, h)
        prefixes = (h, h, h)
        shape = h
        capitalised = false
        raw = h
        lower = h
        typeKey = h
    }

    /// The word `text`, with its WordNet parts of speech looked up in `lexicon`.
    public init(_ text: String, lexicon: WordNetLexicon?) {
        var text = text
        self = text.withUTF8 { TaggerWord($0, lexicon: lexicon) }
    }

    /// The word in `bytes`; `lexicon` fills `wordNet` (nil leaves it for later).
    init(_ bytes: UnsafeBufferPointer<UInt8>, lexicon: WordNetLexicon?) {
        if let normal = Self.normalised(bytes) {
            self = normal.withUnsafeBufferPointer { TaggerWord(ascii: $0) }
        } else {
            self = TaggerWord(ascii: bytes)
        }
        if let lexicon { wordNet = lexicon.mask(bytes) }
    }

    private init(ascii bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        var lower = WordHash.basis
        var raw = WordHash.basis
        var digits = 0
        var shape = WordHash.basis
        var lastClass: UInt8 = 0
        var run = 0
        var shapeLength = 0
        for b in bytes {
            lower = WordHash.step(lower, b)
            raw = (raw ^ UInt64(b)) &* WordHash.prime
            let cls: UInt8
            switch b {
            case 0x41...0x5A: cls = 0x58  // X
            case 0x61...0x7A: cls = 0x78  // x
            case 0x30...0x39:
                cls = 0x64  // d
                digits += 1
            case 0x80...: cls = 0x75  // u: a byte of a letter outside ASCII
            default: cls = b
            }
            run = cls == lastClass ? run + 1 : 1
            lastClass = cls
            if run <= 2, shapeLength < 8 {
                shape = (shape ^ UInt64(cls)) &* WordHash.prime
                shapeLength += 1
            }
        }
        self.shape = shape
        self.raw = raw
        self.lower = lower
        capitalised = n > 0 && bytes[0] >= 0x41 && bytes[0] <= 0x5A
        // Figures by class: `1996` and `2024` are one form, `3,500` and `12,000` another.
        if digits > 0, digits == 4, n == 4 {
            form = Self.year
        } else if digits > 0, digits == n {
            form = Self.digits
        } else if digits > 0, bytes[0] >= 0x30, bytes[0] <= 0x39 {
            form = shape ^ 0x5bd1_e995
        } else {
            form = lower
        }
        func hash(_ a: Int, _ b: Int) -> UInt64 {
            var h = WordHash.basis
            for k in a..<b { h = WordHash.step(h, bytes[k]) }
            return h
        }
        suffixes = (hash(max(0, n - 1), n), hash(max(0, n - 2), n), hash(max(0, n - 3), n), hash(max(0, n - 4), n))
        prefixes = (hash(0, min(n, 1)), hash(0, min(n, 2)), hash(0, min(n, 3)))
        typeKey = lower &* 31 &+ shape
    }

    private static let year = WordHash.of("!YEAR")
    private static let digits = WordHash.of("!DIGITS")

    /// The bytes with typographic marks replaced, or nil when there are none.
    static func normalised(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var changed = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                let replacement: [UInt8]?
                switch bytes[i + 2] {
                case 0x9C, 0x9D, 0x9E: replacement = [0x22]  // “ ” „
                case 0x98, 0x99: replacement = [0x27]  // ‘ ’
                case 0x93, 0x94: replacement = [0x2D, 0x2D]  // – —
                case 0xA6: replacement = [0x2E, 0x2E, 0x2E]  // …
                default: replacement = nil
                }
                if let replacement {
                    out += replacement
                    changed = true
                    i += 3
                    continue
                }
            }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xAB || bytes[i + 1] == 0xBB {  // « »
                out.append(0x22)
                changed = true
                i += 2
                continue
            }
            out.append(b)
            i += 1
        }
        return changed ? out : nil
    }
}

/// The tagger's feature templates (after Collins 2002 and Honnibal's averaged perceptron): the word,
/// its affixes, shape and WordNet parts of speech; the two words on either side; the two tags
/// before it; and word pairs. Each feature is a template and a value hashed to one 64-bit key.
///
/// Features of one word in one role (the word itself, the word before, the word after…) depend
/// only on the word's type, so the tagger sums them once per word type; only the features that
/// combine a word with a tag or with its neighbour are looked up at every position.
public enum TaggerFeatures {
    enum Template: UInt64 {
        case bias = 1
        case form, suffix1, suffix2, suffix3, suffix4, prefix1, prefix2, prefix3, shape
        case prevForm, prevSuffix3, prevShape, prev2Form
        case nextForm, nextSuffix3, nextShape, next2Form
        case prevTag, prev2Tag, tagPair, prevTagForm, firstCapitalised, prevFormForm, formNextForm
        case wordNet, prevWordNet, nextWordNet, next2WordNet
        case prevNextForm, suffixNextForm
    }

    /// The tag index used for "before the sentence".
    public static let startTag = UInt8(PartOfSpeech.allCases.count)

    /// Function-word tags, given only to words the treebank gave them (`TaggerModel.closedClass`).
    public static let closedClassTags: UInt32 = [PartOfSpeech.pron, .det, .adp, .cconj, .sconj, .aux, .part].reduce(0) {
        $0 | 1 << UInt32($1.rawValue)
    }

    /// Whether `tag` may be given to a word whose treebank function-word tags are `closed`.
    @inline(__always)
    public static func allows(_ tag: Int, closed: UInt32) -> Bool {
        let bit = UInt32(1) << UInt32(tag)
        return closedClassTags & bit == 0 || closed & bit != 0
    }

    @inline(__always)
    static func key(_ template: Template, _ value: UInt64) -> UInt64 {
        var z = value &+ template.rawValue &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The roles a word plays around the position being tagged.
    enum Role: Int, CaseIterable {
        case current, previous, previous2, next, next2
    }

    /// Features of `w` in `role`: they depend only on the word's type.
    static func typeFeatures(_ w: TaggerWord, _ role: Role, into out: inout [UInt64]) {
        switch role {
        case .current:
            out.append(key(.form, w.form))
            out.append(key(.suffix1, w.suffixes.0))
            out.append(key(.suffix2, w.suffixes.1))
            out.append(key(.suffix3, w.suffixes.2))
            out.append(key(.suffix4, w.suffixes.3))
            out.append(key(.prefix1, w.prefixes.0))
            out.append(key(.prefix2, w.prefixes.1))
            out.append(key(.prefix3, w.prefixes.2))
            out.append(key(.shape, w.shape))
            out.append(key(.wordNet, UInt64(w.wordNet)))
        case .previous:
            out.append(key(.prevForm, w.form))
            out.append(key(.prevSuffix3, w.suffixes.2))
            out.append(key(.prevShape, w.shape))
            out.append(key(.prevWordNet, UInt64(w.wordNet)))
        case .previous2:
            out.append(key(.prev2Form, w.form))
        case .next:
            out.append(key(.nextForm, w.form))
            out.append(key(.nextSuffix3, w.suffixes.2))
            out.append(key(.nextShape, w.shape))
            out.append(key(.nextWordNet, UInt64(w.wordNet)))
        case .next2:
            out.append(key(.next2Form, w.form))
            out.append(key(.next2WordNet, UInt64(w.wordNet)))
        }
    }

    /// The word in `role` relative to position `i`, with padding outside the sentence.
    @inline(__always)
    static func word(_ words: [TaggerWord], _ i: Int, _ role: Role) -> TaggerWord {
        switch role {
        case .current: return words[i]
        case .previous: return i > 0 ? words[i - 1] : .start
        case .previous2: return i > 1 ? words[i - 2] : (i == 1 ? .start : .start2)
        case .next: return i + 1 < words.count ? words[i + 1] : .end
        case .next2: return i + 2 < words.count ? words[i + 2] : (i + 1 < words.count ? .end : .end2)
        }
    }

    /// Whether the position opens the sentence and its word is capitalised, as a value 0...3.
    @inline(__always)
    static func firstCapitalised(first: Bool, capitalised: Bool) -> Int { (first ? 2 : 0) | (capitalised ? 1 : 0) }

    /// Features that pair a word with its neighbours' forms (no tags): previous and current word,
    /// current and next, previous and next, the current suffix and the next word.
    @inline(__always)
    static func pairFeatures(prev: UInt64, form: UInt64, suffix3: UInt64, next: UInt64, into out: inout [UInt64]) {
        out.append(key(.prevFormForm, prev &* WordHash.prime ^ form))
        out.append(key(.formNextForm, form &* WordHash.prime ^ next))
        out.append(key(.prevNextForm, prev &* WordHash.prime ^ next))
        out.append(key(.suffixNextForm, suffix3 &* WordHash.prime ^ next))
    }

    /// The feature pairing the previous tag with the word.
    @inline(__always)
    static func prevTagForm(_ form: UInt64, prev: UInt8) -> UInt64 { key(.prevTagForm, form &* 131 &+ UInt64(prev)) }

    /// Features of the tags before position `i` alone.
    static func tagFeatures(prev: UInt8, prev2: UInt8, into out: inout [UInt64]) {
        out.append(key(.prevTag, UInt64(prev)))
        out.append(key(.prev2Tag, UInt64(prev2)))
        out.append(key(.tagPair, UInt64(prev) << 8 | UInt64(prev2)))
    }

    /// The bias feature, present at every position.
    static let bias = key(.bias, 0)

    /// Every feature of position `i`, given the tags chosen for the two words before it (for training).
    public static func all(_ words: [TaggerWord], _ i: Int, prev: UInt8, prev2: UInt8, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        out.append(bias)
        for role in Role.allCases { typeFeatures(word(words, i, role), role, into: &out) }
        let w = words[i]
        out.append(key(.firstCapitalised, UInt64(firstCapitalised(first: i == 0, capitalised: w.capitalised))))
        pairFeatures(
            prev: word(words, i, .previous).form, form: w.form, suffix3: w.suffixes.2, next: word(words, i, .next).form,
            into: &out)
        tagFeatures(prev: prev, prev2: prev2, into: &out)
        out.append(prevTagForm(w.form, prev: prev))
    }
}
