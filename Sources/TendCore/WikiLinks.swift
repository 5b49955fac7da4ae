/// Obsidian's `[[wikilinks]]` in an item's text read as Obsidian shows them:
/// `[[note|alias]]` shows `alias`, `[[note]]` shows `note`, `[[note#Heading]]` shows
/// `note > Heading` and `[[#Heading]]` shows `Heading`. (A Markdown link `[text](url)` already
/// reads as its text: libcmark hands on only the text.)
enum WikiLinks {
    /// `text` with every wikilink replaced by the words Obsidian shows for it.
    static func shown(_ text: String) -> String {
        replacingLinks(in: text, with: words(of:))
    }

    /// `text` with every wikilink replaced by the name of what it links to, as a list of names
    /// (feelings: `[[Anxiety]]`, `[[Emotions/Joy]]`) wants it: its alias, or its note's name
    /// without the folders before it and the heading after it (`Joy`). A `/` left in would
    /// split the name as choices (`Joy / Bliss`) are split.
    static func names(_ text: String) -> String {
        replacingLinks(in: text) { link in
            if let bar = link.firstIndex(of: "|") { return String(link[link.index(after: bar)...]).trimmingWhitespace() }
            let note = link.prefix { $0 != "#" }
            return String(note.split(separator: "/").last ?? note).trimmingWhitespace()
        }
    }

    /// `text` with the inside of every wikilink replaced by `replacement`'s words for it; an
    /// embed (`![[…]]`) is not a link, and is kept as written.
    private static func replacingLinks(in text: String, with replacement: (Substring) -> String) -> String {
        guard text.containsBytes(of: "[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.asciiRange(of: "[["), let close = rest[open.upperBound...].asciiRange(of: "]]") {
            out += rest[..<open.lowerBound]
            let inside = rest[open.upperBound..<close.lowerBound]
            if out.hasSuffix("!") || inside.contains("[") {
                out += rest[open.lowerBound..<close.upperBound]
            } else {
                out += replacement(inside)
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// The words shown for the inside of one link.
    static func words(of link: Substring) -> String {
        if let bar = link.firstIndex(of: "|") { return String(link[link.index(after: bar)...]).trimmingWhitespace() }
        let parts = link.split(separator: "#", omittingEmptySubsequences: true).map { String($0).trimmingWhitespace() }
        return parts.joined(separator: " > ")
    }
}
