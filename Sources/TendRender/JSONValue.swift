/// A JSON value whose objects keep their keys in the order written, so output is stable
/// and reads in a sensible order (`path` first): the values templates are given, and JSON
/// built as a whole before it is written. ``JSONWriter`` writes it.
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Compares values (objects by their ordered pairs).
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case let (.bool(a), .bool(b)): return a == b
        case let (.number(a), .number(b)): return a == b
        case let (.string(a), .string(b)): return a == b
        case let (.array(a), .array(b)): return a == b
        case let (.object(a), .object(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// A string or null.
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    /// A number or null.
    public static func number(_ n: Double?) -> JSONValue { n.map { .number($0) } ?? .null }
    /// An integer or null.
    public static func int(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }

    /// Compact JSON on one line.
    public var compact: String {
        var json = JSONWriter(.compact)
        json.value(self)
        return json.text
    }

    /// JSON indented by two spaces.
    public var pretty: String {
        var json = JSONWriter(.pretty)
        json.value(self)
        return json.text
    }
}
