import Testing
@testable import TendRender

/// The JSON writer: layout, escaping and the hand-on in pieces. (Numbers: `JSONNumberTests`.)
@Suite("JSON writer")
struct JSONWriterTests {
    static let nested = JSONValue.object([
        ("path", .string("a.md")), ("tags", .array([.string("x"), .string("y")])), ("none", .array([])),
        ("empty", .object([])), ("inner", .object([("n", .number(7)), ("ok", .bool(true)), ("gone", .null)])),
    ])

    @Test("compact and pretty layout", arguments: [
        (JSONValue.array([]), "[]", "[]"),
        (.object([]), "{}", "{}"),
        (.string("plain"), #""plain""#, #""plain""#),
        (.array([.number(1), .number(2.5)]), "[1,2.5]", "[\n  1,\n  2.5\n]"),
        (.array([.array([]), .object([])]), "[[],{}]", "[\n  [],\n  {}\n]"),
        (nested, #"{"path":"a.md","tags":["x","y"],"none":[],"empty":{},"inner":{"n":7,"ok":true,"gone":null}}"#, """
            {
              "path": "a.md",
              "tags": [
                "x",
                "y"
              ],
              "none": [],
              "empty": {},
              "inner": {
                "n": 7,
                "ok": true,
                "gone": null
              }
            }
            """),
    ])
    func layout(_ value: JSONValue, _ compact: String, _ pretty: String) {
        #expect(value.compact == compact)
        #expect(value.pretty == pretty)
    }

    /// Only `"`, `\` and control characters are escaped; every other character is written as it is.
    @Test("escaping", arguments: [
        ("say \"hi\"", #""say \"hi\"""#),
        ("C:\\notes", #""C:\\notes""#),
        ("one\ntwo\r\tthree", #""one\ntwo\r\tthree""#),
        ("bell\u{07} and \u{1F}", #""bell\u0007 and \u001f""#),
        ("café — 家族 🌱", "\"café — 家族 🌱\""),
        ("del\u{7F} and </script>", "\"del\u{7F} and </script>\""),
        ("", #""""#),
    ])
    func escaping(_ text: String, _ written: String) {
        #expect(JSONValue.string(text).compact == written)
    }

    /// Whole numbers given as Int are written as they are.
    @Test("whole numbers", arguments: [(0, "0"), (-12, "-12"), (2026, "2026"), (999_999_999_999_999, "999999999999999")])
    func wholeNumbers(_ value: Int, _ written: String) {
        var json = JSONWriter(.compact)
        json.int(value)
        #expect(json.text == written)
    }

    /// A long listing is handed on in pieces, each of whole rows (so `tend export | head` stops
    /// early), which put together are the document.
    @Test func handsOnInPiecesOfWholeRows() {
        var pieces: [String] = []
        var json = JSONWriter(.compact, handingOnTo: { pieces.append($0) })
        json.array { json in
            for i in 0..<5_000 { json.object { json in json.field("text", String(repeating: "x", count: 40)); json.field("n", i) } }
        }
        json.endLine()
        json.finish()
        var whole = JSONWriter(.compact)
        whole.array { json in
            for i in 0..<5_000 { json.object { json in json.field("text", String(repeating: "x", count: 40)); json.field("n", i) } }
        }
        #expect(pieces.count > 2)
        #expect(pieces.dropLast().allSatisfy { $0.hasSuffix("}") && $0.utf8.count >= 1 << 16 })
        #expect(pieces.joined() == whole.text + "\n")
    }
}
