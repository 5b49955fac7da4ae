/// Obsidian's `[[wikilinks]]` in an item's text read as Obsidian shows them:
/// `[[note|alias]]` shows `alias`, `[[note]]` shows `note`, `[[note#Heading]]` shows
/// `note > Heading` and `[[#Heading]]` shows `Heading`. (A Markdown link `[text](url)` already
/// reads as its text: libcmark hands on only the text.)
enum WikiLinks {
    /// `text` with every wikilink replaced by the words Obsidian shows for it.
    static func shown(_ text: String) -> String {
        guard text.containsBytes(of: "[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.asciiRange(of: "[["), let close = rest[open.upperBound...].asciiRange(of: "]]") {
            out += rest[..<open.lowerBound]
            let inside = rest[open.upperBound..<close.lowerBound]
            // An embed (`![[…]]`) is not a link: it is kept as written.
            if out.hasSuffix("!") || inside.contains("[") {
                out += rest[open.lowerBound..<close.upperBound]
            } else {
                out += words(of: inside)
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
