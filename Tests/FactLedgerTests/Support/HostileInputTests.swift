import Foundation
import GRDB
import Testing

@testable import FactLedger

/// Odd and hostile input: stored and shown as plain text, never run, never crashing.
struct HostileInputTests {
    /// Every offset of an extraction lies inside the text and slices back to what was stored.
    static func checkOffsets(_ text: String) {
        let x = extraction(text)
        let n = text.unicodeScalars.count
        for q in x.quotes {
            #expect(q.range.start >= 0 && q.range.end <= n && q.range.start < q.range.end)
            #expect(slice(text, q.range) == q.text)
        }
        for c in x.claims {
            #expect(c.range.end <= n && c.sentence.end <= n)
            #expect(slice(text, c.range) == c.text)
        }
    }

    static let pathological: [String: String] = [
        "100,000 quote marks": String(repeating: "“", count: 100_000),
        "nested openings": String(repeating: "“a ‘b «c „d", count: 5_000),
        "alternating marks": String(repeating: "”“", count: 20_000) + " he said.",
        "1 MB paragraph, one open quote": "\"" + String(repeating: "word ", count: 200_000),
        "every quote mark and dash": "“‘«‹„‚「『〝❝❞〞』」›»’” \"'` ‐‑‒–—―⁃−﹘﹣－ said “ok,” she said – 5–10 drones",
        "right-to-left": "قال الرئيس “نحن مستعدون” — 42 طائرة‏ \u{202E}reversed\u{202C} שלום “ציטוט” אמר",
        "emoji": "👩🏽‍⚕️ “Emoji 👍🏽 quote,” 🇺🇦 she said. 3️⃣ drones, 4⃣ missiles, ½ ¼ ⅞ 🔟",
        "NUL bytes": "NUL\u{0}inside “quote\u{0}here,” he\u{0} said. 12\u{0}000 people.",
        "nested and unbalanced":
            "Nested “quotes ‘inside “more ‘and more’” quotes’ end” said Ann. Unbalanced “open and ‘never closed.",
        "huge digit runs": String(repeating: "1", count: 10_000) + " drones and " + String(repeating: "9,", count: 5_000)
            + "9 people",
        "dashes and dots": String(repeating: "-", count: 50_000) + "5" + String(repeating: ".", count: 50_000),
    ]

    @Test(arguments: pathological.keys.sorted())
    func pathologicalTextExtractsWithOffsetsInside(_ name: String) throws {
        Self.checkOffsets(try #require(Self.pathological[name]))
    }

    /// Found by the fuzzer: a speaker taken from the sentence before an unclosed quote was made on a
    /// copy of the article's entities, leaving the quote pointing past them (a crash when printed).
    @Test(arguments: ["The army chief denied it. \"a u o p", "chief denied. \"a u o p"])
    func everySpeakerIndexIsAnEntity(_ text: String) {
        let x = extraction(text)
        for q in x.quotes { if let s = q.speaker { #expect(s < x.entities.count) } }
        for c in x.claims { if let s = c.speaker { #expect(s < x.entities.count) } }
        #expect(x.quotes.count == 1)
    }

    @Test func invalidUTF8AndControlBytesAreReadAsText() throws {
        var bytes = Array("“Caf".utf8) + [0xE9, 0x22] + Array(" he said. ".utf8)
        bytes += [0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x33, 0x31, 0x6D] + Array(" 40 people were killed.".utf8)
        let article = try ArticleReader().read(bytes: bytes, file: "odd.txt", format: .text)
        #expect(article.encoding == .windows1252)
        #expect(!article.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        Self.checkOffsets(article.text)
    }

    @Test func sqlInTextNamesAndNotesIsStoredAsText() throws {
        let folder = try temporaryFolder("hostile")
        let evil = "Robert'); DROP TABLE speakers; --"
        try write(
            """
            ---
            outlet: Bobby Tables'; DELETE FROM articles; --
            published: 2025-11-25
            ---
            “We launched 430 drones'; DROP TABLE quotes; --,” said \(evil) Smith. Russia launched 430 drones at Kyiv overnight.
            """, to: "a.md", in: folder)
        try write(
            """
            ---
            outlet: Other
            published: 2025-11-25
            ---
            Russia launched 464 drones at Kyiv overnight, officials said.
            """, to: "b.md", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([folder], into: ledger)
        #expect(try ledger.articles().map(\.outlet).contains("Bobby Tables'; DELETE FROM articles; --"))
        #expect(try ledger.quotes().first?.text.contains("DROP TABLE quotes") == true)
        try ledger.check()
        let flag = try #require(try ledger.flags(status: nil).first)
        let note = "x'); DELETE FROM review_events; -- <script>alert(1)</script> \u{1B}[2J"
        try ledger.decide(.note, flag: flag.id, note: note, reviewer: evil)
        #expect(try ledger.history(flag: flag.id).first?.note == note.trimmingCharacters(in: .whitespaces))
        #expect(try ledger.history(flag: flag.id).first?.reviewer == evil)
        // Searches with FTS syntax and quotes are searched for, not parsed.
        #expect(throws: Never.self) { try ledger.quotes(QuoteFilter(search: "\"drones' OR 1=1 -- NEAR(")) }
        #expect(throws: Never.self) { try ledger.claims(ClaimFilter(about: "drones* AND \"")) }
        // Printing to a terminal strips the escape sequence.
        let shown = FlagText.render(try #require(try ledger.flag(id: flag.id)), width: 80, color: false)
        #expect(!shown.contains("\u{1B}"))
    }

    /// Long articles: quote and sentence text are cut out in Swift (not by SQL's `substr`, which
    /// counts from the start of the text for each one), and must match what short articles give.
    @Test func quotesAndSentencesOfALongArticleSliceBack() throws {
        let paragraph = "“We will not accept this,” the Émigré minister said. Russia launched 430 drones, officials said.\n\n"
        let count = ArticleSlicer.sqlLimit / paragraph.unicodeScalars.count + 10
        let folder = try temporaryFolder("long")
        _ = try write(String(repeating: paragraph, count: count), to: "long.txt", in: folder)
        let ledger = try Ledger.inMemory()
        try ingest([folder], into: ledger)
        let quotes = try ledger.quotes()
        #expect(quotes.count == count)
        #expect(quotes.allSatisfy { $0.text == "We will not accept this," })
        let claims = try ledger.claims()
        #expect(claims.count == count)
        #expect(claims.allSatisfy { $0.sentence == "Russia launched 430 drones, officials said." })
        // The FTS index got the quote text from the extraction.
        #expect(try ledger.quotes(QuoteFilter(search: "accept")).count == count)
    }

    /// A run of text with no sentence end is cut into bounded sentences, so the work per figure
    /// does not grow with the run (it was quadratic: 100 KB of right-to-left text took 20 s).
    @Test func sentencesWithoutEndsAreBounded() {
        let text = String(repeating: "قال الرئيس 42 طائرة ", count: 500)
        let t = TokenizedText(text, tagger: nil)
        #expect(t.sentences.allSatisfy { $0.count <= SentenceSegmenter.maxSentenceTokens })
        let x = extraction(text)
        for c in x.claims {
            #expect(c.sentence.start <= c.range.start && c.range.end <= c.sentence.end)
            #expect(c.sentence.end - c.sentence.start < 2_000)
        }
    }

    /// Found by the fuzzer: a date read across a sentence break (`Jan . 21, 2017`) left the
    /// claim's figure outside the sentence stored with it.
    @Test func aFigureAcrossASentenceBreakLiesInItsSentence() {
        let x = extraction("Grossi was appointed on Jan . 21, 2017 and left.")
        #expect(!x.claims.isEmpty)
        for c in x.claims { #expect(c.sentence.start <= c.range.start && c.range.end <= c.sentence.end, "\(c.text)") }
    }

    /// Found by the fuzzer: `<-25` made the interval [0, -25] (a count's floor of 0 above its ceiling).
    @Test func aNegativeCeilingKeepsAnOrderedInterval() {
        let x = extraction("Officials said <-25 drones were launched.")
        for c in x.claims {
            if let l = c.lower, let u = c.upper { #expect(l <= u, "\(c.text): \(l) > \(u)") }
        }
    }

    @Test func terminalEscapesAreStripped() {
        let hostile = "title\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}[31mred\u{9B}31m\u{08}\u{7F}end\u{202E}"
        let clean = Terminal.sanitise(hostile)
        #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(clean.contains("red") && clean.contains("end"))
    }

    /// A full disk mid-ingest (SQLite's max_page_count): a clear error, the ledger intact, every
    /// stored article whole.
    @Test func aFullDatabaseStopsIngestCleanly() throws {
        let folder = try temporaryFolder("full")
        let path = (folder as NSString).appendingPathComponent("ledger.sqlite")
        let ledger = try Ledger.open(path: path, mode: .create)
        try ingest([seedsFolder], into: ledger)
        let pages = try ledger.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! }
        try ledger.write { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 8)") }
        let corpus = (folder as NSString).appendingPathComponent("corpus")
        for i in 0..<200 {
            try write(
                "“Statement number \(i) is long enough to take space,” said Person\(i) Example. \(i + 10) drones were launched.\n"
                    + String(repeating: "Filler sentence about the war number \(i). ", count: 80), to: "a\(i).txt", in: corpus)
        }
        #expect {
            try ingest([corpus], into: ledger)
        } throws: { error in
            (error as? LedgerError).map { "\($0)".contains("full") } ?? "\(error)".contains("full")
        }
        try ledger.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok")
            // Every article stored has all its quotes: none was cut in half.
            let partial = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM articles a WHERE a.file LIKE '%corpus%'
                    AND (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) <> 1
                    """)
            #expect(partial == 0)
        }
        #expect(try ledger.articles().count >= 5)
    }
}
