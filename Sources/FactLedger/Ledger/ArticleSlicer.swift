import GRDB

/// Slices quote and sentence text out of long articles in Swift. SQL's `substr` counts
/// characters from the start of the text, so slicing every quote of a 50 MB article in SQL costs
/// the article's length each time; short articles (nearly all) are still sliced in the query.
final class ArticleSlicer {
    /// Articles up to this many characters are sliced by the query itself.
    static let sqlLimit = 65_536

    /// The SQL for a slice of `a.text` that is NULL for long articles (filled in by `slice`).
    static func sql(start: String, end: String) -> String {
        "CASE WHEN a.chars <= \(sqlLimit) THEN substr(a.text, \(start) + 1, \(end) - \(start)) END"
    }

    private let db: Database
    private var articleId: Int64 = -1
    private var scalars: [Unicode.Scalar] = []

    init(_ db: Database) { self.db = db }

    /// `sliced` if the query sliced it, else the range cut from the article (kept for the next call).
    func text(_ sliced: String?, article: Int64, start: Int, end: Int) throws -> String {
        if let sliced { return sliced }
        if article != articleId {
            let text = try String.fetchOne(db, sql: "SELECT text FROM articles WHERE id = ?", arguments: [article]) ?? ""
            scalars = Array(text.unicodeScalars)
            articleId = article
        }
        return scalars.text(from: start, to: end)
    }
}
