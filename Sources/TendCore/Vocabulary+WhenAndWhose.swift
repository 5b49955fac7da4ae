/// A section's name with a word of when or whose around it, as people title a day's parts
/// (docs/vault-format.md, "A word of when or whose around the name"): `## Self-care today`,
/// `Gratitude for today:`, `## Today's gratitude`, `## My feelings`, `Dankbarkeit heute`,
/// `Dana's suggestions:`.
extension Vocabulary {
    /// The names `key` may be without a first word that says whose or when it is (`my
    /// feelings`, `today's gratitude`, `morning practice`) and a last one that says when
    /// (`self-care today`, `feelings this morning`, `dankbarkeit heute`, `gratitud de hoy`), in
    /// the languages of the vocabulary: first with the words between the name and its word of
    /// when (`things i'm grateful for` of `things i'm grateful for today`), then without them,
    /// one at a time (`gratitude` of `gratitude for today`). Empty when it has neither word.
    static func withoutWhenOrWhose(_ key: String) -> [String] {
        // Most names that are no section's have neither word: two looks at bytes, no splitting.
        let bytes = key.utf8
        guard let firstSpace = bytes.firstIndex(of: UInt8(ascii: " ")), let lastSpace = bytes.lastIndex(of: UInt8(ascii: " ")),
              isWhoseOrWhen(bytes[..<firstSpace]) || isOne(of: whenLast, bytes[bytes.index(after: lastSpace)...])
        else { return [] }
        var words = key.split(separator: " ")
        // Anyone's (`dana's suggestions`) is also what came from them (`suggestions from dana`).
        var fromOwner: [String] = []
        if let owner = owner(words[0]), words.count > 1 {
            fromOwner = [words.dropFirst().joined(separator: " ") + " from " + owner]
        }
        if isWhoseOrWhen(words[0].utf8) { words.removeFirst() }
        guard let word = words.last, isOne(of: whenLast, word.utf8) else {
            return words.isEmpty ? [] : [words.joined(separator: " ")] + fromOwner
        }
        words.removeLast()
        var names: [String] = []
        while !words.isEmpty {
            names.append(words.joined(separator: " "))
            guard words.count > 1, let word = words.last, isOne(of: whenJoiners, word.utf8) else { break }
            words.removeLast()
        }
        return names
    }

    /// The name `key` may be without the words after it that say it was noticed or came up
    /// (`emotions i noticed`, `feelings that came up`, `insights from the session`); nil when it
    /// ends with none of them. English only: the prompts people copy into templates.
    static func withoutNoticing(_ key: String) -> String? {
        // Every name no list holds is asked: its last word first, on bytes, with no copy.
        let bytes = key.utf8
        guard let lastSpace = bytes.lastIndex(of: UInt8(ascii: " ")),
              isOne(of: noticingLastWords, bytes[bytes.index(after: lastSpace)...]) else { return nil }
        for clause in noticing where bytes.count > clause.count && bytes.suffix(clause.count).elementsEqual(clause) {
            return String(decoding: bytes.dropLast(clause.count), as: UTF8.self)
        }
        return nil
    }

    /// The names `key` may be without a first word that says how many or how much of it there
    /// is, as people head a day's one line: `one thing i learned` and `something i learned` as
    /// `what i learned`, `one thing i'm grateful for` as `what i'm grateful for`, `biggest
    /// insight`, `key insight` and `main takeaway` as `insight` and `takeaway`. Empty for a name
    /// that begins with none of these words. English only, as people word these labels.
    static func withoutHowMany(_ key: String) -> [String] {
        let bytes = key.utf8
        guard let firstSpace = bytes.firstIndex(of: UInt8(ascii: " ")) else { return [] }
        let first = bytes[..<firstSpace]
        let rest = Substring(bytes[bytes.index(after: firstSpace)...])
        if isOne(of: howMuchFirst, first) { return [String(rest)] }
        guard isOne(of: howManyThings, first) else { return [] }
        // `one thing i learned`: the thing is what.
        let afterThing = rest.hasPrefix("thing ") ? rest.dropFirst("thing ".count) : (first.elementsEqual("something".utf8) ? rest : nil)
        return afterThing.map { ["what " + $0] } ?? [String(rest)]
    }

    /// First words that say how much a name's item matters: `biggest insight`.
    private static let howMuchFirst = words(["biggest", "big", "main", "key"])
    /// First words that count a name's items: `one thing i learned`, `something i learned`,
    /// `one insight`.
    private static let howManyThings = words(["one", "something"])

    /// True when `word` is one of `words`. Every heading and label tend does not know is looked
    /// at here, and most of their words are of another length: compared so, the look cost 7.8
    /// million instructions over 1,000 bench entries, against 9.0 million through a `Set` and
    /// the `String`s it needs.
    private static func isOne(of words: [[UInt8]], _ word: Substring.UTF8View) -> Bool {
        let count = word.count
        return words.contains { $0.count == count && $0.elementsEqual(word) }
    }

    /// A first word of whose or when: one of ``whoseOrWhenFirst``, or anyone's (`Dana's
    /// suggestions`, `therapist's recommendations`).
    private static func isWhoseOrWhen(_ word: Substring.UTF8View) -> Bool {
        isOne(of: whoseOrWhenFirst, word) || possessiveEnd(word) != nil
    }

    /// Whose a possessive says (`dana` of `dana's`); nil for any other word, and for one of
    /// ``whoseOrWhenFirst`` (`today's` is when, not whose).
    private static func owner(_ word: Substring) -> String? {
        guard let end = possessiveEnd(word.utf8), !isOne(of: whoseOrWhenFirst, word.utf8) else { return nil }
        return String(Substring(word.utf8.dropLast(end.count)))
    }

    /// The end of a possessive `word` has (`'s`, `’s`); nil for any other word. Asked of the
    /// first word of every name with a space: its last byte first.
    private static func possessiveEnd(_ word: Substring.UTF8View) -> [UInt8]? {
        guard word.last == UInt8(ascii: "s") else { return nil }
        return possessiveEnds.first { word.count > $0.count && word.suffix($0.count).elementsEqual($0) }
    }

    /// How a possessive ends, with either apostrophe.
    private static let possessiveEnds = words(["'s", "’s"])

    /// The words, as UTF-8 bytes.
    private static func words(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }

    /// Each with the space before it.
    private static let noticing = words([
        " i noticed", " i felt", " i had", " i'm noticing", " i am noticing", " i'm feeling", " i am feeling",
        " noticed", " present", " that came up", " that came through", " that arose", " that showed up",
        " coming up", " from the session", " from the journey", " from the ceremony", " from the medicine", " from this session",
        " from this journey",
        // For which journey: `my intention for this journey`, `questions for the session`.
        " for this session", " for this journey", " for this ceremony", " for the session", " for the journey",
        " for the ceremony",
        // When in the journey: `feelings during the session`, `emotions after`, `questions i have`.
        " during the session", " during the journey", " during the ceremony", " after the session",
        " after the journey", " after the ceremony", " before the session", " before the journey", " during", " after",
        " before", " i have",
        // A step said as one the person means to take (`one small step i will take this week`, a
        // clinic worksheet's prompt; a gap hunt's, parser version 61).
        " i will take", " i'll take", " i want to take", " i can take", " i'm taking", " i am taking", " to take",
    ])
    /// The last word of each of ``noticing``.
    private static let noticingLastWords = words([
        "noticed", "felt", "had", "noticing", "feeling", "present", "up", "through", "arose", "session", "journey",
        "ceremony", "during", "after", "before", "have", "medicine", "take", "taking",
    ])
    private static let whoseOrWhenFirst = words([
        "my", "today", "today's", "todays", "tonight's", "daily", "morning", "evening", "weekly",
        "meine", "heutige", "mes", "ma", "mon", "mis", "mi", "miei", "mie", "mia", "mio", "minhas", "meus", "minha",
        "meu", "mijn",
    ])
    private static let whenLast = words([
        "today", "tonight", "morning", "evening", "week", "day", "now", "tomorrow",
        "heute", "jour", "aujourd'hui", "hoy", "oggi", "hoje", "vandaag", "jetzt", "maintenant", "ahora", "adesso",
        "agora",
    ])
    /// The words between a name and its last word of when: `for today`, `this morning`, `of the
    /// day`, `von heute`, `du jour`, `de hoy`, `di oggi`, `van vandaag`.
    private static let whenJoiners = words([
        "for", "of", "the", "this", "from", "von", "du", "de", "del", "di", "van", "right",
    ])
}
