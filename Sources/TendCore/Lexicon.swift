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

    /// The meaning of a word, trying a few common endings (`-ness`, `-ly`, and a comparison's
    /// `-er`: `calmer`, `happier`, `sadder`) when it is not listed,
    /// the word without an emoji beside it (`😢 sad`), which is decoration, as in a heading, and
    /// the word after those that say how much of it there was (`a bit anxious`, `very sad`;
    /// ``withoutDegree(_:orFelt:)``).
    public func meaning(of word: String) -> Meaning? {
        let w = word.normalizedName()
        if let m = listedMeaning(w) { return m }
        let bare = Self.withoutEmoji(w)
        if bare != w, let m = listedMeaning(bare) { return m }
        let plain = Self.withoutDegree(bare)
        return plain == bare ? nil : listedMeaning(plain)
    }

    private func listedMeaning(_ w: String) -> Meaning? {
        if let m = words[w] { return m }
        for suffix in ["ness", "ly", "ed", "s"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            if let m = words[String(w.dropLast(suffix.count))] { return m }
        }
        // A feeling compared with before, as people write a change: `calmer`, `happier`, `sadder`.
        if w.hasSuffix("er"), w.count > 5 {
            let stem = w.dropLast(2)
            var stems = [String(stem)]
            if stem.hasSuffix("i") { stems.append(stem.dropLast() + "y") }
            if let last = stem.last, stem.dropLast().last == last { stems.append(String(stem.dropLast())) }
            for stem in stems { if let m = words[stem] { return m } }
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
