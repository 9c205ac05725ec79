import Foundation
import Testing

@testable import FactLedger

struct ArticleReaderTests {
    let reader = ArticleReader()

    // MARK: - Front matter and metadata precedence

    @Test func readsFrontMatterAndKeepsOnlyTheBody() throws {
        let text = """
            ---
            url: https://example.com/a
            outlet: example.com
            published: 2025-11-23
            title: "A title: with a colon"
            ---
            Body starts here.
            """
        let article = try reader.read(bytes: Array(text.utf8), file: "a.md", format: .markdown)
        #expect(article.text == "Body starts here.")
        #expect(article.metadata.url == "https://example.com/a")
        #expect(article.metadata.outlet == "example.com")
        #expect(article.metadata.published == "2025-11-23")
        #expect(article.metadata.publishedSource == .frontMatter)
        #expect(article.metadata.title == "A title: with a colon")
    }

    @Test func warnsAboutUnclosedFrontMatterAndReadsItAsText() throws {
        let article = try reader.read(bytes: Array("---\nurl: x\nno end".utf8), file: "a.txt", format: .text)
        #expect(article.text.hasPrefix("---"))
        #expect(article.warnings.contains { $0.contains("never closed") })
    }

    @Test func explicitMetadataWinsOverSourcesFileWhichWinsOverFrontMatter() throws {
        let text = "---\noutlet: front\nauthor: Front Author\npublished: 2025-01-01\n---\nBody."
        var sources = ArticleMetadata(outlet: "sources")
        sources.setPublished("2025-02-02", source: .sourcesFile)
        let explicit = ArticleMetadata(outlet: "explicit")
        let article = try reader.read(
            bytes: Array(text.utf8), file: "a.txt", format: .text, sourcesEntry: sources, explicit: explicit)
        #expect(article.metadata.outlet == "explicit")
        #expect(article.metadata.published == "2025-02-02")
        #expect(article.metadata.author == "Front Author")
    }

    // MARK: - HTML

    @Test func readsHTMLBodyAndJSONLDMetadata() throws {
        let html = """
            <html><head><title>Page title | Outlet</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
             {"@type":"NewsArticle","headline":"Real headline","datePublished":"2025-11-25T09:30:00Z",
              "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
              "publisher":{"@type":"Organization","name":"The Daily"}}]}
            </script><style>p { color: red }</style></head>
            <body><nav><p>Home | World</p></nav>
            <article><h1>Real headline</h1>
            <p>First paragraph with <b>bold</b> text.</p>
            <div class="share-tools"><p>Share on X</p></div>
            <p>“We are ready,” the minister said.</p>
            <aside><p>Related: something else</p></aside>
            <script>var x = "<p>not text</p>";</script>
            </article><footer><p>Copyright</p></footer></body></html>
            """
        let article = try reader.read(bytes: Array(html.utf8), file: "a.html", format: .html)
        #expect(article.text == "Real headline\n\nFirst paragraph with bold text.\n\n“We are ready,” the minister said.")
        #expect(article.metadata.title == "Real headline")
        #expect(article.metadata.published == "2025-11-25T09:30:00Z")
        #expect(article.metadata.publishedSource == .jsonLD)
        #expect(article.metadata.author == "Jane Doe; John Roe")
        #expect(article.metadata.outlet == "The Daily")
    }

    @Test func readsHTMLWithOnlyMetaTags() throws {
        let html = """
            <html><head><title>Fallback title</title>
            <meta property="og:title" content="OG title">
            <meta property="og:site_name" content="Site Name">
            <meta property="article:published_time" content="2024-03-05T10:00:00+00:00">
            <meta name="author" content="By Ann Writer">
            <link rel="canonical" href="https://site.example/story">
            </head><body><main><p>Text &amp; more.</p><p>Second.</p></main></body></html>
            """
        let article = try reader.read(bytes: Array(html.utf8), file: "a.htm", format: .html)
        #expect(article.text == "Text & more.\n\nSecond.")
        #expect(article.metadata.title == "OG title")
        #expect(article.metadata.outlet == "Site Name")
        #expect(article.metadata.published == "2024-03-05T10:00:00Z")
        #expect(article.metadata.publishedSource == .htmlMeta)
        #expect(article.metadata.author == "Ann Writer")
        #expect(article.metadata.url == "https://site.example/story")
    }

    @Test func survivesMalformedHTML() throws {
        let html = "<html><body><p>Unclosed <b>bold <p>Next<div><p>deep</body>"
        let article = try reader.read(bytes: Array(html.utf8), file: "a.html", format: .html)
        #expect(article.text.contains("Unclosed bold"))
        #expect(article.text.contains("deep"))
    }

    // MARK: - Encodings and normalisation

    @Test func readsUTF8WithByteOrderMark() throws {
        let article = try reader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("Zürich".utf8), file: "a.txt", format: .text)
        #expect(article.text == "Zürich")
        #expect(article.encoding == .utf8)
        #expect(article.warnings.isEmpty)
    }

    @Test func readsWindows1252WithAWarning() throws {
        // “Zürich” in Windows-1252: curly quotes 0x93/0x94, ü 0xFC
        let article = try reader.read(bytes: [0x93, 0x5A, 0xFC, 0x72, 0x69, 0x63, 0x68, 0x94], file: "a.txt", format: .text)
        #expect(article.text == "“Zürich”")
        #expect(article.encoding == .windows1252)
        #expect(article.warnings.contains { $0.contains("Windows-1252") })
    }

    @Test func normalisesLineEndingsAndSpaces() throws {
        let bytes = Array("a\r\nb\rc\u{00A0}d\u{200B}e\u{0000}f".utf8)
        let article = try reader.read(bytes: bytes, file: "a.txt", format: .text)
        #expect(article.text == "a\nb\nc de f")
    }

    @Test func normalisesEveryOddSpaceAndInvisibleMark() {
        let input =
            "\u{FEFF}1\u{0085}2\u{00AD}3\u{2002}4\u{2009}5\u{202F}6\u{2028}7\u{2029}8\u{205F}9\u{2060}0\u{3000}a\u{000B}b\u{007F}c“d”é\u{1F600}"
        #expect(TextNormaliser.normalise(input) == "1 23 4 5 6\n7\n8 90 a\nb c“d”é\u{1F600}")
        // Decomposed accents are composed.
        #expect(TextNormaliser.normalise("Zu\u{0308}rich") == "Zürich")
    }

    // MARK: - Bad input

    @Test func refusesEmptyAndWhitespaceOnlyFiles() {
        #expect(throws: ArticleError.empty("a.txt")) { try reader.read(bytes: [], file: "a.txt", format: .text) }
        #expect(throws: ArticleError.empty("a.txt")) {
            try reader.read(bytes: Array(" \n\t\n".utf8), file: "a.txt", format: .text)
        }
    }

    @Test func refusesBinaryData() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        #expect(throws: ArticleError.binary("a.txt", "a PNG image")) { try reader.read(bytes: png, file: "a.txt", format: .text) }
        let noise = [UInt8](repeating: 0, count: 100) + Array("text".utf8)
        #expect(throws: ArticleError.binary("b.txt", "binary data")) {
            try reader.read(bytes: noise, file: "b.txt", format: .text)
        }
    }

    @Test func refusesFilesOverTheSizeLimitBeforeReadingThem() throws {
        let folder = try temporaryFolder()
        let path = try write(String(repeating: "word ", count: 1000), to: "big.txt", in: folder)
        let small = ArticleReader(maxBytes: 100)
        #expect(throws: ArticleError.tooLarge("big.txt", 5000, 100)) { try small.read(path: path, file: "big.txt") }
    }

    @Test func namesMissingFilesAndDirectories() throws {
        let folder = try temporaryFolder()
        #expect(throws: ArticleError.missing("nope.txt")) {
            try reader.read(path: (folder as NSString).appendingPathComponent("nope.txt"), file: "nope.txt")
        }
        #expect(throws: ArticleError.unsupportedFormat("x.pdf")) { try reader.read(path: "x.pdf", file: "x.pdf") }
    }

    @Test func readsDeeplyNestedHTMLWhole() {
        let deep =
            "<html><body>" + String(repeating: "<div>", count: 300) + "<p>Officials said 40 people were hurt.</p>"
            + String(repeating: "</div>", count: 300) + "</body></html>"
        #expect(HTMLArticleReader.read(deep).text.contains("40 people"))
        let unclosed = "<html><body>" + (0..<400).map { "<p><font>Paragraph \($0) ends here." }.joined() + "</body></html>"
        #expect(HTMLArticleReader.read(unclosed).text.contains("Paragraph 399 ends here."))
    }

    @Test func leavesOutTextHiddenByStyleOrAttribute() {
        let html = """
            <html><body><p>Officials said 40 people were hurt.</p><p style="display: none">Officials said 99.</p>
            <p style="visibility:hidden">Officials said 98.</p><div hidden><p>Officials said 77.</p></div></body></html>
            """
        let text = HTMLArticleReader.read(html).text
        #expect(text.contains("40 people"))
        #expect(!text.contains("99") && !text.contains("98") && !text.contains("77"))
    }
}
