import Testing
import TendCore

/// Emotion tallies (per day or per session, as the index counts them) gathered into weeks or
/// sessions, families and names most named first.
@Suite("Emotion periods")
struct EmotionPeriodTests {
    static func day(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    /// `day family/name count sum/given`.
    static func tally(_ text: String, session: Int? = nil) -> EmotionTally {
        let p = text.split(separator: " ").map(String.init)
        let names = p[1].split(separator: "/").map(String.init), sums = p[3].split(separator: "/")
        return EmotionTally(day: p[0] == "-" ? nil : day(p[0]), session: session, family: names[0], name: names[1],
                            count: Int(p[2])!, intensitySum: Double(sums[0])!, intensityCount: Int(sums[1])!)
    }

    /// A period as one line: `start..end family count mean (name count mean, …); …`.
    static func line(_ period: EmotionPeriod) -> String {
        func count(_ c: EmotionPeriod.Count) -> String { "\(c.name) \(c.count) \(c.meanIntensity.map { "\($0)" } ?? "-")" }
        let span = "\(period.week.map { "\($0) " } ?? "")\(period.session.map { "s\($0) " } ?? "")"
            + "\(period.start.map { "\($0)" } ?? "?")..\(period.end.map { "\($0)" } ?? "?")"
        return span + " " + period.families.map { f in count(f.total) + " (" + f.names.map(count).joined(separator: ", ") + ")" }
            .joined(separator: "; ")
    }

    @Test("by week", arguments: [
        // Monday and Sunday of one ISO week are one period; the Monday after starts the next.
        (1, ["2026-11-02 sadness/grief 2 13/2", "2026-11-08 sadness/sorrow 1 0/0", "2026-11-09 fear/fear 1 4/1"],
         ["2026-W45 2026-11-02..2026-11-08 sadness 3 6.5 (grief 2 6.5, sorrow 1 -)",
          "2026-W46 2026-11-09..2026-11-15 fear 1 4.0 (fear 1 4.0)"]),
        // Weeks from Sunday: the Saturday and the Sunday after it are two weeks.
        (7, ["2026-11-07 joy/joy 1 5/1", "2026-11-08 joy/joy 1 7/1"],
         ["2026-W44 2026-11-01..2026-11-07 joy 1 5.0 (joy 1 5.0)",
          "2026-W45 2026-11-08..2026-11-14 joy 1 7.0 (joy 1 7.0)"]),
        // Most named first, then by name; a family's mean is over every intensity given in it.
        (1, ["2026-11-03 fear/anxiety 1 6/1", "2026-11-03 sadness/grief 1 8/1", "2026-11-04 fear/dread 1 2/1"],
         ["2026-W45 2026-11-02..2026-11-08 fear 2 4.0 (anxiety 1 6.0, dread 1 2.0); sadness 1 8.0 (grief 1 8.0)"]),
    ])
    func byWeek(_ weekStart: Int, _ tallies: [String], _ expected: [String]) {
        let periods = EmotionPeriod.periods(from: tallies.map { Self.tally($0) }, by: .week(startingOn: weekStart), spans: [])
        #expect(periods.map(Self.line) == expected)
    }

    @Test func bySessionWithTheirSpans() {
        let spans = [SessionSpan(number: nil, start: Self.day("2026-08-01"), end: Self.day("2026-08-31")),
                     SessionSpan(number: 1, start: Self.day("2026-09-01"), end: Self.day("2026-10-03"))]
        let tallies = [Self.tally("- calm/relief 2 9/2", session: nil), Self.tally("- calm/relief 1 5/1", session: 1),
                       Self.tally("- trust/tenderness 1 0/0", session: 2)]
        #expect(EmotionPeriod.periods(from: tallies, by: .session, spans: spans).map(Self.line) == [
            "2026-08-01..2026-08-31 calm 2 4.5 (relief 2 4.5)",
            "s1 2026-09-01..2026-10-03 calm 1 5.0 (relief 1 5.0)",
            "s2 ?..? trust 1 - (tenderness 1 -)",
        ])
    }

    @Test("which action items a selection holds", arguments: [
        (ActionSelection.open, [ActionStatus.open, .inProgress]), (.overdue, [.open, .inProgress]),
        (.done, [.done]), (.all, [.open, .done, .cancelled, .inProgress]),
    ])
    func selections(_ selection: ActionSelection, _ statuses: [ActionStatus]) {
        #expect(selection.statuses == statuses)
    }
}
