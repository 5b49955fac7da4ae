/// Themes written in words, not as tags: `## Themes` over `- grief` and `- inner child`,
/// `Themes: grief, my mother`, front matter `themes: [grief, rest]` (docs/vault-format.md,
/// "Themes written in words"). Only text under a themes heading or label comes here, so the
/// rule is plain Swift with no fast path.
enum WrittenThemes {
    /// The most words a theme has: `inner child`, `my mother's voice`. A longer part is a
    /// sentence about a theme, which stays prose.
    static let mostWords = 5

    /// The themes one item, paragraph or value names, split at commas and semicolons,
    /// lower-cased as tags are, with a link shown by its name (`[[Father]]` is *father*); a
    /// tag (`#grief`) is left to the tags, which read it already. Nil when a part has more than
    /// ``mostWords`` words: then the text is a sentence about the themes (`Mostly my mother,
    /// as always.`), and none of its parts is one.
    static func split(_ text: String) -> [String]? {
        var themes: [String] = []
        for piece in WikiLinks.names(text).split(whereSeparator: { $0 == "," || $0 == ";" }) {
            var part = piece.trimmingWhitespace()
            // `grief, mother, and rest.`: the last part's *and* and the sentence's stop.
            for joiner in ["and ", "& "] where part.lowercased().hasPrefix(joiner) {
                part = String(part.dropFirst(joiner.count)).trimmingWhitespace()
            }
            part = String(part.droppingFinalStops())
            guard !part.isEmpty, !part.hasPrefix("#") else { continue }
            guard part.split(separator: " ").count <= mostWords else { return nil }
            themes.append(part.lowercased())
        }
        return themes
    }
}
