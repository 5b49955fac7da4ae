import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// `tend themes`: every theme with counts, sessions and trend.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "Your themes: how many entries carry each, in which sessions, first and last seen, and whether it is rising or fading.",
        discussion: """
        The trend compares the entries of the last 4 weeks with the 4 weeks before: rising when there \
        are more (by more than a fifth), fading when fewer or none lately, steady otherwise.
        """
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func validate() throws {
        _ = try parseDay(since, option: "--since")
    }

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let index = try vault.queryIndex(indexOptions)
        let since = try parseDay(since, option: "--since"), today = try indexOptions.today()
        let themes = try vault.query(indexOptions) { try index.themes(since: since, today: today) }
        switch format {
        case .json, .jsonl:
            let objects: [JSONValue] = themes.map { t in
                .object([("theme", .string(t.name)), ("entries", .int(t.entries)),
                         ("sessions", .array(t.sessions.map { .int($0) })),
                         ("firstSeen", .string(t.firstSeen.description)), ("lastSeen", .string(t.lastSeen.description)),
                         ("last4Weeks", .int(t.recent)), ("previous4Weeks", .int(t.previous)),
                         ("trend", .string(t.trend.rawValue))])
            }
            if format == .json { Output.line(JSONValue.array(objects).pretty) } else {
                Output.write(objects.map { $0.compact + "\n" }.joined())
            }
        default:
            guard !themes.isEmpty else {
                Output.line("No themes yet. Tags like #trust or #theme/family in your entries become themes.")
                return
            }
            let rows = [["theme", "entries", "sessions", "first seen", "last seen", "trend"]] + themes.map { t in
                [t.name, String(t.entries), Self.ranges(t.sessions), t.firstSeen.description, t.lastSeen.description, t.trend.rawValue]
            }
            Output.write(Table.render(rows, rightAligned: [1]))
        }
    }

    /// `1–3, 5` for [1, 2, 3, 5]; `–` for none.
    static func ranges(_ numbers: [Int]) -> String {
        guard !numbers.isEmpty else { return "–" }
        var parts: [String] = []
        var start = numbers[0], end = numbers[0]
        for n in numbers.dropFirst() {
            if n == end + 1 { end = n; continue }
            parts.append(start == end ? "\(start)" : "\(start)–\(end)")
            start = n; end = n
        }
        parts.append(start == end ? "\(start)" : "\(start)–\(end)")
        return parts.joined(separator: ", ")
    }
}
