/// How an entry is known as a journey (a medicine session) or an integration session: by the
/// type its front matter gives, by a tag, or by the folder it sits in — the ways people mark
/// them. Every list is in the configuration (`tend init` writes them out).
extension Vocabulary {
    /// The type a written `type:` names: a journey or integration alias folds to its kind;
    /// any other word stays as written (lower-cased); nothing is a journal entry.
    public func entryType(written: String) -> EntryType {
        let word = written.normalizedName()
        if word.isEmpty { return .journal }
        return kind(ofType: word) ?? EntryType(rawValue: word)
    }

    /// Why an entry is of the kind it is, for `tend explain`.
    public enum KindRule: Sendable, Equatable {
        /// Its front matter `type:` (the word as written).
        case type(String)
        /// A tag it carries.
        case tag(String)
        /// The folder it sits in.
        case folder(String)
    }

    /// The kind an entry is, from its written type, its tags (lower-cased, markers included)
    /// and its vault-relative path; nil keeps the written type. A type that names a kind wins;
    /// a journey tag or folder makes any other entry a journey, then an integration tag or folder
    /// an integration session.
    public func kind(writtenType: String?, tags: [String], path: String) -> (type: EntryType, rule: KindRule)? {
        if let writtenType {
            let type = entryType(written: writtenType)
            if type == .journey || type == .integration { return (type, .type(writtenType)) }
        }
        if let tag = tags.first(where: journeyTags.contains) { return (.journey, .tag(tag)) }
        if let folder = Self.folder(of: path, in: journeyFolders) { return (.journey, .folder(folder)) }
        if let tag = tags.first(where: integrationTags.contains) { return (.integration, .tag(tag)) }
        if let folder = Self.folder(of: path, in: integrationFolders) { return (.integration, .folder(folder)) }
        return nil
    }

    /// The first of `folders` that holds `path` (at any depth below it), as written.
    static func folder(of path: String, in folders: [String]) -> String? {
        folders.first { folder in
            let name = folder.trimmingSlashes()
            return !name.isEmpty && path.lowercased().hasPrefix(name.lowercased() + "/")
        }
    }
}

extension String {
    /// `Sessions/` and `/Sessions` → `Sessions`.
    func trimmingSlashes() -> String {
        var s = Substring(self.trimmingWhitespace())
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
