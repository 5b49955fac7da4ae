import Testing
import TendCore
@testable import TendRender

/// The search printers on values made by hand (the goldens of TendIndexTests run them on a vault).
@Suite("Search printers")
struct SearchPrinterTests {
    static let day = LocalDate(parsing: "2026-09-03")!
    static let found = [
        EntryMatches(path: "a.md", date: day, session: 1, type: .integration, title: "After",
                     lines: [LineMatch(line: 7, column: 4, text: "Un café, grief", ranges: [3..<7, 9..<14])]),
        EntryMatches(path: "n.md", date: nil, session: nil, type: .journal, title: "A note",
                     lines: [LineMatch(line: 2, column: 1, text: "café", ranges: [0..<4])]),
    ]
    static let spans = [SessionSpan(number: 1, start: day, end: LocalDate(parsing: "2026-09-10"))]

    func printed(_ format: SearchPrinter.Format, count: Bool = false) -> String {
        var out = ""
        let printer = SearchPrinter(format: format, display: { "./" + $0 }, write: { out += String(decoding: $0, as: UTF8.self) })
        if count { printer.print(SearchTally(Self.found, spans: Self.spans)) } else { printer.print(Self.found, spans: Self.spans) }
        return out
    }

    @Test("each format, lines and counts", arguments: [
        (SearchPrinter.Format.text(colour: false), false, """
            Session 1 · 2026-09-03 → 2026-09-10

            2026-09-03 · After (integration)
            ./a.md:7:4: Un café, grief

            Notes (no date)

            A note (journal)
            ./n.md:2:1: café

            """),
        (.text(colour: true), false, """
            \u{1B}[1mSession 1 · 2026-09-03 → 2026-09-10\u{1B}[0m

            \u{1B}[2m2026-09-03 · After (integration)\u{1B}[0m
            \u{1B}[35m./a.md\u{1B}[0m:7:4: Un \u{1B}[1;31mcafé\u{1B}[0m, \u{1B}[1;31mgrief\u{1B}[0m

            \u{1B}[1mNotes (no date)\u{1B}[0m

            \u{1B}[2mA note (journal)\u{1B}[0m
            \u{1B}[35m./n.md\u{1B}[0m:2:1: \u{1B}[1;31mcafé\u{1B}[0m

            """),
        (.jsonl, false, """
            {"path":"a.md","line":7,"column":4,"text":"Un café, grief","matches":[[4,7],[10,14]],"date":"2026-09-03","session":1,"type":"integration","title":"After"}
            {"path":"n.md","line":2,"column":1,"text":"café","matches":[[1,4]],"date":null,"session":null,"type":"journal","title":"A note"}

            """),
        (.text(colour: false), true, """
            Session 1 · 2026-09-03 → 2026-09-10  1  ██████████████████████████████
            Notes (no date)                      1  ██████████████████████████████

            """),
        (.jsonl, true, """
            {"session":1,"start":"2026-09-03","end":"2026-09-10","entries":1,"matches":1}
            {"session":null,"start":null,"end":null,"entries":1,"matches":1}

            """),
    ] as [(SearchPrinter.Format, Bool, String)])
    func formats(_ format: SearchPrinter.Format, _ count: Bool, _ expected: String) {
        #expect(printed(format, count: count) == expected)
    }

    @Test("line and column numbers are written as String would", arguments: [0, 7, 9, 10, 99, 100, 12_345, 1_000_000, Int.max, -3])
    func digits(_ n: Int) {
        var out: [UInt8] = Array("x".utf8)
        SearchPrinter.appendDigits(n, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "x" + String(n))
    }

    /// The text printer gathers bytes and writes them an entry at a time once it holds 64 KB:
    /// every piece ends at an entry's end (never inside a character), and together they are
    /// every line, in order.
    @Test("a long listing is written in pieces of about 64 KB, whole and in order")
    func pieces() {
        let line = LineMatch(line: 1, column: 1, text: String(repeating: "é", count: 100), ranges: [0..<1])
        let found = (1...2_000).map { EntryMatches(path: "e\($0).md", date: Self.day, session: 1, type: .journal, title: "T", lines: [line]) }
        var pieces: [String] = []
        SearchPrinter(format: .text(colour: false), display: { $0 }, write: { pieces.append(String(decoding: $0, as: UTF8.self)) })
            .print(found, spans: Self.spans)
        #expect(pieces.count > 2)
        #expect(pieces.allSatisfy { $0.utf8.count <= (1 << 16) + 1_000 && !$0.contains("\u{FFFD}") && $0.hasSuffix("\n") })
        let printed = pieces.joined().split(separator: "\n").filter { $0.hasPrefix("e") }.map(String.init)
        #expect(printed == found.map { "\($0.path):1:1: \(line.text)" })
    }
}
