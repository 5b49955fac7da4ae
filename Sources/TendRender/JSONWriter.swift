import Foundation

/// Writes JSON text as it goes, value after value, with no tree built first: the one place
/// tend turns values into JSON (``JSONValue`` is written through it too).
///
/// Objects keep their keys in the order written; whole numbers have no point and others are
/// written to 15 significant digits (see ``number(_:)``); strings escape `"`, `\` and the
/// control characters, and nothing else (`é`, `—` and emoji are written as they are).
///
/// Foundation's `JSONEncoder`, with `Encodable` rows in the export's shape, was measured
/// against it: it wrote the keys in an order of its own (a dictionary's), and took 2.6–2.9 s
/// for the 10,000 entries of `tend export --format jsonl` where this writer takes 0.37–0.42 s.
public struct JSONWriter {
    /// How the text is laid out.
    public enum Style: Sendable {
        /// On one line, no spaces: `{"a":1,"b":[]}`.
        case compact
        /// Indented by two spaces, `"key": value`, one item a line.
        case pretty
    }

    /// What has been written and not yet handed on, as UTF-8.
    private var bytes: [UInt8] = []
    private let style: Style
    private let handOn: ((String) -> Void)?
    private var depth = 0
    // Whether the open array or object already holds an item (so the next one needs a comma).
    private var hasItems = false
    // A key was just written: the value follows it on the same line.
    private var afterKey = false

    /// A writer that keeps what it writes in ``text``, or, given `write`, hands it on in
    /// pieces of about 64 KB (after a row of the outer array, or a line) and at ``finish()``.
    public init(_ style: Style, handingOnTo write: ((String) -> Void)? = nil) {
        self.style = style
        handOn = write
    }

    /// What has been written and not yet handed on.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Values

    /// `null`.
    public mutating func null() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
    }

    /// `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// A string, or `null`.
    public mutating func string(_ value: String?) {
        beginValue()
        guard let value else { return bytes.append(contentsOf: "null".utf8) }
        Self.escape(value, into: &bytes)
    }

    /// A whole number, or `null`.
    public mutating func int(_ value: Int?) {
        beginValue()
        guard let value else { return bytes.append(contentsOf: "null".utf8) }
        bytes.append(contentsOf: (value.magnitude < Self.largestPlainWhole ? String(value) : Self.format(Double(value))).utf8)
    }

    /// A number as it reads when written, or `null`: `7`, `6.5`, and `0.8` for `6.8 - 6.0`.
    public mutating func number(_ value: Double?) {
        beginValue()
        guard let value else { return bytes.append(contentsOf: "null".utf8) }
        bytes.append(contentsOf: Self.format(value).utf8)
    }

    /// An array whose items `body` writes.
    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "["))
        body(&self)
        close(UInt8(ascii: "]"))
    }

    /// An object whose keys and values `body` writes (``key(_:)`` then a value, or the
    /// `field` shorthands).
    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// An object's key `name` and an array of one object per item, whose keys `body` writes:
    /// `"insights": [{…}, {…}]`.
    public mutating func objects<Item>(_ name: String, _ items: some Sequence<Item>, _ body: (Item, inout JSONWriter) -> Void) {
        key(name)
        array { json in
            for item in items { json.object { body(item, &$0) } }
        }
    }

    /// An object's key; the value written next belongs to it.
    public mutating func key(_ name: String) {
        beginItem()
        Self.escape(name, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if style == .pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// A value given as a ``JSONValue``.
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let n): number(n)
        case .string(let s): string(s)
        case .array(let items): array { json in for item in items { json.value(item) } }
        case .object(let pairs):
            object { json in
                for (name, item) in pairs {
                    json.key(name)
                    json.value(item)
                }
            }
        }
    }

    // MARK: Fields (a key and its value)

    /// `"key": "value"` (or `null`).
    public mutating func field(_ name: String, _ value: String?) { key(name); string(value) }
    /// `"key": 7` (or `null`).
    public mutating func field(_ name: String, _ value: Int?) { key(name); int(value) }
    /// `"key": 6.5` (or `null`).
    public mutating func field(_ name: String, _ value: Double?) { key(name); number(value) }
    /// `"key": true`.
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    /// `"key": ["a", "b"]`.
    public mutating func field(_ name: String, _ values: [String]) {
        key(name)
        array { json in for value in values { json.string(value) } }
    }
    /// `"key": {"a": "x", "b": "y"}`, keys sorted.
    public mutating func field(_ name: String, _ map: [String: String]) {
        key(name)
        object { json in for (k, v) in map.sorted(by: { $0.key < $1.key }) { json.field(k, v) } }
    }

    // MARK: Handing the text on

    /// Ends a line: after each value of JSON lines, and after a document.
    public mutating func endLine() {
        bytes.append(UInt8(ascii: "\n"))
        handOnIfFull()
    }

    /// Hands on what has not been yet.
    public mutating func finish() {
        guard let handOn, !bytes.isEmpty else { return }
        handOn(text)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func handOnIfFull() {
        guard handOn != nil, bytes.count >= 1 << 16 else { return }
        finish()
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        beginValue()
        bytes.append(bracket)
        depth += 1
        hasItems = false
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if hasItems { newline() }
        bytes.append(bracket)
        // The array or object just closed is an item of the one around it.
        hasItems = true
        if depth <= 1 { handOnIfFull() }
    }

    /// Before a value: nothing after a key, else the comma and line of a new item.
    private mutating func beginValue() {
        if afterKey { afterKey = false; return }
        if depth > 0 { beginItem() }
    }

    private mutating func beginItem() {
        if hasItems { bytes.append(UInt8(ascii: ",")) }
        newline()
        hasItems = true
    }

    private mutating func newline() {
        guard style == .pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    // MARK: Numbers and strings

    // Below 10^15 a whole number has at most 15 digits, so it reads the same as it is written.
    private static let largestPlainWhole: UInt = 1_000_000_000_000_000

    /// A number as JSON: whole numbers without a point; others to 15 significant digits. A
    /// Double keeps any decimal written with up to 15 digits exactly, so a value reads as it
    /// was written (`6.8`), while the noise of arithmetic is rounded away (`6.8 - 6.0` is
    /// 0.7999999999999998 in binary, and prints as `0.8`). Not a number and infinity are `null`.
    static func format(_ n: Double) -> String {
        if n.isNaN || n.isInfinite { return "null" }
        if n.rounded() == n, n.magnitude < 1e15 { return String(Int(n)) }
        let rounded = Double(String(format: "%.15g", n)) ?? n
        if rounded.rounded() == rounded, rounded.magnitude < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }

    /// `s` in quotes, with `"`, `\` and the control characters escaped. A string with none
    /// of them (nearly every one) is copied whole.
    static func escape(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        if s.utf8.contains(where: needsEscape) {
            for byte in s.utf8 {
                if needsEscape(byte) { out.append(contentsOf: escaped(byte).utf8) } else { out.append(byte) }
            }
        } else {
            out.append(contentsOf: s.utf8)
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `"`, `\` and the control characters. (Every byte of a character beyond ASCII is 128 or
    /// more, so it is never one of them.)
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < UInt8(ascii: " ")
    }

    private static func escaped(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "\""): return "\\\""
        case UInt8(ascii: "\\"): return "\\\\"
        case UInt8(ascii: "\n"): return "\\n"
        case UInt8(ascii: "\r"): return "\\r"
        case UInt8(ascii: "\t"): return "\\t"
        default:
            let hex = String(byte, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
