/// An article's text as UTF-8 bytes, cut into tokens, paragraphs and sentences, each token tagged
/// with its part of speech.
///
/// Offsets inside are UTF-8 byte offsets into `bytes`; `scalarOffsets(_:)` converts them to the
/// Unicode scalar offsets the rest of FactLedger stores. Scanning is byte by byte with no
/// per-`Character` work, so extraction runs at tens of megabytes per second.
struct TokenizedText {
    let bytes: [UInt8]
    let tokens: [Token]
    /// Token index ranges of paragraphs; a line break inside a sentence (`hundreds of\n\nthousands`) does not end one.
    let paragraphs: [Range<Int>]
    /// Token index ranges of sentences, each inside one paragraph.
    let sentences: [Range<Int>]
    /// For each token, the index of its sentence.
    let sentenceOf: [Int32]
    /// For each token, the index of its paragraph.
    let paragraphOf: [Int32]
    /// True when the text has no byte above 0x7F, so byte and scalar offsets agree.
    let isASCII: Bool
    /// For non-ASCII text, the number of scalars before each byte offset (one more entry than bytes).
    private let scalarsBefore: [Int32]
    /// Each token's part of speech; nil outside sentences (line breaks) and for every token when
    /// the text was not tagged.
    private(set) var tags: [PartOfSpeech?]

    /// Tokenizes and segments `text`, and tags with `tagger` (nil: no tags) every sentence, or
    /// those `tagging` selects (the others' tokens have no tag).
    init(_ text: String, tagger: PartOfSpeechTagger? = .shared, tagging: ((TokenizedText, Range<Int>) -> Bool)? = nil) {
        var text = text
        bytes = text.withUTF8 { Array($0) }
        var ascii = true
        for b in bytes where b >= 0x80 {
            ascii = false
            break
        }
        isASCII = ascii
        if ascii {
            scalarsBefore = []
        } else {
            var table = [Int32](repeating: 0, count: bytes.count + 1)
            var scalars: Int32 = 0
            for (i, b) in bytes.enumerated() {
                table[i] = scalars
                if b & 0xC0 != 0x80 { scalars += 1 }
            }
            table[bytes.count] = scalars
            scalarsBefore = table
        }
        var tokens = Tokenizer.tokens(bytes)
        SentenceSegmenter.joinSoftLineBreaks(&tokens, bytes: bytes)
        self.tokens = tokens
        let (paragraphs, sentences) = SentenceSegmenter.segment(tokens, bytes: bytes)
        self.paragraphs = paragraphs
        self.sentences = sentences
        var sentenceOf = [Int32](repeating: 0, count: tokens.count)
        for (s, range) in sentences.enumerated() { for i in range { sentenceOf[i] = Int32(s) } }
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        for (p, range) in paragraphs.enumerated() { for i in range { paragraphOf[i] = Int32(p) } }
        self.sentenceOf = sentenceOf
        self.paragraphOf = paragraphOf
        tags = []
        if let tagger {
            let selected = tagging.map { select in sentences.indices.filter { select(self, sentences[$0]) } }
            tags = tagger.tags(self, sentences: selected ?? Array(sentences.indices))
        }
    }

    /// The part of speech of token `i`; nil outside the text, outside sentences or untagged.
    func tag(_ i: Int) -> PartOfSpeech? { i >= 0 && i < tags.count ? tags[i] : nil }

    // MARK: - Token access

    func text(_ i: Int) -> String { text(from: Int(tokens[i].start), to: Int(tokens[i].end)) }

    /// The source text from the start of token `a` to the end of token `b` (inclusive).
    func text(tokens a: Int, through b: Int) -> String {
        guard a <= b else { return "" }
        return text(from: Int(tokens[a].start), to: Int(tokens[b].end))
    }

    func text(from start: Int, to end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    func hash(_ i: Int) -> UInt64 { tokens[i].hash }
    func kind(_ i: Int) -> TokenKind { tokens[i].kind }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }
    func isCapitalised(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].flags.contains(.capitalised) }
    func spaceBefore(_ i: Int) -> Bool { tokens[i].flags.contains(.spaceBefore) }
    /// True when token `i` is the single ASCII punctuation byte `c`.
    func isPunct(_ i: Int, _ c: UInt8) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .punct && tokens[i].end - tokens[i].start == 1
            && bytes[Int(tokens[i].start)] == c
    }
    func firstByte(_ i: Int) -> UInt8 { bytes[Int(tokens[i].start)] }

    // MARK: - Offsets

    /// Converts byte offsets (any order) to Unicode scalar offsets.
    func scalarOffsets(_ byteOffsets: [Int]) -> [Int] {
        if isASCII { return byteOffsets }
        return byteOffsets.map { Int(scalarsBefore[max(0, min($0, bytes.count))]) }
    }

    func scalarOffset(_ byteOffset: Int) -> Int { scalarOffsets([byteOffset])[0] }
}
