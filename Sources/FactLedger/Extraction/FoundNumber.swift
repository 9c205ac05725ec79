/// A number the recognizer found, claim or not, for `extract --numbers` and evaluation.
public struct FoundNumber: Hashable, Sendable {
    /// The expression as written, qualifier included.
    public var text: String
    public var range: TextRange
    public var value: Double
    public var lower: Double?
    public var upper: Double?
    public var qualifier: String?
    public var kind: ClaimKind
    /// ISO 4217 code for money, `%`, or a unit symbol.
    public var unit: String?
    /// The currency or unit as written (`$`, `dollars`, `USD`).
    public var unitWritten: String?
    /// False when the currency is named only generically (`$`, `dollars`), not by country (`US$`, `USD`).
    public var unitSpecific: Bool
    public var isRange: Bool
    public var isOrdinal: Bool
    /// Part of a name, code or address (`Kh-101`, a URL), or a time of day.
    public var isIdentifier: Bool

    public var json: JSONValue {
        .object([
            ("text", .string(text)), ("value", .double(value)), ("lower", .from(lower)), ("upper", .from(upper)),
            ("unit", .from(unit)), ("start", .int(Int64(range.start))), ("end", .int(Int64(range.end))),
            ("kind", .string(kind.rawValue)), ("qualifier", .from(qualifier)), ("unit_written", .from(unitWritten)),
            ("unit_specific", .bool(unitSpecific)), ("range", .bool(isRange)), ("ordinal", .bool(isOrdinal)),
            ("identifier", .bool(isIdentifier)),
        ])
    }
}

extension Extractor {
    /// Every number in the article, in order.
    public func numbers(in article: Article) -> [FoundNumber] {
        let scanned = TokenizedText(article.text)
        return NumberRecognizer(scanned).numbers().map { FoundNumber($0, in: scanned) }
    }
}

extension FoundNumber {
    init(_ n: RecognizedNumber, in t: TokenizedText) {
        let a = Int(t.tokens[n.first].start), b = Int(t.tokens[n.last].end)
        let offsets = t.scalarOffsets([a, b])
        self.init(
            text: t.text(from: a, to: b), range: TextRange(offsets[0], offsets[1]), value: n.value, lower: n.lower,
            upper: n.upper,
            qualifier: n.qualifier, kind: n.kind, unit: n.unit, unitWritten: n.unitWritten, unitSpecific: n.unitSpecific,
            isRange: n.isRange, isOrdinal: n.isOrdinal, isIdentifier: n.isIdentifier && !n.isCodePart)
    }
}
