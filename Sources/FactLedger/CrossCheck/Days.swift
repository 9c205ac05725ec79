/// Dates as days since 1970-01-01 (the proleptic Gregorian calendar; Howard Hinnant's algorithms).
enum Days {
    /// `2025-11-25`, `2025-11`, `2025`, or an ISO timestamp; nil for anything else. A month alone
    /// is read as its 15th, a year alone as 1 July.
    static func from(_ iso: String?) -> Int32? {
        guard let iso else { return nil }
        var parts: [Int] = []
        var current = 0
        var digits = 0
        for b in iso.utf8.prefix(10) {
            if b >= 0x30 && b <= 0x39 {
                current = current * 10 + Int(b - 0x30)
                digits += 1
            } else if b == 0x2D, digits > 0 {
                parts.append(current)
                current = 0
                digits = 0
            } else {
                break
            }
        }
        if digits > 0 { parts.append(current) }
        guard let y = parts.first, parts[0] > 0, iso.utf8.count >= 4 else { return nil }
        let m = parts.count > 1 ? parts[1] : 7
        let d = parts.count > 2 ? parts[2] : (parts.count > 1 ? 15 : 1)
        guard (1...12).contains(m), (1...31).contains(d) else { return nil }
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(era * 146_097 + doe - 719_468)
    }

    /// `2025-11-25` for a day number.
    static func iso(_ day: Int32) -> String {
        let (y, m, d) = civil(day)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(y)-\(two(m))-\(two(d))"
    }

    /// `25 Nov 2025`, as a reviewer reads a date.
    static func short(_ day: Int32) -> String {
        let (y, m, d) = civil(day)
        return "\(d) \(months[m - 1]) \(y)"
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func civil(_ day: Int32) -> (Int, Int, Int) {
        let z = Int(day) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
