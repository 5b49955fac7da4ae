import TendMarkdown

/// The kind of entry and the journey's number under the keys clinics' forms and other templates
/// use (docs/vault-format.md, "Journeys and integration sessions"): `session_type: KAP`,
/// `kind: journey`, `category: integration`; `session_number: 4`, `journey: 5`.
extension EntryParser {
    /// Other keys people write the kind of entry under (`session_type: KAP`, `kind: journey`,
    /// `category: integration`): read as `type` when the value names a journey or an integration,
    /// else kept as a field.
    static let typeKeys: Set<String> = [
        "session_type", "session type", "entry_type", "entry type", "note_type", "note type", "kind", "category",
    ]

    /// Other keys people number the journey under (`session_number: 4`, `journey: 5`): read as
    /// `session` when the value is a whole number, else kept as a field.
    static let sessionKeys: Set<String> = [
        "session_number", "session number", "session_no", "session no", "session_num", "session #", "journey",
        "journey_number", "journey number", "journey_no", "journey no",
    ]

    /// Keys that say when a note was made or changed, or name it: a number under one is a time
    /// (Dendron writes `created: 1644502827652` and `updated: 1644502845130`, milliseconds since
    /// 1970, in every note: dendronhq/dendron, `test-workspace/vault/dendron.faq.md`) or an
    /// identifier (`id: 4711`), kept as a field, never a metric (until 2026-12-04 the weekly
    /// review charted them beside mood).
    static let stampKeys: Set<String> = [
        "created", "created_at", "createdat", "date_created", "updated", "updated_at", "updatedat", "date_updated",
        "modified", "modified_at", "date_modified", "last_modified", "lastmod", "edited", "last_edited", "timestamp",
        "mtime", "ctime", "id", "uid", "uuid",
        // The Journals plugin's count of a note in its journal (srg-kostyrko/obsidian-journal).
        "journal-index",
    ]

    /// The key `key` stands for: `type` or `session` for one of ``typeKeys`` or ``sessionKeys``
    /// whose value means one, else `key` itself.
    func meaning(ofKey key: String, value: YAMLValue) -> String {
        if Self.sessionKeys.contains(key), let text = value.scalarText, Int(text.trimmingWhitespace()) != nil { return "session" }
        if Self.typeKeys.contains(key), let text = value.scalarText, vocabulary.kind(ofType: text.normalizedName()) != nil {
            return "type"
        }
        return key
    }
}
