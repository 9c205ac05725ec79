/// How `extract` shows one article's extraction: readable text or JSON with the keys of
/// `quotes --json` and `claims --json`.
public enum ExtractionReport {
    /// One article's object: `file`, `chars`, `quotes`, `claims`, `numbers`, `diagnostics`, and with
    /// `language` also `sentences`, `tokens` and `names` (keys of the contract).
    public static func json(
        _ article: Article, _ x: Extraction, numbers: [FoundNumber] = [], language: LanguageAnalysis? = nil
    ) -> JSONValue {
        .object(jsonFields(article, x, numbers: numbers, language: language).map { ($0.0, $0.1.value) })
    }

    /// The fields of `json`, with quotes and claims made one at a time when written
    /// (`JSONValue.streamObject`): an article with half a million claims is never held as JSON.
    public static func jsonFields(
        _ article: Article, _ x: Extraction, numbers: [FoundNumber] = [], language: LanguageAnalysis? = nil
    ) -> [(String, JSONValue.Streamed)] {
        let scalars = Array(article.text.unicodeScalars)
        let quote = { (q: Quotation) -> JSONValue in
            .object([
                ("text", .string(q.text)), ("speaker", .from(q.speaker.flatMap { x.entities[$0].name })),
                ("speaker_as_written", .from(q.speakerAsWritten)), ("kind", .string(q.kind.rawValue)), ("cue", .from(q.cue)),
                ("file", .string(article.file)), ("outlet", .from(article.metadata.outlet)),
                ("published", .from(article.metadata.published)), ("start", .int(Int64(q.range.start))),
                ("end", .int(Int64(q.range.end))), ("speaker_start", .from(q.speakerRange?.start)),
                ("speaker_end", .from(q.speakerRange?.end)), ("clause_start", .from(q.clause?.start)),
                ("clause_end", .from(q.clause?.end)), ("utterance", .int(Int64(q.utterance))),
                ("speaker_role", .from(q.speaker.flatMap { x.entities[$0].name == nil ? x.entities[$0].roles.first : nil })),
            ])
        }
        var fields: [(String, JSONValue.Streamed)] = [
            ("file", .value(.string(article.file))), ("chars", .value(.int(Int64(scalars.count)))),
            ("language", .value(.string(x.language))),
            ("quotes", .items(count: x.quotes.count, item: { quote(x.quotes[$0]) })),
            ("claims", .items(count: x.claims.count, item: { claimJSON(x.claims[$0], article, x, scalars) })),
            ("numbers", .value(.array(numbers.map(\.json)))),
            (
                "diagnostics",
                .value(
                    .array(
                        x.diagnostics.map { d in
                            .object([
                                ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)),
                                ("start", .from(d.range?.start)), ("end", .from(d.range?.end)),
                            ])
                        }))
            ),
        ]
        if let language { fields += languageJSON(language).map { ($0.0, .value($0.1)) } }
        return fields
    }

    /// `sentences` (`start`, `end`), `tokens` (`text`, `start`, `end`, `tag`, `lemma`) and `names`
    /// (`text`, `start`, `end`, `class`, `role`).
    static func languageJSON(_ a: LanguageAnalysis) -> [(String, JSONValue)] {
        func span(_ r: TextRange) -> [(String, JSONValue)] { [("start", .int(Int64(r.start))), ("end", .int(Int64(r.end)))] }
        return [
            ("sentences", .array(a.sentences.map { .object(span($0)) })),
            (
                "tokens",
                .array(
                    a.tokens.map {
                        .object(
                            [("text", .string($0.text))] + span($0.range) + [
                                ("tag", .string($0.tag.name)), ("lemma", .string($0.lemma)),
                            ])
                    })
            ),
            (
                "names",
                .array(
                    a.names.map {
                        .object(
                            [("text", .string($0.text))] + span($0.range)
                                + [("class", .string($0.nameClass.rawValue)), ("role", .from($0.role))])
                    })
            ),
        ]
    }

    /// The names of a language analysis, one line each, for `extract --tokens` without `--json`.
    public static func text(_ a: LanguageAnalysis) -> String {
        let lines =
            ["  sentences \(a.sentences.count), tokens \(a.tokens.count)"]
            + a.names.map { n in
                "  name    \(n.nameClass.rawValue.padded(to: 12)) \(n.text)" + (n.role.map { " (role: \($0))" } ?? "")
            }
        return Terminal.sanitise(lines.joined(separator: "\n"), keepNewlines: true)
    }

    static func claimJSON(_ c: Claim, _ article: Article, _ x: Extraction, _ scalars: [Unicode.Scalar]) -> JSONValue {
        .object(
            [
                ("text", .string(c.text)), ("sentence", .string(scalars.text(from: c.sentence.start, to: c.sentence.end))),
                ("value", .double(c.value)),
                ("lower", .from(c.lower)), ("upper", .from(c.upper)), ("qualifier", .from(c.qualifier)),
                ("kind", .string(c.kind.rawValue)),
                ("unit", .from(c.unit)), ("subject", .from(c.subject)), ("context", .from(c.context)),
                ("speaker", .from(c.speaker.flatMap { x.entities[$0].name })), ("speaker_as_written", .from(c.speakerAsWritten)),
                ("event_date", .from(c.eventDate)), ("event_date_basis", .string(c.eventDateBasis.rawValue)),
                ("file", .string(article.file)),
                ("outlet", .from(article.metadata.outlet)), ("published", .from(article.metadata.published)),
                ("start", .int(Int64(c.range.start))), ("end", .int(Int64(c.range.end))),
            ] + frameJSON(c.frame))
    }

    /// The frame's keys in `claims --json` and `extract --json` (a contract): `entity`, `event`,
    /// `modifiers`, `place`, `actors`, `scope`, `measure_key`.
    static func frameJSON(_ f: ClaimFrame) -> [(String, JSONValue)] {
        [
            ("entity", .from(f.entity)), ("event", .from(f.event)), ("modifiers", .array(f.modifiers.map(JSONValue.string))),
            ("place", .from(f.place)), ("actors", .array(f.actors.map(JSONValue.string))), ("scope", .from(f.scope)),
            ("measure_key", .from(f.measureKey)), ("counted", .from(f.counted)),
        ]
    }

    public static func text(_ article: Article, _ x: Extraction) -> String {
        var lines = ["== \(article.file)"]
        for q in x.quotes {
            let who = q.speaker.flatMap { x.entities[$0].name ?? x.entities[$0].roles.first.map { "[\($0)]" } } ?? "-"
            lines.append("  \(q.kind.rawValue.padded(to: 7)) \(who) (\(q.speakerAsWritten ?? "-"); \(q.cue ?? "-")): “\(q.text)”")
        }
        for c in x.claims {
            let interval = "[\(c.lower.map(JSONValue.number) ?? "-∞"), \(c.upper.map(JSONValue.number) ?? "∞")]"
            lines.append(
                "  claim   \(c.text) = \(JSONValue.number(c.value)) \(interval) \(c.unit ?? "") subject=\(c.subject ?? "-") speaker=\(c.speaker.flatMap { x.entities[$0].name } ?? "-") date=\(c.eventDate ?? "-")"
            )
        }
        for d in x.diagnostics { lines.append("  \(d.severity.rawValue): \(d.message)") }
        // Line by line: a newline inside a file name or a quote is shown as a space, never as a line.
        return lines.map { Terminal.sanitise($0) }.joined(separator: "\n")
    }
}
