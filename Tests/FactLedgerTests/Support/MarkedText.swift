@testable import FactLedger

/// Text with span markers, as swift-format's tests write them: `Mr Rutte said “1️⃣Nato is…2️⃣”`.
/// 1️⃣…2️⃣ marks the first span, 3️⃣…4️⃣ the second; offsets are Unicode scalars in the clean text.
struct MarkedText {
    let text: String
    let ranges: [TextRange]

    init(_ marked: String) {
        let markers: [Character: Int] = ["1️⃣": 0, "2️⃣": 1, "3️⃣": 2, "4️⃣": 3]
        var clean = ""
        var offsets = [Int?](repeating: nil, count: 4)
        var scalars = 0
        for ch in marked {
            if let m = markers[ch] {
                offsets[m] = scalars
            } else {
                clean.append(ch)
                scalars += ch.unicodeScalars.count
            }
        }
        text = clean
        var ranges: [TextRange] = []
        if let a = offsets[0], let b = offsets[1] { ranges.append(TextRange(a, b)) }
        if let a = offsets[2], let b = offsets[3] { ranges.append(TextRange(a, b)) }
        self.ranges = ranges
    }

    var range: TextRange { ranges[0] }
}

/// Extracts from plain text as an article.
func extraction(_ text: String) -> Extraction {
    Extractor().extract(Article(file: "test.txt", text: text))
}

extension Extraction {
    /// The canonical name (or role) of a quote's speaker.
    func speakerName(_ q: Quotation) -> String? {
        q.speaker.flatMap { entities[$0].name ?? entities[$0].roles.first }
    }

    func quote(containing words: String) -> Quotation? {
        quotes.first { $0.text.contains(words) }
    }
}
