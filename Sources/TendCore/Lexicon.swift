import Synchronization

/// The emotion lexicon: feeling words mapped to a canonical name and a family.
///
/// The default list ships as `emotions.tsv` (one `word<TAB>canonical<TAB>family` a line);
/// a vault's config can add words. Unknown words stay as written, family `other`.
public struct Lexicon: Sendable {
    /// A word's meaning.
    public struct Meaning: Sendable, Equatable {
        /// The canonical emotion name.
        public var canonical: String
        /// The family (joy, sadness, fear, anger, shame, disgust, surprise, trust, anticipation, calm).
        public var family: String
    }

    private var words: [String: Meaning] = [:]
    /// The known words that a did-you-mean may offer, as Unicode scalars, by their length.
    private var spellings: [Int: [(word: String, scalars: [Unicode.Scalar])]] = [:]
    /// Did-you-mean answers already found: the same unknown word tends to come back entry
    /// after entry, and finding its nearest word compares it with hundreds.
    private var suggestions = SuggestionCache()

    /// The family of unknown words.
    public static let otherFamily = "other"

    /// An empty lexicon.
    public init() {}

    /// Reads `word<TAB>canonical<TAB>family[<TAB>language]` lines; `#` starts a comment. A word
    /// with a language (German `trauer`, grief) is read like any other but never offered
    /// as a did-you-mean: a misspelled English feeling would otherwise be answered with a
    /// word of another language that happens to be as near (`curios`: `curioso`, not `curious`).
    ///
    /// The lines and columns are split on their UTF-8 bytes: split as characters, reading the
    /// shipped lexicon's 1,370 lines took 25 million instructions more, paid by every run that
    /// parses (callgrind, `tend check` of 100 entries: 146.9 M against 121.9 M).
    public init(tsv: String) {
        let newline = UInt8(ascii: "\n"), tab = UInt8(ascii: "\t")
        for var line in tsv.utf8.split(separator: newline) where line.first != UInt8(ascii: "#") {
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            let parts = line.split(separator: tab, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
            guard parts.count >= 3 else { continue }
            let word = parts[0].normalizedName()
            guard !word.isEmpty else { continue }
            let inOtherLanguage = parts.count > 3 && !parts[3].isEmpty
            set(word, Meaning(canonical: parts[1].normalizedName(), family: parts[2].normalizedName()), suggested: !inOtherLanguage)
        }
    }

    /// The number of words known.
    public var count: Int { words.count }

    /// Every family named in the lexicon, sorted.
    public var families: [String] { Array(Set(words.values.map(\.family))).sorted() }

    /// Adds or replaces a word. `canonical` defaults to the word itself.
    public mutating func add(word: String, canonical: String? = nil, family: String) {
        let w = word.normalizedName()
        set(w, Meaning(canonical: canonical?.normalizedName() ?? w, family: family.normalizedName()))
    }

    private mutating func set(_ word: String, _ meaning: Meaning, suggested: Bool = true) {
        suggestions = SuggestionCache()
        if words.updateValue(meaning, forKey: word) == nil, suggested {
            let scalars = Array(word.unicodeScalars)
            spellings[scalars.count, default: []].append((word, scalars))
        }
    }

    /// The meaning of a word, trying a few common endings (`-ness`, `-ly`) when it is not listed,
    /// the word without an emoji beside it (`😢 sad`), which is decoration, as in a heading, and
    /// the word after those that say how much of it there was (`a bit anxious`, `very sad`;
    /// ``withoutDegree(_:orFelt:)``).
    public func meaning(of word: String) -> Meaning? {
        let w = word.normalizedName()
        if let m = listedMeaning(w) { return m }
        let bare = Self.withoutEmoji(w)
        if bare != w, let m = listedMeaning(bare) { return m }
        let felt = Self.withoutDegree(bare)
        return felt == bare ? nil : listedMeaning(felt)
    }

    /// `name` (normalized, ``String/normalizedName()``) without the words before a feeling that
    /// say how much of it there was: `a bit anxious`, `very sad`, `kind of numb`, `still raw`,
    /// `ein bisschen traurig`, `un peu triste`, `muy cansado`; with `orFelt`, also those that
    /// say it was felt (`feeling hopeful`, `I'm tired`, `je me sens seule`), which begin prose
    /// as often (`I felt sad, then went for a walk`) and so count only in a feeling's own place.
    /// They give no intensity: how much `a bit` is, the person says with a number. Words that
    /// turn a feeling around are not among them (`not anxious`, `less afraid`): such a name
    /// stays as written. The name itself when it starts with none of them, or holds nothing else.
    public static func withoutDegree(_ name: String, orFelt: Bool = false) -> String {
        guard name.utf8.contains(UInt8(ascii: " ")) else { return name }
        let leads = orFelt ? feltLeads : degreeLeads
        let words = name.split(separator: " ")
        var start = 0
        while let lead = leads.first(where: { lead in
            lead.count < words.count - start && zip(lead, words[start...]).allSatisfy { $0 == $1 }
        }) {
            start += lead.count
        }
        return start > 0 ? words[start...].joined(separator: " ") : name
    }

    /// The words ``withoutDegree(_:orFelt:)`` passes over, longest first, in the languages whose
    /// feelings the lexicon knows.
    private static let degreeLeads = leads([
        // English
        "a little bit", "a little", "a bit", "a tad", "a touch", "kind of", "sort of", "little", "bit", "slightly",
        "somewhat", "kinda", "sorta", "mildly", "very", "really", "so", "quite", "rather", "pretty", "fairly",
        "deeply", "extremely", "super", "incredibly", "totally", "utterly", "completely", "intensely", "strongly",
        "mostly", "still",
        // German, French, Spanish, Italian, Portuguese, Dutch
        "ein bisschen", "ein wenig", "etwas", "sehr", "leicht", "ziemlich", "total", "richtig", "echt", "noch", "eher",
        "un peu", "très", "tres", "assez", "plutôt", "plutot", "vraiment", "trop", "encore",
        "un poco", "muy", "algo", "bastante", "tan", "medio",
        "un po'", "un po", "un pochino", "molto", "abbastanza", "piuttosto", "così", "davvero",
        "um pouco", "muito", "meio", "tão",
        "een beetje", "erg", "heel", "nogal",
    ])
    private static let feltLeads = leads([
        "i feel", "i felt", "i am", "i'm", "feeling", "felt", "feel",
        "ich fühle mich", "fühle mich", "je me sens", "je suis", "me siento", "estoy", "mi sento", "me sinto",
        "sinto-me", "estou", "ik voel me",
    ]) + degreeLeads

    private static func leads(_ phrases: [String]) -> [[Substring]] {
        phrases.map { $0.split(separator: " ") }.sorted { $0.count > $1.count }
    }

    private func listedMeaning(_ w: String) -> Meaning? {
        if let m = words[w] { return m }
        for suffix in ["ness", "ly", "ed", "s"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            if let m = words[String(w.dropLast(suffix.count))] { return m }
        }
        return nil
    }

    /// A feeling's name without the emoji beside it (`😢 sad` is `sad`), as ``SectionName``
    /// reads a heading; the name itself when it holds no emoji, or nothing but emoji (`😢`).
    public static func withoutEmoji(_ name: String) -> String {
        guard name.unicodeScalars.contains(where: { !$0.isASCII && $0.properties.isEmoji }) else { return name }
        let section = SectionName(name)
        return section.ignored.contains(SectionName.emojiWords) && !section.key.isEmpty ? section.key : name
    }

    /// The closest known word within two edits, for a did-you-mean.
    public func suggestion(for word: String) -> String? {
        let key = word.normalizedName()
        if let known = suggestions.answers.withLock({ $0[key] }) { return known }
        let found = nearestWord(to: key)
        suggestions.answers.withLock { $0[key] = .some(found) }
        return found
    }

    private func nearestWord(to word: String) -> String? {
        let w = Array(word.unicodeScalars)
        guard w.count >= 3 else { return nil }
        var best: (String, Int)?
        var rows = ([Int](), [Int]())
        for length in (w.count - 2)...(w.count + 2) {
            for candidate in spellings[length] ?? [] {
                let d = Self.distance(w, candidate.scalars, limit: 2, rows: &rows)
                if d <= 2, best == nil || d < best!.1 || (d == best!.1 && candidate.word < best!.0) {
                    best = (candidate.word, d)
                }
            }
        }
        return best?.0
    }

    /// Levenshtein distance over Unicode scalars, giving up above `limit`; `rows` is work
    /// space kept between calls.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int, rows: inout ([Int], [Int])) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        rows.0.removeAll(keepingCapacity: true)
        rows.0.append(contentsOf: 0...b.count)
        rows.1.removeAll(keepingCapacity: true)
        rows.1.append(contentsOf: repeatElement(0, count: b.count + 1))
        for i in 1...a.count {
            rows.1[0] = i
            var rowMin = i
            for j in 1...b.count {
                let value = Swift.min(rows.0[j] + 1, rows.1[j - 1] + 1, rows.0[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rows.1[j] = value
                rowMin = Swift.min(rowMin, value)
            }
            if rowMin > limit { return limit + 1 }
            (rows.0, rows.1) = (rows.1, rows.0)
        }
        return rows.0[b.count]
    }
}

/// Did-you-mean answers shared by every copy of a lexicon (and every thread using it).
private final class SuggestionCache: Sendable {
    let answers = Mutex<[String: String?]>([:])
}
