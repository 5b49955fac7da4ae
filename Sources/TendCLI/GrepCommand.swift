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

    /// What to look for, as typed; a regular expression is compiled once here to check it.
    func query() throws -> SearchQuery {
        guard regex else { return .words(try SearchPattern(pattern)) }
        let query = SearchQuery.regex(pattern)
        try RegularExpression.compile(pattern, caseless: query.ignoresCase) { _ in }
        return query
    }

    func run() throws {
        // Checked here rather than in validate(): a search that cannot be read exits 2, like any error.
        let query: SearchQuery
        var filter: SearchFilter
        do {
            filter = try self.filter()
            query = try self.query()
        } catch let error as ValidationError {
            try Self.fail(error.message)
        } catch {
            try Self.fail("\(error)")
        }
        let vault = try Vault.open(vaultOptions.location())
        // `--type kap` means what the vault's own journey types say.
        filter.types = types.map { vault.configuration.vocabulary.entryType(written: $0) }
        var clock = Stopwatch()
        let (found, spans) = try search(query, filter: filter, in: vault, clock: &clock)
        let printer = SearchPrinter(format: printFormat, display: vault.location.display, write: Output.write(bytes:))
        if count { printer.print(SearchTally(found, spans: spans)) } else { printer.print(found, spans: spans) }
        clock.lap("print")
        clock.report()
        // The process ends here rather than at the end of `run()`: freeing the found lines one
        // by one (31,229 for `anger` on the bench vault) took 5 ms, a sixth of the search.
        Output.finish(status: found.isEmpty ? ExitStatus.nothingFound : ExitStatus.ok)
    }

    /// What the search found, and the sessions' spans to group it by. The index is closed on
    /// return, before the printing: the process ends without freeing what it found (below), and
    /// a connection left open at the end leaves SQLite's write-ahead log behind. After a sync
    /// that wrote much (a first index, a rebuild), every later command read the whole log to
    /// open the index: 27 ms instead of 3 on the bench vault, until a command closed it.
    private func search(_ query: SearchQuery, filter: SearchFilter, in vault: Vault,
                        clock: inout Stopwatch) throws -> ([EntryMatches], [SessionSpan]) {
        let index = try vault.queryIndex(indexOptions)
        clock.lap("sync")
        let found: [EntryMatches]
        do {
            found = try vault.query(indexOptions) { try index.search(query, filter: filter) }
        } catch let problem as SearchPattern.Problem {
            try Self.fail(problem.description)
        }
        clock.lap("search")
        return (found, try vault.query(indexOptions) { try index.sessionSpans() })
    }

    /// The printer the flags ask for.
    var printFormat: SearchPrinter.Format {
        switch format {
        case .text: .text(colour: Output.useColour(fd: 1))
        case .json: .json
        case .jsonl: .jsonl
        }
    }

    /// One plain sentence on stderr, and exit 2.
    private static func fail(_ sentence: String) throws -> Never {
        throw Diagnostic.error(sentence)
    }
}
