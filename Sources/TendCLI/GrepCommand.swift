import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// `tend grep`: search across sessions.
struct GrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grep",
        abstract: "Search your entries across sessions; matching lines as PATH:LINE:COL, grouped by session and entry.",
        discussion: """
        PATTERN is full-text by default: every word must appear (in any order, any case, accents \
        ignored: cafe finds café); "a phrase" in quotes; grie* for words that start so; AND, OR, NOT \
        and parentheses. With --regex it is a regular expression, matched line by line (case-insensitive \
        unless it holds a capital letter). Exit 0 when something matched, 1 when nothing did, 2 on errors.
        """
    )

    @Argument(help: "What to look for.")
    var pattern: String

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Flag(help: "Read PATTERN as a regular expression.")
    var regex = false

    @Option(name: .customLong("tag"), help: ArgumentHelp("Only entries with this theme (repeatable; all must be there).", valueName: "T"))
    var tags: [String] = []

    @Option(name: .customLong("type"), help: ArgumentHelp("Only entries of this type: journey, integration, journal… (repeatable).", valueName: "T"))
    var types: [String] = []

    @Option(help: ArgumentHelp("Only entries of this session.", valueName: "N"))
    var session: Int?

    @Option(help: ArgumentHelp("Only entries on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only entries on or before this day.", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(name: .customLong("where"),
            help: ArgumentHelp("A front matter field or metric: KEY=VALUE, KEY>N, KEY<N (repeatable).", valueName: "CONDITION"))
    var conditions: [String] = []

    @Flag(help: "Count matching lines per session: how a theme rises and fades.")
    var count = false

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func filter() throws -> SearchFilter {
        var filter = SearchFilter()
        filter.tags = tags
        filter.types = types.map { EntryType(written: $0) }
        filter.session = session
        filter.since = try parseDay(since, option: "--since")
        filter.until = try parseDay(until, option: "--until")
        filter.conditions = try conditions.map(FieldCondition.init(parsing:))
        return filter
    }

    func expression() throws -> NSRegularExpression {
        let caseless = !pattern.contains(where: \.isUppercase)
        do {
            return try NSRegularExpression(pattern: pattern, options: caseless ? [.caseInsensitive, .anchorsMatchLines] : [.anchorsMatchLines])
        } catch {
            throw ValidationError("'\(pattern)' is not a regular expression tend can read; check its brackets and backslashes")
        }
    }

    /// One entry and its matching lines.
    struct Found {
        var candidate: SearchCandidate
        var lines: [LineMatch]
    }

    func run() throws {
        // Checked here rather than in validate(): a search that cannot be read exits 2, like any error.
        var filter: SearchFilter
        do {
            filter = try self.filter()
            if regex { _ = try expression() } else { _ = try SearchPattern(pattern) }
        } catch let error as ValidationError {
            Output.error("tend: error: \(error.message)")
            throw ExitCode(ExitStatus.errors)
        } catch {
            Output.error("tend: error: \(error)")
            throw ExitCode(ExitStatus.errors)
        }
        let vault = try Vault.open(vaultOptions.location())
        // `--type kap` means what the vault's own journey types say.
        filter.types = types.map { vault.configuration.vocabulary.entryType(written: $0) }
        let index = try vault.queryIndex(indexOptions)
        let found: [Found]
        do {
            if regex {
                let expression = try expression()
                found = try vault.query(indexOptions) { try index.candidates(matching: nil, filter: filter) }.compactMap { c in
                    let lines = c.lines(matching: expression)
                    return lines.isEmpty ? nil : Found(candidate: c, lines: lines)
                }
            } else {
                let search = try SearchPattern(pattern)
                // An entry whose words the line scan cannot place (a tokenizer corner case) is left out:
                // every result is a line.
                found = try vault.query(indexOptions) { try index.candidates(matching: search, filter: filter) }.compactMap { c in
                    let lines = c.lines(matching: search)
                    return lines.isEmpty ? nil : Found(candidate: c, lines: lines)
                }
            }
        } catch let problem as SearchPattern.Problem {
            Output.error("tend: error: \(problem)")
            throw ExitCode(ExitStatus.errors)
        }
        let spans = try vault.query(indexOptions) { try index.sessionSpans() }
        if count {
            printCount(found, spans: spans, location: vault.location)
        } else {
            printMatches(found, spans: spans, location: vault.location)
        }
        if found.isEmpty { throw ExitCode(ExitStatus.nothingFound) }
    }

    static func sessionTitle(_ number: Int?, date: LocalDate?, spans: [SessionSpan]) -> String {
        guard date != nil else { return "Notes (no date)" }
        guard let number else { return "Before the first session" }
        guard let span = spans.first(where: { $0.number == number }), let start = span.start else { return "Session \(number)" }
        return "Session \(number) · \(start) → \(span.end ?? start)"
    }

    private func printMatches(_ found: [Found], spans: [SessionSpan], location: VaultLocation) {
        switch format {
        case .json, .jsonl:
            let objects = found.flatMap { f in f.lines.map { Self.json(f.candidate, $0) } }
            if format == .json { Output.line(JSONValue.array(objects).pretty) } else {
                Output.write(objects.map { $0.compact + "\n" }.joined())
            }
        default:
            let colour = Output.useColour(fd: 1)
            let bold = colour ? "\u{1B}[1m" : "", dim = colour ? "\u{1B}[2m" : "", reset = colour ? "\u{1B}[0m" : ""
            let path = colour ? "\u{1B}[35m" : "", hit = colour ? "\u{1B}[1;31m" : ""
            var out = ""
            var lastGroup: String?
            for f in found {
                let group = Self.sessionTitle(f.candidate.session, date: f.candidate.date, spans: spans)
                if group != lastGroup {
                    if lastGroup != nil { out += "\n" }
                    out += "\(bold)\(group)\(reset)\n"
                    lastGroup = group
                }
                let day = f.candidate.date.map { "\($0) · " } ?? ""
                out += "\n\(dim)\(day)\(f.candidate.title) (\(f.candidate.type))\(reset)\n"
                let shown = location.display(f.candidate.path)
                for line in f.lines {
                    out += "\(path)\(shown)\(reset):\(line.line):\(line.column): \(Self.highlight(line, hit, reset))\n"
                }
                if out.utf8.count > 1 << 16 { Output.write(out); out = "" }
            }
            Output.write(out)
        }
    }

    static func highlight(_ line: LineMatch, _ on: String, _ off: String) -> String {
        guard !on.isEmpty else { return line.text }
        var out = ""
        var offset = 0
        var ranges = line.ranges[...]
        for ch in line.text {
            if let r = ranges.first, r.lowerBound == offset { out += on }
            out.append(ch)
            offset += 1
            if let r = ranges.first, r.upperBound == offset { out += off; ranges = ranges.dropFirst() }
        }
        if let r = ranges.first, r.upperBound >= offset, r.lowerBound < offset { out += off }
        return out
    }

    static func json(_ c: SearchCandidate, _ line: LineMatch) -> JSONValue {
        .object([
            ("path", .string(c.path)), ("line", .int(line.line)), ("column", .int(line.column)),
            ("text", .string(line.text)),
            ("matches", .array(line.ranges.map { .array([.int($0.lowerBound + 1), .int($0.upperBound)]) })),
            ("date", .string(c.date?.description)), ("session", .int(c.session)), ("type", .string(c.type.rawValue)),
            ("title", .string(c.title)),
        ])
    }

    private func printCount(_ found: [Found], spans: [SessionSpan], location: VaultLocation) {
        var lines: [Int?: Int] = [:], entries: [Int?: Int] = [:]
        var undated = (entries: 0, lines: 0)
        for f in found {
            if f.candidate.date == nil { undated.entries += 1; undated.lines += f.lines.count; continue }
            lines[f.candidate.session, default: 0] += f.lines.count
            entries[f.candidate.session, default: 0] += 1
        }
        var rows: [(title: String, span: SessionSpan?, entries: Int, lines: Int)] = []
        for span in spans where span.number != nil || lines[nil] != nil {
            rows.append((Self.sessionTitle(span.number, date: span.start ?? LocalDate(dayNumber: 0), spans: spans), span,
                         entries[span.number] ?? 0, lines[span.number] ?? 0))
        }
        // Sessions numbered by hand may name a number no journey has.
        for key in lines.keys.compactMap({ $0 }).sorted() where !spans.contains(where: { $0.number == key }) {
            rows.append(("Session \(key)", nil, entries[key] ?? 0, lines[key] ?? 0))
        }
        if undated.entries > 0 { rows.append(("Notes (no date)", nil, undated.entries, undated.lines)) }
        switch format {
        case .json, .jsonl:
            let objects: [JSONValue] = rows.map { row in
                .object([("session", .int(row.span?.number)), ("start", .string(row.span?.start?.description)),
                         ("end", .string(row.span?.end?.description)), ("entries", .int(row.entries)), ("matches", .int(row.lines))])
            }
            if format == .json { Output.line(JSONValue.array(objects).pretty) } else {
                Output.write(objects.map { $0.compact + "\n" }.joined())
            }
        default:
            let width = rows.map(\.title.count).max() ?? 0
            let most = max(1, rows.map(\.lines).max() ?? 1)
            let numberWidth = String(most).count
            var out = ""
            for row in rows {
                let bar = String(repeating: "█", count: row.lines == 0 ? 0 : max(1, row.lines * 30 / most))
                let padded = row.title + String(repeating: " ", count: width - row.title.count)
                let n = String(row.lines)
                out += "\(padded)  \(String(repeating: " ", count: numberWidth - n.count))\(n)  \(bar)".trimmingTrailingSpaces() + "\n"
            }
            Output.write(out)
        }
    }
}
