import Foundation
import Testing

@testable import FactLedger

struct TextMetadataDetectorTests {
    @Test func findsEachSeedsDateFromItsTextAlone() throws {
        // The date, and where it stood: near the top (a dateline) or further down the text.
        let expected: [String: (String, MetadataSource)] = [
            "000_dba63d55b9e3c45a.txt": ("2025-12-03", .dateline),
            "001_9547dc1172a781f6.txt": ("2025-11-25", .text),
            "002_a133f88919e60f10.txt": ("2025-02-13", .dateline),
            "003_c0cfd81272d4f5bc.txt": ("2025-12-16", .dateline),
            "004_595561bc489a40bd.txt": ("2025-11-26", .dateline),
        ]
        for (file, (date, basis)) in expected {
            let path = (seedsFolder as NSString).appendingPathComponent(file)
            let article = try ArticleReader().read(path: path, file: file)
            #expect(article.metadata.published?.hasPrefix(date) == true, "\(file)")
            #expect(article.metadata.publishedSource == basis, "\(file)")
        }
    }

    @Test(arguments: [
        ("Maira ButtWednesday 03 December 2025 18:10 GMT\nText.", "Maira Butt"),
        ("# Title\n\nPeter Schwarz\n\n26 November 2025\n\nText.", "Peter Schwarz"),
        ("Headline\nBy Jane Doe and John Roe\n3 May 2024\nText.", "Jane Doe; John Roe"),
    ])
    func findsTheAuthorBesideTheDate(text: String, author: String) {
        #expect(TextMetadataDetector.detect(in: text).author == author)
    }
}
