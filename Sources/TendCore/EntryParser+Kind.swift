import TendMarkdown

/// What marks an entry's kind and date, gathered while it is read: its written type, the tags
/// that name a kind (`#kap`, `#integration`), and which front-matter key dated it.
struct KindMarks {
    /// The front matter `type:` as written.
    var writtenType: String?
    /// Where that type is written.
    var typeAt: TextPosition?
    /// Journey and integration tags, from the front matter and the body.
    var tags: [String] = []
    /// The front matter key that gave the date (`date`, `created`, …).
    var dateKey: String?
    /// Where that date is written.
    var dateAt: TextPosition?
}

extension EntryParser {
    /// Sets the entry's kind from its type, tags and folder (``Vocabulary/kind(writtenType:tags:path:)``).
    func resolveKind(of entry: inout Entry, marks: KindMarks, trace: inout ReadingTrace?) {
        guard let (type, rule) = vocabulary.kind(writtenType: marks.writtenType, tags: marks.tags, path: entry.path) else {
            if let written = marks.writtenType {
                note(&trace, line: marks.typeAt?.line ?? 1, "type", "type '\(written)' is not a journey or integration type, so it stays '\(entry.type)'",
                     hint: "add \"\(written.normalizedName())\" to journeys.types if it is a medicine session")
            }
            return
        }
        entry.type = type
        switch rule {
        case .type(let written): note(&trace, line: marks.typeAt?.line ?? 1, "type", "\(type): its type '\(written)' is in the \(type == .journey ? "journeys" : "integration").types list")
        case .tag(let tag): note(&trace, line: 1, "type", "\(type): tagged #\(tag)")
        case .folder(let folder): note(&trace, line: 1, "type", "\(type): it is in the folder \(folder)")
        }
    }
}
