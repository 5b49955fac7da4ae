import Foundation
import GRDB

/// Where the index lives, which decides what tend may do with a file already there.
public enum IndexPlace: Sendable, Equatable {
    /// The vault's own `.tend/index.sqlite`: `.tend/` is tend's folder, so a file at that path
    /// is tend's index, and is moved aside (never deleted) when it cannot be read. (A symbolic
    /// link there is still refused: SQLite would write through it.)
    case tendFolder
    /// A path named with `--index` or `TEND_INDEX`: a file already there is used only when it
    /// is empty or is an index tend made. Anything else is left exactly as it is.
    case given
}

/// What an existing file at a named index path is, read from its first bytes.
///
/// tend never moves, renames, changes the mode of or writes over a file it did not make.
/// Every index tend makes carries a mark in its SQLite header (`application_id`, the letters
/// "tend"); indexes made before the mark are known by their tables.
enum IndexFile {
    /// The `application_id` of every index tend makes: the four letters "tend" read as one number.
    static let applicationID = 1_952_804_452

    /// Why the file at `path` is not one tend may use as its index, or nil when it may. Never a
    /// symbolic link or anything but a file (SQLite would write through a link); at a named
    /// path, only no file yet, an empty file, or an index tend made.
    static func refusal(at path: String, place: IndexPlace) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let advice = "point --index or TEND_INDEX to a new file, or to an index tend made"
        switch info.st_mode & S_IFMT {
        case S_IFLNK:
            return "this is a symbolic link; tend keeps its index only in a file of its own, never through a link, so it left it as it is; \(advice)"
        case S_IFREG:
            break
        default:
            return "this is not a file, so tend left it as it is; \(advice)"
        }
        guard place == .given, info.st_size > 0 else { return nil }
        let header: [UInt8] = FileHandle(forReadingAtPath: path).map { handle -> [UInt8] in
            defer { try? handle.close() }
            return [UInt8]((try? handle.read(upToCount: 100)) ?? Data())
        } ?? []
        let magic: [UInt8] = Array("SQLite format 3".utf8) + [0]
        guard header.count == 100, header.starts(with: magic) else {
            return "this file is not a tend index (it is not an SQLite database), so tend left it as it is; \(advice)"
        }
        let id = header[68..<72].reduce(0 as Int) { $0 << 8 | Int($1) }
        if id == applicationID || (id == 0 && isUnmarkedIndex(path)) { return nil }
        return "this is another program's SQLite database, not a tend index, so tend left it as it is; \(advice)"
    }

    /// True for an index made before tend marked its files: it holds tend's tables.
    private static func isUnmarkedIndex(_ path: String) -> Bool {
        var configuration = GRDB.Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return false }
        defer { try? queue.close() }
        let tables = (try? queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }) ?? []
        return Set(tables).isSuperset(of: IndexSchema.tables)
    }
}
