import Foundation

/// Folded forms of names for matching: lower case, no diacritics, punctuation as single spaces.
public enum NameKey {
    /// `Pål Jonson` → `pal jonson`; `Nato’s` → `nato s`.
    public static func fold(_ s: String) -> String {
        var ascii = true
        for b in s.utf8 where b >= 0x80 { ascii = false; break }
        let base = ascii ? s.lowercased() : s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(base.utf8.count)
        var pendingSpace = false
        for ch in base {
            if ch.isLetter || ch.isNumber {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(ch)
            } else {
                pendingSpace = true
            }
        }
        return out
    }
}
