/// English number words and how they combine: `twenty-one`, `three hundred and two`,
/// `one and a half`, `five and a half million`, `two thirds`, `a dozen`, `point zero three`.
enum NumberWord: Equatable {
    case unit(Double)  // zero … nineteen
    case tens(Double)  // twenty … ninety
    case hundred
    case scale(Double)  // thousand, million, lakh, crore …
    case dozen(Double)  // dozen (12), gross (144)
    case fraction(Double)  // half (2), third (3), quarter (4), fifth … (the denominator)
    case point
    case and
    case article  // a, an: one before hundred, dozen, half …
    case negative  // minus, negative

    static let table: [UInt64: NumberWord] = {
        var t: [UInt64: NumberWord] = [:]
        let units = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (v, w) in units.enumerated() { t[WordHash.of(w)] = .unit(Double(v)) }
        for w in ["nought", "naught", "nil"] { t[WordHash.of(w)] = .unit(0) }
        t[W.single] = .unit(1)
        t[W.pair] = .dozen(2)
        t[W.couple] = .dozen(2)
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        for (i, w) in tens.enumerated() { t[WordHash.of(w)] = .tens(Double((i + 2) * 10)) }
        t[W.fourty] = .tens(40)
        for w in ["hundred", "hundreds"] { t[WordHash.of(w)] = .hundred }
        let scales: [(String, Double)] = [
            ("thousand", 1e3), ("thousands", 1e3), ("million", 1e6), ("millions", 1e6), ("billion", 1e9), ("billions", 1e9),
            ("trillion", 1e12), ("trillions", 1e12), ("lakh", 1e5), ("lakhs", 1e5), ("lac", 1e5), ("lacs", 1e5), ("lkh", 1e5),
            ("lkhs", 1e5), ("cr", 1e7), ("crore", 1e7), ("crores", 1e7), ("krore", 1e7), ("krores", 1e7), ("koti", 1e7),
        ]
        for (w, v) in scales { t[WordHash.of(w)] = .scale(v) }
        for w in ["dozen", "dozens", "dz", "dzs", "doz", "dozs"] { t[WordHash.of(w)] = .dozen(12) }
        t[W.gross] = .dozen(144)
        let denominators: [(String, Double)] = [
            ("half", 2), ("halves", 2), ("third", 3), ("thirds", 3), ("quarter", 4), ("quarters", 4), ("fourth", 4),
            ("fourths", 4), ("firsts", 1), ("fifth", 5), ("fifths", 5), ("sixth", 6), ("sixths", 6), ("seventh", 7),
            ("sevenths", 7),
            ("eighth", 8), ("eighths", 8), ("ninth", 9), ("ninths", 9), ("tenth", 10), ("tenths", 10), ("twelfth", 12),
            ("twelfths", 12), ("twentieth", 20), ("twentieths", 20), ("thirtieth", 30), ("thirtieths", 30),
            ("hundredth", 100), ("hundredths", 100), ("thousandth", 1e3), ("thousandths", 1e3), ("millionth", 1e6),
            ("millionths", 1e6), ("billionth", 1e9), ("billionths", 1e9), ("trillionth", 1e12), ("trillionths", 1e12),
        ]
        for (w, v) in denominators { t[WordHash.of(w)] = .fraction(v) }
        t[W.point] = .point
        t[W.and] = .and
        t[W.a] = .article
        t[W.an] = .article
        t[W.minus] = .negative
        t[W.negative] = .negative
        return t
    }()

    /// Ordinals used as ranks (`the tenth`, `first`): their number.
    static let ordinals: [UInt64: Double] = {
        var t: [UInt64: Double] = [:]
        let words = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
            "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
            "twentieth",
        ]
        for (i, w) in words.enumerated() { t[WordHash.of(w)] = Double(i + 1) }
        return t
    }()
}
