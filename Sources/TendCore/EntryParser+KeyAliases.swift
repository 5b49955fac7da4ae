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
