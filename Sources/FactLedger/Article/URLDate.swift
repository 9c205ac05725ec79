import Foundation

/// The publication date many sites write into an article's URL: `/2025/11/24/`, `/2025-11-24/`,
/// `-20251124-`, `/20251124/`.
///
/// Reason: a site files an article under the day it published it; the date in the path is the
/// site's own and outranks a date guessed from the text. Only whole dates count (a year and month
/// alone say too little), in path segments (never the host or the query), from 1990 to 2100.
public enum URLDate {
    /// The ISO date (`2025-11-24`) in `url`'s path, or nil.
    public static func find(in url: String) -> String? {
        guard let path = URLComponents(string: url)?.path, !path.isEmpty else { return nil }
        let parts = path.split(whereSeparator: { $0 == "/" }).map(String.init)
        // `/2025/11/24/`: three segments in a row.
        for i in 0..<max(0, parts.count - 2) {
            if parts[i].count == 4, let y = Int(parts[i]), parts[i + 1].count <= 2, let m = Int(parts[i + 1]),
                parts[i + 2].count <= 2, let d = Int(parts[i + 2]), let iso = iso(y, m, d)
            {
                return iso
            }
        }
        // `2025-11-24` or `20251124` inside a segment.
        for part in parts {
            let digitsRuns = part.split(whereSeparator: { !$0.isNumber && $0 != "-" && $0 != "_" })
            for run in digitsRuns {
                let pieces = run.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
                for k in 0..<max(0, pieces.count - 2)
                where pieces[k].count == 4 && pieces[k + 1].count == 2 && pieces[k + 2].count == 2 {
                    if let y = Int(pieces[k]), let m = Int(pieces[k + 1]), let d = Int(pieces[k + 2]), let iso = iso(y, m, d) {
                        return iso
                    }
                }
                for piece in pieces where piece.count == 8 {
                    if let y = Int(piece.prefix(4)), let m = Int(piece.dropFirst(4).prefix(2)), let d = Int(piece.suffix(2)),
                        let iso = iso(y, m, d)
                    {
                        return iso
                    }
                }
            }
        }
        return nil
    }

    private static func iso(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1990...2100).contains(y), (1...12).contains(m), (1...DateText.daysIn(month: m, year: y)).contains(d) else {
            return nil
        }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
