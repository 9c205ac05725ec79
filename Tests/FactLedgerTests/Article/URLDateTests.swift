import Testing

@testable import FactLedger

/// Published dates in URLs.
struct URLDateTests {
    @Test(arguments: [
        ("https://news.example/world/2024/03/09/flood-toll-rises", "2024-03-09"),
        ("https://news.example/2024-03-09/flood-toll-rises", "2024-03-09"),
        ("https://news.example/world/flood-toll-rises-20240309.html", "2024-03-09"),
        ("https://news.example/2024/03/flood-toll-rises", nil),
        ("https://news.example/story/2024/13/40/nonsense", nil),
        ("https://2024.example/03/09", nil),
        ("https://news.example/story?date=2024-03-09", nil),
    ])
    func findsWholeDatesInThePath(_ c: (String, String?)) {
        #expect(URLDate.find(in: c.0) == c.1)
    }

    @Test func anUndatedArticleTakesItsURLDate() throws {
        let text = "---\nurl: https://news.example/world/2024/03/09/flood\n---\nThe river rose.\n"
        let article = try ArticleReader().read(bytes: Array(text.utf8), file: "a.md", format: .markdown)
        #expect(article.metadata.published == "2024-03-09")
        #expect(article.metadata.publishedSource == .url)
    }
}
