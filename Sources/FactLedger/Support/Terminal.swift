/// Text made safe to print on a terminal.
public enum Terminal {
    /// `text` with control characters (escape sequences' ESC, bell, backspace, C1 controls) removed,
    /// so article text or a file name cannot move the cursor, recolour or retitle a terminal.
    public static func sanitise(_ text: String, keepNewlines: Bool = false) -> String {
        var needs = false
        for b in text.utf8 where b < 0x20 || b == 0x7F || b == 0xC2 { needs = true; break }
        guard needs else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A where keepNewlines: out.append(s)
            case 0x09: out.append(s)
            case 0x00..<0x20, 0x7F, 0x80..<0xA0: out.append(" ")
            default: out.append(s)
            }
        }
        return String(out)
    }
}
