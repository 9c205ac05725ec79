import Foundation

/// A JSON value with ordered object keys and explicit nulls, for `--json` output whose keys are a contract.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.rendered() == b.rendered() }
    public func hash(into hasher: inout Hasher) { hasher.combine(rendered()) }

    /// Optional values become `null`.
    public static func from(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func from(_ n: Int64?) -> JSONValue { n.map(JSONValue.int) ?? .null }
    public static func from(_ n: Int?) -> JSONValue { n.map { .int(Int64($0)) } ?? .null }
    public static func from(_ d: Double?) -> JSONValue { d.map(JSONValue.double) ?? .null }

    /// The value as JSON text; `indent` pretty-prints with that many spaces per level, starting
    /// at `level` (for an element printed on its own inside an enclosing array).
    public func rendered(indent: Int = 0, level: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: indent, level: level)
        return out
    }

    private func write(to out: inout String, indent: Int, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .double(let d): out += Self.number(d)
        case .string(let s): Self.escape(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                item.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                if i > 0 { out += "," }
                newline(&out, indent, level + 1)
                Self.escape(key, into: &out)
                out += indent > 0 ? ": " : ":"
                value.write(to: &out, indent: indent, level: level + 1)
            }
            newline(&out, indent, level)
            out += "}"
        }
    }

    /// A field of an object written in pieces (`streamObject`): a value, or an array made one
    /// element at a time, so a large array (an article's claims) is never held whole.
    public enum Streamed {
        case value(JSONValue)
        case items(count: Int, item: (Int) -> JSONValue)

        /// The field as one value.
        public var value: JSONValue {
            switch self {
            case .value(let v): return v
            case .items(let count, let item): return .array((0..<count).map(item))
            }
        }
    }

    /// Writes `.object(fields)` as `rendered(indent:level:)` would, handing the text to `emit` in
    /// pieces of about 64 KB.
    public static func streamObject(
        _ fields: [(String, Streamed)], indent: Int, level: Int, emit: (String) -> Void
    ) {
        var out = ""
        func flush(_ force: Bool = false) {
            if force || out.utf8.count >= 65_536 {
                emit(out)
                out = ""
            }
        }
        if fields.isEmpty {
            emit("{}")
            return
        }
        out += "{"
        for (i, (key, field)) in fields.enumerated() {
            if i > 0 { out += "," }
            JSONValue.null.newline(&out, indent, level + 1)
            escape(key, into: &out)
            out += indent > 0 ? ": " : ":"
            switch field {
            case .value(let v): v.write(to: &out, indent: indent, level: level + 1)
            case .items(let count, let item):
                if count == 0 {
                    out += "[]"
                    continue
                }
                out += "["
                for k in 0..<count {
                    if k > 0 { out += "," }
                    JSONValue.null.newline(&out, indent, level + 2)
                    item(k).write(to: &out, indent: indent, level: level + 2)
                    flush()
                }
                JSONValue.null.newline(&out, indent, level + 1)
                out += "]"
            }
        }
        JSONValue.null.newline(&out, indent, level)
        out += "}"
        flush(true)
    }

    private func newline(_ out: inout String, _ indent: Int, _ level: Int) {
        guard indent > 0 else { return }
        out += "\n" + String(repeating: " ", count: indent * level)
    }

    /// Whole numbers print without a fraction; others in the shortest form that reads back exactly.
    /// A number as JSON writes it.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// A JSON text read back (object keys sorted), or nil when it is not JSON.
    public static func parse(_ text: String) -> JSONValue? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return nil
        }
        return from(any: object)
    }

    private static func from(any object: Any) -> JSONValue {
        switch object {
        case let d as [String: Any]: return .object(d.keys.sorted().map { ($0, from(any: d[$0]!)) })
        case let a as [Any]: return .array(a.map(from(any:)))
        case let s as String: return .string(s)
        // Foundation reads true and false as a boolean subclass of NSNumber (`__NSCFBoolean`).
        case let b as Bool where String(describing: type(of: object)).contains("Boolean"): return .bool(b)
        case let n as NSNumber:
            let d = n.doubleValue
            return d == d.rounded() && abs(d) < 9e15 && !String(describing: n).contains(".") ? .int(n.int64Value) : .double(d)
        default: return .null
        }
    }
}
