/// Items listed one to a line without a list's marks, as people type them in Obsidian (which
/// shows each line under the last), on a phone, or with an emoji for a bullet (docs/vault-format.md,
/// "Lines that are a list without a list's marks"): under a section that reads paragraphs, each
/// such line of a paragraph is an item of its own.
enum LineItems {
    /// The items of a paragraph's lines (each as shown), when they are a list: each line led by
    /// a mark of its own (`• my sister`, `🙏 the warm soup`, `✨ Rest is allowed.`,
    /// ``withoutMark(_:)``), the marks set aside; or short lines, one under the other (`my
    /// sister` over `the warm soup`: each under 60 characters, none but the last ending in a
    /// mark that joins it to the next, ``joinsNextLine``). Nil for one line, or a paragraph of
    /// prose (lines wrapped in an editor are longer).
    static func texts(of lines: [String]) -> [String]? {
        guard lines.count >= 2 else { return nil }
        let written = lines.map { $0.trimmingWhitespace() }
        let unmarked = written.compactMap(withoutMark)
        if unmarked.count == written.count { return unmarked }
        guard written.allSatisfy({ !$0.isEmpty && $0.count < 60 }),
              !written.dropLast().contains(where: { $0.last.map(joinsNextLine.contains) == true }) else { return nil }
        return written
    }

    /// The last characters of a line that join it to the next: the line is part of a longer one
    /// (`Rest is allowed,` over `and so is asking.`).
    static let joinsNextLine: Set<Character> = [",", ";", ":", "-", "–", "—", "&", "+", "("]

    /// A line led by a mark of its own, without it: `• my sister`, `🙏 the soup`, `→ call Sam`,
    /// `✨ Rest is allowed.` (a symbol or an emoji that is no letter, digit or quotation mark,
    /// then a space); nil for any other line.
    static func withoutMark(_ line: String) -> String? {
        guard let first = line.unicodeScalars.first, !first.isASCII, !first.properties.isAlphabetic,
              first.properties.numericType == nil else { return nil }
        switch first.properties.generalCategory {
        case .initialPunctuation, .finalPunctuation, .openPunctuation, .closePunctuation: return nil
        default: break
        }
        guard let space = line.firstIndex(where: \.isWhitespace), line.distance(from: line.startIndex, to: space) <= 2 else { return nil }
        let rest = line[space...].trimmingWhitespace()
        return rest.isEmpty ? nil : rest
    }
}
