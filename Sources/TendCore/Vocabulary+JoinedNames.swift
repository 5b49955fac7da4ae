/// A section's name with a note in parentheses after it, or two names joined, as people title
/// a part of their page (docs/vault-format.md, "A note in parentheses, and names joined"):
/// `## Gratitude (3 things)`, `## Insights & realizations`, `## Feelings/Emotions`,
/// `## Feelings and thoughts`.
extension Vocabulary {
    /// The kind of a name with a note in parentheses after it (`gratitude (3 things`, its
    /// closing parenthesis set aside with the name's end marks), or of names joined by `&`,
    /// `/`, `+` or *and* in the vocabulary's languages (`insights & realizations`, `feelings /
    /// emotions`, `gratitude and wins`): the first names the kind, and each other names the same
    /// or none (`insights and next steps` names none). Nil for any other name.
    func section(ofJoined key: String) -> SectionKind? {
        // Every name no list holds is asked: one pass over its bytes first.
        guard Self.mayJoin(key) else { return nil }
        if key.utf8.contains(UInt8(ascii: "(")) {
            return SectionName.withoutNote(key).flatMap(section(forKey:))
        }
        // `feelings/emotions` as `feelings / emotions`.
        var spaced = ""
        for character in key {
            if character == "&" || character == "/" || character == "+" { spaced += " \(character) " } else { spaced.append(character) }
        }
        let words = spaced.split(separator: " ")
        guard let cut = words.firstIndex(where: { Self.joiningWords.contains($0) }), cut > 0, cut < words.count - 1,
              let first = section(forKey: words[..<cut].joined(separator: " ")) else { return nil }
        let other = section(forKey: words[(cut + 1)...].joined(separator: " "))
        return other == nil || other == first ? first : nil
    }

    /// The words that join two names: `&`, `/`, `+`, and *and* in English, German, French,
    /// Spanish, Italian, Portuguese and Dutch.
    private static let joiningWords: Set<Substring> = ["&", "/", "+", "and", "und", "et", "y", "e", "en"]
    /// True when `key` holds a `(`, `&`, `/` or `+`, or a word of ``joiningWords`` between two
    /// others. Every heading no list holds is asked, on its bytes: through the `UTF8View` and a
    /// comparison with each word, the look for joined names took 0.75 % of `tend check`'s
    /// instructions on 1,000 entries of the bench vault (callgrind), where no heading joins two
    /// names; on the bytes, 0.29 %.
    private static func mayJoin(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { b in
            for i in b.indices {
                switch b[i] {
                case UInt8(ascii: "("), UInt8(ascii: "&"), UInt8(ascii: "/"), UInt8(ascii: "+"): return true
                case UInt8(ascii: " ") where i > 0:
                    // The word after this space, when another space follows it.
                    var end = i + 1
                    while end < b.count, end - i <= 4, b[end] != UInt8(ascii: " ") { end += 1 }
                    guard end < b.count, b[end] == UInt8(ascii: " ") else { continue }
                    if isJoiningWord(UnsafeBufferPointer(rebasing: b[(i + 1)..<end])) { return true }
                default: continue
                }
            }
            return false
        }
    }

    /// True for the bytes of *and* in the vocabulary's languages (``joiningWords``).
    private static func isJoiningWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        switch word.count {
        case 1: return word[0] == UInt8(ascii: "y") || word[0] == UInt8(ascii: "e")
        case 2: return word[0] == UInt8(ascii: "e") && (word[1] == UInt8(ascii: "t") || word[1] == UInt8(ascii: "n"))
        case 3: return (word[0] == UInt8(ascii: "a") || word[0] == UInt8(ascii: "u")) && word[1] == UInt8(ascii: "n") && word[2] == UInt8(ascii: "d")
        default: return false
        }
    }
}
