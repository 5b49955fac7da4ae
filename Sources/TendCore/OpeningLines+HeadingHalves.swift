/// A heading that names the time before or after a journey (docs/vault-format.md, "A heading
/// that names the time before or after the journey"), as a session note is often kept:
/// `## Before the session` over `Mood: 3`, `## After the session` over `Mood: 7`. Each rating
/// under it is that half of its pair, `mood_before` and `mood_after`.
extension OpeningLines {
    /// `before` or `after` for a heading that names the time before or after a journey: the word
    /// alone, or with the session it is about (`Before`, `After the session`, `Pre-session`,
    /// `Post journey`, `Vorher`, `Nach der Sitzung`, `Antes de la sesión`), a check-in after
    /// it or not (`Pre-session check-in`); nil for any other (`Before bed`, `After work`).
    static func pairHalf(ofHeading key: String) -> String? {
        // Every heading that names no section is asked: its first letter, then its first and
        // last words, on the bytes, before it is cut into words. Cut first, the headings cost
        // `tend check` 1.04× the instructions; with the first letter looked at first, 1.009×
        // still (`### Before bed` and `### After the call` are in a third of the bench
        // vault's entries); with the words too, 1.002×.
        guard let letter = key.utf8.first, halfWordLetters.contains(letter) else { return nil }
        // `Pre-session check-in`, `After the journey check-in`: the check-in of that half.
        for checkIn in [" check-in", " check in", " checkin"] where key.hasSuffix(checkIn) {
            return pairHalf(ofHeading: String(key.dropLast(checkIn.count)))
        }
        func isCut(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") }
        let firstEnd = key.utf8.firstIndex(where: isCut) ?? key.endIndex
        guard let half = halfWords[key[..<firstEnd]] else { return nil }
        if let lastCut = key.utf8.lastIndex(where: isCut), !sessionWords.contains(key[key.utf8.index(after: lastCut)...]) {
            return nil
        }
        let words = key.utf8.split(whereSeparator: isCut).map(Substring.init)
        let rest = words.dropFirst().filter { !headingArticles.contains($0) }
        guard rest.count <= 1 else { return nil }
        if let word = rest.first, !sessionWords.contains(word) { return nil }
        return half
    }

    /// The columns of a table's header that name the time before and after the journey, as a
    /// session note's table of before and after is kept (`| | Before | After |`, `| Metric | Pre
    /// | Post |`, each read as a heading is, ``pairHalf(ofHeading:)``), by their place, the first
    /// column passed over; empty unless both halves are named.
    static func pairColumns(of header: [String]) -> [Int: String] {
        guard header.count >= 3 else { return [:] }
        var halves: [Int: String] = [:]
        for (column, name) in header.enumerated().dropFirst() {
            if let half = pairHalf(ofHeading: SectionName(name).key) { halves[column] = half }
        }
        return Set(halves.values).count == 2 ? halves : [:]
    }

    /// The words a heading's half begins with: English's, those of ``MetricNames/beforeAndAfter``,
    /// and German's for before and after a thing (`Vor der Sitzung`).
    private static let halfWords: [Substring: String] = {
        var words: [Substring: String] = ["before": "before", "after": "after", "vor": "before", "nach": "after"]
        for (word, half) in MetricNames.beforeAndAfter { words[Substring(word)] = half }
        return words
    }()
    private static let halfWordLetters = Set(halfWords.keys.compactMap(\.utf8.first))
    /// The small words between a half and its session (`after the session`, `antes de la sesión`).
    private static let headingArticles: Set<Substring> = [
        "the", "my", "this", "today's", "der", "dem", "die", "meiner", "de", "la", "le", "ma", "du", "el", "mi",
        "il", "della", "a", "o", "da", "do", "het", "mijn",
    ]
    /// A journey, in the vocabulary's languages.
    private static let sessionWords: Set<Substring> = [
        "session", "journey", "ceremony", "dose", "dosing", "medicine", "treatment", "infusion", "kap", "sitzung",
        "zeremonie", "behandlung", "séance", "seance", "cérémonie", "sesión", "sesion", "ceremonia", "sessione",
        "cerimonia", "sessão", "sessao", "sessie",
    ]
}
