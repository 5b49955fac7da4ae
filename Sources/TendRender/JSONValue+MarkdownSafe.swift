import Foundation

/// Words from an entry — a title, an intention, a tag from the front matter, the text of an
/// insight — may hold `<script>` or `<img onerror=…>`, written or decoded from `&lt;`. A
/// rendered review, brief or plan is Markdown that Obsidian, GitHub or a browser may show as
/// HTML, so every `<` in a value becomes `&lt;`: shown as the same character, never read as a
/// tag. (`--format json` keeps the words exactly as written; escaping is the renderer's job.)
extension JSONValue {
    /// The value with `<` written as `&lt;` in every string, keys and numbers untouched.
    var withoutRawHTML: JSONValue {
        switch self {
        case .string(let text):
            return .string(text.withoutRawHTML)
        case .array(let items):
            return .array(items.map(\.withoutRawHTML))
        case .object(let pairs):
            return .object(pairs.map { ($0.0, $0.1.withoutRawHTML) })
        case .null, .bool, .number:
            return self
        }
    }
}

extension String {
    /// The text with every `<` written `&lt;`: the same character when shown, never a tag.
    var withoutRawHTML: String {
        utf8.contains(UInt8(ascii: "<")) ? replacingOccurrences(of: "<", with: "&lt;") : self
    }
}
