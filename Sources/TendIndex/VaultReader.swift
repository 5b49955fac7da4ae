import Foundation
import TendCore

/// A Markdown file of the vault as the walker saw it.
public struct IndexFileStamp: Sendable, Equatable {
    /// Vault-relative path with `/`.
    public var path: String
    /// Size in bytes.
    public var size: Int64
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64

    /// Creates a stamp.
    public init(path: String, size: Int64, modified: Int64) {
        self.path = path
        self.size = size
        self.modified = modified
    }
}

/// One file read and parsed for the index, with everything the writer needs already encoded
/// (so that the work is spread over the cores and the single writer only inserts).
public struct IndexInput: Sendable {
    /// The file as walked.
    public var stamp: IndexFileStamp
    /// What the parser made of it.
    public var parsed: ParsedFile
    /// FNV-1a of the bytes.
    public var hash: UInt64
    /// How many file lines come before `Entry.text` (the front matter and its fences).
    public var bodyLine: Int
    /// Front matter fields with lower-cased keys, as JSON (what `--where` looks up).
    var fieldsJSON: String
    /// Front matter fields with their keys as written, as JSON (what the entry holds).
    var writtenFieldsJSON: String
    /// Metrics as JSON.
    var metricsJSON: String
    /// Problems as JSON.
    var problemsJSON: String

    /// True when the file could not be read at all.
    var isUnreadable: Bool { parsed.entry == nil && hash == 0 }
}

/// Reads files of a vault for the index: bytes, content hash and parsed entry.
public struct VaultReader: Sendable {
    /// The vault folder (absolute).
    public var root: String
    /// The parser, made the first time a file must be parsed.
    private let parserSource: Lazy<EntryParser>

    /// Creates a reader with a parser at hand.
    public init(root: String, parser: EntryParser) {
        self.root = root
        self.parserSource = Lazy(parser)
    }

    /// Creates a reader whose parser (and the emotion lexicon behind it) is made only when
    /// some file must be parsed: a command that finds the index up to date never loads it.
    public init(root: String, parser: Lazy<EntryParser>) {
        self.root = root
        self.parserSource = parser
    }

    /// The parser, made now if it was not yet.
    public func parser() throws -> EntryParser {
        try parserSource.get()
    }

    /// The content hash of a file, or nil when it cannot be read.
    public func hash(_ path: String) -> UInt64? {
        FileBytes.read(root + "/" + path).map(ContentHash.fnv1a)
    }

    /// Reads and parses one file (no hashing or encoding: what `export` and `check` need).
    public func parse(_ stamp: IndexFileStamp, with parser: EntryParser) -> ParsedFile {
        guard let bytes = FileBytes.read(root + "/" + stamp.path) else { return Self.unreadable(stamp) }
        guard bytes.count <= EntryLimits.maximumFileBytes else { return Self.tooLarge(stamp) }
        return parser.parse(path: stamp.path, bytes: bytes, modificationDate: Self.localDay(nanoseconds: stamp.modified))
    }

    /// Reads and parses many files on every core, keeping their order.
    public func parse(_ stamps: [IndexFileStamp]) throws -> [ParsedFile] {
        try parse(stamps, keeping: { $0 })
    }

    /// Reads and parses many files on every core and keeps, in their order, what `keep` makes
    /// of each. `keep` runs on the core that parsed the file, so what it leaves out is freed there.
    public func parse<R: Sendable>(_ stamps: [IndexFileStamp], keeping keep: @Sendable (ParsedFile) -> R) throws -> [R] {
        let parser = try parser()
        return Parallel.map(stamps) { keep(parse($0, with: parser)) }
    }

    /// Reads and parses many files on every core as ``parse(_:keeping:)`` does, recording
    /// what each part was read as (``EntryParser/explain(path:bytes:modificationDate:)``).
    public func explain<R: Sendable>(_ stamps: [IndexFileStamp], into start: ReadingTrace = ReadingTrace(),
                                     keeping keep: @Sendable (ParsedFile, ReadingTrace) -> R) throws -> [R] {
        let parser = try parser()
        return Parallel.map(stamps) { stamp in
            guard let bytes = FileBytes.read(root + "/" + stamp.path) else { return keep(Self.unreadable(stamp), ReadingTrace()) }
            guard bytes.count <= EntryLimits.maximumFileBytes else { return keep(Self.tooLarge(stamp), ReadingTrace()) }
            let (parsed, trace) = parser.explain(path: stamp.path, bytes: bytes, modificationDate: Self.localDay(nanoseconds: stamp.modified),
                                                 into: start)
            return keep(parsed, trace)
        }
    }

    private static func tooLarge(_ stamp: IndexFileStamp) -> ParsedFile {
        .skipped(path: stamp.path, problem: Diagnostic(.error, line: 1, column: 1,
            "this file is larger than \(EntryLimits.maximumFileBytes >> 20) MB, far larger than a journal entry, so it was left out"))
    }

    private static func unreadable(_ stamp: IndexFileStamp) -> ParsedFile {
        .skipped(path: stamp.path, problem: Diagnostic(.error, line: 1, column: 1,
            "this file could not be read (\(String(cString: strerror(errno)))), so it was left out"))
    }

    /// Reads, hashes and parses one file.
    public func read(_ stamp: IndexFileStamp) throws -> IndexInput {
        read(stamp, with: try parser())
    }

    /// Reads, hashes and parses one file with `parser`.
    public func read(_ stamp: IndexFileStamp, with parser: EntryParser) -> IndexInput {
        let parsed: ParsedFile
        var hash: UInt64 = 0
        var bodyLine = 0
        if let bytes = FileBytes.read(root + "/" + stamp.path) {
            hash = ContentHash.fnv1a(bytes)
            if bytes.count > EntryLimits.maximumFileBytes {
                parsed = Self.tooLarge(stamp)
            } else {
                parsed = parser.parse(path: stamp.path, bytes: bytes, modificationDate: Self.localDay(nanoseconds: stamp.modified))
            }
            bodyLine = parsed.entry?.textLine ?? 0
        } else {
            parsed = Self.unreadable(stamp)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json<T: Encodable>(_ value: T) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        }
        let written = parsed.entry?.fields ?? [:]
        let writtenJSON = json(written)
        // Front matter is mostly written in lower case, and then both are the same text: encoding
        // it once saves about 0.1 s of the parsing threads in a rebuild of 10,000 entries.
        var fieldsJSON = writtenJSON
        if written.keys.contains(where: { $0 != $0.lowercased() }) {
            var fields: [String: FieldValue] = [:]
            for (key, value) in written { fields[key.lowercased()] = value }
            fieldsJSON = json(fields)
        }
        return IndexInput(stamp: stamp, parsed: parsed, hash: hash, bodyLine: bodyLine,
                          fieldsJSON: fieldsJSON, writtenFieldsJSON: writtenJSON,
                          metricsJSON: json(parsed.entry?.metrics ?? [:]), problemsJSON: json(parsed.problems))
    }

    /// Reads many files with `parser` on every core but `free` of them, keeping their order.
    public func read(_ stamps: [IndexFileStamp], with parser: EntryParser, leavingFree free: Int = 0) -> [IndexInput] {
        Parallel.map(stamps, leavingFree: free) { read($0, with: parser) }
    }

    /// The day of a modification time in the user's time zone.
    public static func localDay(nanoseconds: Int64) -> LocalDate? {
        var seconds = time_t(nanoseconds / 1_000_000_000)
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return nil }
        return LocalDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}

/// Content hashes for telling a touched file from a changed one.
enum ContentHash {
    /// 64-bit FNV-1a: stable across runs (unlike `Hasher`), fast on small files.
    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        fnv1a(bytes, from: fnvStart)
    }

    /// FNV-1a's starting value.
    static let fnvStart: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a of `bytes` going on from `hash`, to hash several pieces as one.
    static func fnv1a(_ bytes: some Sequence<UInt8>, from hash: UInt64) -> UInt64 {
        var h = hash
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
