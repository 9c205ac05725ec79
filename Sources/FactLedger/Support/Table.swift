/// Plain-text tables for terminal listings.
public enum Table {
    /// Renders rows under headers, two spaces between columns; the `flexible` column is cut to fit
    /// `width`, or with `wrap` wrapped onto continuation lines (the other columns blank there), so
    /// nothing of it is lost.
    public static func render(
        _ headers: [String], _ rows: [[String]], width: Int, flexible: Int? = nil, wrap: Bool = false
    ) -> String {
        var widths = headers.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
        }
        if let flexible, flexible < widths.count {
            let others =
                widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element } + 2 * (widths.count - 1)
            widths[flexible] = max(12, min(widths[flexible], width - others))
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (i, w) in widths.enumerated() {
                var cell = i < cells.count ? cells[i].replacingNewlines() : ""
                if cell.count > w { cell = String(cell.prefix(max(1, w - 1))) + "…" }
                parts.append(i == widths.count - 1 ? cell : cell.padded(to: w))
            }
            var joined = parts.joined(separator: "  ")
            while joined.last == " " { joined.removeLast() }
            return joined
        }
        func lines(_ cells: [String]) -> [String] {
            guard wrap, let flexible, flexible < cells.count, cells[flexible].count > widths[flexible] else {
                return [line(cells)]
            }
            let pieces = Self.wrap(cells[flexible], width: widths[flexible]).flatMap { piece in
                // A word longer than the column is broken, not cut.
                stride(from: 0, to: piece.count, by: widths[flexible]).map {
                    String(piece.dropFirst($0).prefix(widths[flexible]))
                }
            }
            return pieces.enumerated().map { k, piece in
                var row = k == 0 ? cells : Array(repeating: "", count: cells.count)
                row[flexible] = piece
                return line(row)
            }
        }
        return ([line(headers), line(widths.map { String(repeating: "-", count: $0) })] + rows.flatMap(lines))
            .joined(separator: "\n")
    }

    /// Wraps text to lines of at most `width` characters, breaking at spaces.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.replacingNewlines().split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

extension String {
    /// The string with spaces added to reach `width` characters.
    public func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func replacingNewlines() -> String {
        var out = ""
        for ch in self { out.append(ch == "\n" || ch == "\r" || ch == "\t" ? " " : ch) }
        return out
    }
}
