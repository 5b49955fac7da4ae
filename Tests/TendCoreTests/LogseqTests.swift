import Testing
@testable import TendCore

/// Logseq journals, read as Logseq reads them. Cases come from logseq
/// `deps/graph-parser/test/resources/exporter-test-graph` (file names in the comments) and the
/// task forms of Logseq's documentation ("Tasks": markers, priorities, deadline and scheduled).
struct LogseqTests {
    /// Journal file names (`:journal/file-name-format` `yyyy_MM_dd`).
    static let dates: [(String, String?)] = [
        ("journals/2024_02_07.md", "2024-02-07"),      // exporter-test-graph/journals/2024_02_07.md
        ("journals/2026_11_03.md", "2026-11-03"),
        ("journals/2024_02_30.md", nil),
        ("pages/Task.md", nil),                         // exporter-test-graph/pages/Task.md
        ("journals/2024_2_7.md", nil),
    ]

    @Test(arguments: dates)
    func journalDates(_ path: String, _ expected: String?) {
        #expect(parse("- a block", path: path).date?.description == expected)
        #expect(Logseq.journalDate(path: path)?.description == expected)
    }

    /// A block and the step it is, `status: text [details]`, in a journal of the graph.
    static let tasks: [(String, [String])] = [
        ("- Inception #Movie\n- TODO do X #p0", ["open: do X #p0"]),            // exporter-test-graph/journals/2024_02_07.md
        ("- LATER do grocery", ["open: do grocery"]),
        ("- NOW play with Logseq", ["in-progress: play with Logseq"]),
        ("- DOING write the letter", ["in-progress: write the letter"]),
        ("- DONE watch Doctor Who", ["done: watch Doctor Who"]),
        ("- CANCELED the trip", ["cancelled: the trip"]),
        ("- CANCELLED the call", ["cancelled: the call"]),
        ("- WAIT for the results", ["open: for the results"]),
        ("- LATER [#A] research is a top priority", ["open: research is a top priority priority=high"]),
        ("- finish reading 1984\n- TODO finish reading 1984\n  DEADLINE: <2023-05-29 Mon>", ["open: finish reading 1984 due 2023-05-29"]),
        ("- TODO send John a birthday card\n  id:: 63db4c7f-c7d4-46fb-adde-08d714b5da18\n  SCHEDULED: <2023-02-06 Mon>",
         ["open: send John a birthday card scheduled=2023-02-06"]),
        ("- TODO daily exercise\n  SCHEDULED: <2023-02-03 Fri .+2d>", ["open: daily exercise scheduled=2023-02-03"]),
        ("- LATER do grocery\n  :LOGBOOK:\n  CLOCK: [2023-02-02 Thu 10:37:21]--[2023-02-02 Thu 10:37:22] =>  00:00:01\n  :END:",
         ["open: do grocery"]),
        ("- TODO call my sister\n  collapsed:: true\n  energy:: low", ["open: call my sister energy=low"]),
        ("- TODO old todo block\n  todo:: 1612237041309\n  done:: 1612237041309\n  now:: 1612237041309\n  later:: 1612237041309",
         ["open: old todo block"]),                                             // exporter-test-graph/journals/2024_02_14.md
        ("- DOING [#B] status test\n  :LOGBOOK:\n  CLOCK: [2024-04-01 Mon 10:39:40]\n  :END:",
         ["in-progress: status test priority=medium"]),                         // exporter-test-graph/journals/2024_04_01.md
        ("- [#A] high priority", []),                                           // exporter-test-graph/journals/2024_04_01.md
        ("- DONE multiline logbook block\n  :LOGBOOK:\n  CLOCK: [2024-08-07 Wed 11:47:50]\n  CLOCK: [2024-08-07 Wed 11:47:53]\n  :END:\n  last line",
         ["done: multiline logbook block last line"]),                          // exporter-test-graph/journals/2024_08_07.md
        ("- TODO", []),                                                         // exporter-test-graph/journals/2024_08_07.md
        ("- TODOS is not a marker", []),
        ("- todo in lower case is not a marker", []),
        ("- ## Action items\n\t- DONE book the integration session", ["done: book the integration session"]),
    ]

    @Test(arguments: tasks)
    func markers(_ input: String, _ expected: [String]) {
        let entry = parse(input, path: "journals/2026_11_03.md")
        #expect(Self.summary(entry) == expected)
        // Neither a priority mark nor a bookkeeping property is a theme or a metric.
        #expect(!entry.themes.contains("a") && !entry.themes.contains("b"))
        #expect(entry.metrics.isEmpty)
    }

    /// Outside a graph's folders only TODO, DONE and CANCELED are markers: `NOW` and `LATER`
    /// are also words people write in capitals.
    static let outside: [(String, [String])] = [
        ("- TODO call mum", ["open: call mum"]),
        ("- DONE rest", ["done: rest"]),
        ("- NOW I see it", []),
        ("- LATER that day I cried", []),
    ]

    @Test(arguments: outside)
    func markersOutsideAGraph(_ input: String, _ expected: [String]) {
        #expect(Self.summary(parse(input)) == expected)
    }

    /// Page properties in the first block are read like front matter; bookkeeping properties
    /// are never fields, metrics or items.
    @Test func pageProperties() {
        let entry = parse("tags:: grief, [[father]]\ntype:: journey\nmood:: 4\ncollapsed:: true\n\n- TODO rest\n  todo:: 1700000000",
                          path: "journals/2026_11_03.md")
        #expect(entry.type == .journey)
        #expect(entry.themes == ["father", "grief"])
        #expect(entry.metrics == ["mood": 4])
        #expect(entry.fields["collapsed"] == nil)
        #expect(Self.summary(entry) == ["open: rest"])
    }

    /// The same properties typed into a page's first bullet, as Logseq writes them (`- tags::
    /// [[test]]`, sercxanto/logseq_to_obsidian#19, where a converter that read them as a
    /// block's was told they are the page's): page properties too, in a graph. Until parser
    /// version 53 they were the entry's fields only, so `type:: [[KAP]]` made no journey (the
    /// gap hunt of 2026-12-03's evening). A first block with children, or any later one, stays
    /// a block; outside a graph, the first list item stays one.
    @Test func pagePropertiesInTheFirstBullet() {
        let text = "- type:: [[KAP]]\n  session:: 4\n  tags:: grief, [[father]]\n  mood-before:: 3\n- ## Intention\n\t- Let it move.\n"
        let entry = parse(text, path: "journals/2026_11_03.md")
        #expect(entry.type == .journey)
        #expect(entry.session == 4)
        #expect(entry.themes == ["father", "grief"])
        #expect(entry.metrics == ["mood_before": 3])
        #expect(entry.intentions == ["Let it move."])
        #expect(parse(text, path: "2026-11-03.md").type == .journal)
        #expect(parse("- walked\n- type:: journey\n", path: "journals/2026_11_03.md").type == .journal)
        #expect(parse("- type:: journey\n\t- a child\n", path: "journals/2026_11_03.md").type == .journal)
    }

    /// A heading block with children holds its children only: the next block is outside its section.
    @Test func aHeadingBlockEndsWithItsChildren() {
        let entry = parse("- ## Insights\n\t- rest is allowed\n- had lunch with Sam\n- ## Action items\n\t- call Ana\n- walked home",
                          path: "journals/2026_11_03.md")
        #expect(entry.insightTexts == ["rest is allowed"])
        #expect(Self.summary(entry) == ["open: call Ana"])
    }

    /// A heading block with no children holds the blocks after it, up to the next heading.
    @Test func aFlatHeadingBlockHoldsTheBlocksAfterIt() {
        let entry = parse("- ## Insights\n- rest is allowed\n- ## Action items\n- call Ana\n- ## Notes\n- walked home",
                          path: "journals/2026_11_03.md")
        #expect(entry.insightTexts == ["rest is allowed"])
        #expect(Self.summary(entry) == ["open: call Ana"])
    }

    @Test func aPagePropertyDateIsTheEntrysDate() {
        let entry = parse("date:: 2026-11-04\n\n- a block", path: "pages/After the journey.md")
        #expect(entry.date?.description == "2026-11-04")
    }

    static func summary(_ entry: Entry) -> [String] {
        entry.actions.map { a in
            var s = "\(a.status.rawValue): \(a.text)"
            if let due = a.due { s += " due \(due)" }
            if let scheduled = a.details.scheduled { s += " scheduled=\(scheduled)" }
            if let priority = a.details.priority { s += " priority=\(priority.rawValue)" }
            for (k, v) in a.details.fields.sorted(by: { $0.key < $1.key }) { s += " \(k)=\(v)" }
            return s
        }
    }
}
