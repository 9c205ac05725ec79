/// Currencies and units of measure the number recognizer knows, by how they are written.
enum Units {
    /// A currency as written, with its ISO 4217 code; `specific` when the writing names the
    /// country (`US$`, `USD`, `us dollars`) rather than only the currency (`$`, `dollars`).
    struct Currency {
        var code: String
        var specific: Bool
    }

    /// Symbols written before (or glued after) an amount.
    static let currencySymbols: [String: Currency] = [
        "$": Currency(code: "USD", specific: false), "£": Currency(code: "GBP", specific: false),
        "€": Currency(code: "EUR", specific: false), "¥": Currency(code: "JPY", specific: false),
        "₹": Currency(code: "INR", specific: false), "₽": Currency(code: "RUB", specific: false),
        "₴": Currency(code: "UAH", specific: false), "₪": Currency(code: "ILS", specific: false),
        "₩": Currency(code: "KRW", specific: false), "₭": Currency(code: "LAK", specific: false),
        "₺": Currency(code: "TRY", specific: false), "₦": Currency(code: "NGN", specific: false),
        "₱": Currency(code: "PHP", specific: false), "₿": Currency(code: "BTC", specific: false),
        "¢": Currency(code: "USX", specific: false), "₡": Currency(code: "CRC", specific: true),
        "₾": Currency(code: "GEL", specific: true), "元": Currency(code: "CNY", specific: true),
    ]

    /// Letters before a `$` that name the dollar: `US$`, `C$`, `usd$`, `mxn$`.
    static let dollarPrefixes: [String: String] = [
        "us": "USD", "u.s": "USD", "u.s.": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "can": "CAD",
        "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD", "hkd": "HKD", "s": "SGD", "sg": "SGD",
        "sgd": "SGD", "mx": "MXN", "mxn": "MXN", "mex": "MXN", "r": "BRL", "nt": "TWD",
    ]

    /// ISO codes, upper case, written before or after an amount (`USD 125`, `3.5bn SEK`).
    static let codes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "RUB",
        "UAH", "BYN", "INR", "PKR", "BRL", "MXN", "CAD", "AUD", "NZD", "ZAR", "TRY", "ILS", "KRW", "SGD", "HKD", "MYR",
        "QAR", "SAR", "AED", "KWD", "EGP", "NGN", "KES", "MNT", "BTC", "ETH", "IDR", "THB", "VND", "PHP", "TWD", "ARS",
        "CLP", "COP", "PEN", "IRR", "IQD", "GEL", "AMD", "AZN", "KZT", "LAK", "BDT", "LKR", "ISK", "LBP", "JOD", "OMR",
        "BHD", "MAD", "TND", "DZD", "ESP", "NLG", "DEM", "FRF", "ITL",
    ]

    /// Currency names written after an amount (`20 euros`, `five million yen`).
    static let currencyWords: [UInt64: Currency] = {
        var t: [UInt64: Currency] = [:]
        func add(_ words: [String], _ code: String, specific: Bool = true) {
            for w in words { t[WordHash.of(w)] = Currency(code: code, specific: specific) }
        }
        add(["dollar", "dollars", "buck", "bucks"], "USD", specific: false)
        add(["euro", "euros"], "EUR")
        add(["pound", "pounds", "quid"], "GBP", specific: false)
        add(["sterling"], "GBP")
        add(["pence", "penny", "pennies", "p"], "GBX")
        add(["cent", "cents"], "USX", specific: false)
        add(["yen"], "JPY")
        add(["yuan", "renminbi", "kuai"], "CNY")
        add(["rupee", "rupees"], "INR", specific: false)
        add(["rouble", "roubles", "ruble", "rubles"], "RUB")
        add(["hryvnia", "hryvnias", "hryvnas", "hryvnya"], "UAH")
        add(["franc", "francs"], "CHF", specific: false)
        add(["shekel", "shekels"], "ILS")
        add(["riyal", "riyals", "rial", "rials"], "SAR", specific: false)
        add(["ringgit", "ringgits"], "MYR")
        add(["sen"], "MYR", specific: false)
        add(["krona", "kronor"], "SEK")
        add(["krone", "kroner"], "NOK", specific: false)
        add(["zloty", "zlotys", "zlotych"], "PLN")
        add(["lira", "liras", "lire"], "TRY", specific: false)
        add(["rand"], "ZAR")
        add(["peso", "pesos"], "MXN", specific: false)
        add(["reais", "real"], "BRL")
        add(["won"], "KRW")
        add(["bitcoin", "bitcoins"], "BTC")
        add(["satoshi", "satoshis"], "SAT")
        add(["tugrik", "tugriks", "togrog"], "MNT")
        add(["kip"], "LAK")
        add(["markka", "markkaa"], "FIM")
        add(["dinar", "dinars"], "DIN", specific: false)
        add(["dirham", "dirhams"], "AED", specific: false)
        add(["naira"], "NGN")
        add(["peseta", "pesetas"], "ESP")
        add(["guilder", "guilders"], "NLG", specific: false)
        add(["kopiyka", "kopiykas", "kopeck", "kopecks", "kopek", "kopeks"], "UAX", specific: false)
        add(["forint"], "HUF")
        add(["koruna"], "CZK")
        return t
    }()

    /// Country adjectives that make a currency word specific: `us dollars`, `Canadian dollars`, `Lebanese pounds`.
    static let currencyCountries: [String: [String: String]] = [
        "us": ["USD": "USD"], "u.s": ["USD": "USD"], "american": ["USD": "USD"], "canadian": ["USD": "CAD"],
        "australian": ["USD": "AUD"], "hong": ["USD": "HKD"], "singapore": ["USD": "SGD"], "new": ["USD": "NZD"],
        "mexican": ["MXN": "MXN"], "lebanese": ["GBP": "LBP"], "egyptian": ["GBP": "EGP"], "swiss": ["CHF": "CHF"],
        "indian": ["INR": "INR"], "pakistani": ["INR": "PKR"], "saudi": ["SAR": "SAR"], "qatari": ["SAR": "QAR"],
        "british": ["GBP": "GBP"], "malaysian": ["MYR": "MYR"], "malaysia": ["MYR": "MYR"], "danish": ["NOK": "DKK"],
        "norwegian": ["NOK": "NOK"], "swedish": ["NOK": "SEK"], "turkish": ["TRY": "TRY"], "russian": ["RUB": "RUB"],
        "chinese": ["CNY": "CNY"], "japanese": ["JPY": "JPY"], "french": ["CHF": "FRF"], "finnish": ["FIM": "FIM"],
        "dutch": ["NLG": "NLG"], "kuwaiti": ["DIN": "KWD"], "jordanian": ["DIN": "JOD"], "iraqi": ["DIN": "IQD"],
    ]

    /// Scale words and suffixes after an amount: `$100m`, `3.5bn`, `10k`, `$100 billion`.
    static let scaleSuffixes: [String: Double] = [
        "k": 1e3, "K": 1e3, "thousand": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6,
        "million": 1e6, "b": 1e9, "B": 1e9, "bn": 1e9, "bln": 1e9, "billion": 1e9, "G": 1e9, "t": 1e12, "T": 1e12,
        "tn": 1e12, "tln": 1e12, "trillion": 1e12, "Bn": 1e9, "BN": 1e9, "Mn": 1e6, "cr": 1e7, "Cr": 1e7,
    ]

    /// A unit of measure: its symbol, the claim kind it makes and its family for comparisons.
    struct Measure {
        var unit: String
        var kind: ClaimKind
    }

    static let measures: [UInt64: Measure] = {
        var t: [UInt64: Measure] = [:]
        func add(_ words: [String], _ unit: String, _ kind: ClaimKind = .measure) {
            for w in words { t[WordHash.of(w)] = Measure(unit: unit, kind: kind) }
        }
        add(["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"], "km")
        add(["metre", "metres", "meter", "meters"], "m")
        add(["cm", "centimetre", "centimetres", "centimeter", "centimeters"], "cm")
        add(["mm", "millimetre", "millimetres", "millimeter", "millimeters"], "mm")
        add(["mile", "miles", "mi"], "mi")
        add(["ft", "foot", "feet"], "ft")
        add(["inch", "inches"], "in")
        add(["yard", "yards", "yd", "yds"], "yd")
        add(["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"], "kg")
        add(["gram", "grams", "gramme", "grammes"], "g")
        add(["mg", "milligram", "milligrams"], "mg")
        add(["tonne", "tonnes", "ton", "tons"], "t")
        add(["lb", "lbs"], "lb")
        add(["litre", "litres", "liter", "liters"], "l")
        add(["ml", "millilitre", "millilitres", "milliliter", "milliliters"], "ml")
        add(["gallon", "gallons", "gal"], "gal")
        add(["barrel", "barrels", "bbl"], "bbl")
        add(["bpd"], "bbl/d")
        add(["hectare", "hectares", "ha"], "ha")
        add(["acre", "acres"], "acre")
        add(["sqkm", "km2"], "km2")
        add(["celsius", "°c"], "°C")
        add(["fahrenheit", "°f"], "°F")
        add(["kph", "kmh"], "km/h")
        add(["mph"], "mph")
        add(["knot", "knots"], "kn")
        add(["kw", "kilowatt", "kilowatts"], "kW")
        add(["mw", "megawatt", "megawatts"], "MW")
        add(["gw", "gigawatt", "gigawatts"], "GW")
        add(["kwh"], "kWh")
        add(["mwh"], "MWh")
        add(["gwh"], "GWh")
        add(["twh"], "TWh")
        add(["wh"], "Wh")
        add(["kb", "kilobyte", "kilobytes"], "kB")
        add(["mb", "megabyte", "megabytes"], "MB")
        add(["gb", "gigabyte", "gigabytes"], "GB")
        add(["tb", "terabyte", "terabytes"], "TB")
        add(["tpd"], "t/d")
        add(["second", "seconds", "sec", "secs"], "second", .duration)
        add(["minute", "minutes", "min", "mins"], "minute", .duration)
        add(["hour", "hours", "hr", "hrs", "h"], "hour", .duration)
        add(["day", "days"], "day", .duration)
        add(["week", "weeks", "wk", "wks"], "week", .duration)
        add(["month", "months", "mo", "mos"], "month", .duration)
        add(["year", "years", "yr", "yrs"], "year", .duration)
        add(["decade", "decades"], "decade", .duration)
        add(["century", "centuries"], "century", .duration)
        return t
    }()

    /// Percent written as a word after (or before) a number.
    static let percentWords = Lexicon.set(["percent", "percents", "percentage", "percentages", "pct", "pc"])
}
