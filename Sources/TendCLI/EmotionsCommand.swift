import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// How to group emotions over time.
enum EmotionPeriod: String, ExpressibleByArgument, CaseIterable {
    case week, session
}

/// `tend emotions`: emotion counts and intensities by family and name, over time.
struct EmotionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "emotions",
        abstract: "The emotions you named, by family and by name, with how often and how strongly, week by week or session by session."
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Option(help: "week or session.")
    var by: EmotionPeriod = .week

    @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func validate() throws {
        _ = try parseDay(since, option: "--since")
    }

    /// Counts and mean intensity of a group of emotions.
    struct Tally {
        var count = 0
        var intensitySum = 0.0
        var intensityCount = 0
        var mean: Double? { intensityCount == 0 ? nil : intensitySum / Double(intensityCount) }
        mutating func add(_ other: Tally) {
            count += other.count
            intensitySum += other.intensitySum
            intensityCount += other.intensityCount
        }
    }

    struct Period {
        var label: String
        var session: Int?
        var start: LocalDate?
        var end: LocalDate?
        var families: [String: Tally] = [:]
        var names: [String: [String: Tally]] = [:]
    }

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let index = try vault.queryIndex(indexOptions)
        let weekStart = vault.configuration.weekStart
        let grouping: EmotionGrouping = by == .week ? .week(startingOn: weekStart) : .session
        let since = try parseDay(since, option: "--since")
        let tallies = try vault.query(indexOptions) { try index.emotionTallies(by: grouping, since: since) }
        let spans = try vault.query(indexOptions) { try index.sessionSpans() }
        var periods: [Period] = []
        for t in tallies {
            let key: String
            let period: Period
            switch by {
            case .week:
                let start = t.weekStart!
                key = weekStart == 1 ? Self.isoWeek(start) : "week of \(start)"
                period = Period(label: key, start: start, end: start.adding(days: 6))
            case .session:
                key = t.session.map { "Session \($0)" } ?? "Before the first session"
                let span = spans.first { $0.number == t.session }
                period = Period(label: key, session: t.session, start: span?.start, end: span?.end)
            }
            if periods.last?.label != key { periods.append(period) }
            let add = Tally(count: t.count, intensitySum: t.intensitySum, intensityCount: t.intensityCount)
            periods[periods.count - 1].families[t.family, default: Tally()].add(add)
            periods[periods.count - 1].names[t.family, default: [:]][t.name, default: Tally()].add(add)
        }
        func sorted(_ tallies: [String: Tally]) -> [(String, Tally)] {
            tallies.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        }
        func mean(_ t: Tally) -> JSONValue { .number(t.mean.map { ($0 * 10).rounded() / 10 }) }
        switch format {
        case .json, .jsonl:
            let objects: [JSONValue] = periods.map { p in
                .object([("period", .string(p.label)), ("session", .int(p.session)),
                         ("start", .string(p.start?.description)), ("end", .string(p.end?.description)),
                         ("families", .array(sorted(p.families).map { family, tally in
                             .object([("family", .string(family)), ("count", .int(tally.count)), ("meanIntensity", mean(tally)),
                                      ("names", .array(sorted(p.names[family] ?? [:]).map { name, t in
                                          .object([("name", .string(name)), ("count", .int(t.count)), ("meanIntensity", mean(t))])
                                      }))])
                         }))])
            }
            if format == .json { Output.line(JSONValue.array(objects).pretty) } else {
                Output.write(objects.map { $0.compact + "\n" }.joined())
            }
        default:
            guard !periods.isEmpty else {
                Output.line("No emotions named yet. A list under an Emotions heading, like '- grief (7)', is enough.")
                return
            }
            func m(_ t: Tally) -> String { t.mean.map { Count.oneDecimal($0) } ?? "–" }
            var out = ""
            for (i, p) in periods.enumerated() {
                if i > 0 { out += "\n" }
                var title = p.label
                if let start = p.start { title += " · \(start) → \(p.end ?? start)" }
                out += title + "\n"
                var rows: [[String]] = []
                for (family, tally) in sorted(p.families) {
                    let names = sorted(p.names[family] ?? [:]).map { "\($0.0) \($0.1.count)" + ($0.1.mean.map { " (\(Count.oneDecimal($0)))" } ?? "") }
                    rows.append(["  " + family, String(tally.count), "mean " + m(tally), names.joined(separator: ", ")])
                }
                out += Table.render(rows, rightAligned: [1])
            }
            Output.write(out)
        }
    }

    /// `2026-W45` for the week starting on Monday `monday`.
    static func isoWeek(_ monday: LocalDate) -> String {
        Week(containing: monday, weekStart: 1).description
    }
}
