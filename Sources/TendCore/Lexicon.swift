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

    /// The family of unknown words.
    public static let otherFamily = "other"

    /// An empty lexicon.
    public init() {}

    /// Reads `word<TAB>canonical<TAB>family` lines; `#` starts a comment.
    public init(tsv: String) {
        for line in tsv.split(whereSeparator: \.isNewline) {
            if line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 3 else { continue }
            let word = String(parts[0]).normalizedName()
            guard !word.isEmpty else { continue }
            words[word] = Meaning(canonical: String(parts[1]).normalizedName(), family: String(parts[2]).normalizedName())
        }
    }

    /// The number of words known.
    public var count: Int { words.count }

    /// Every family named in the lexicon, sorted.
    public var families: [String] { Array(Set(words.values.map(\.family))).sorted() }

    /// Adds or replaces a word. `canonical` defaults to the word itself.
    public mutating func add(word: String, canonical: String? = nil, family: String) {
        let w = word.normalizedName()
        words[w] = Meaning(canonical: canonical?.normalizedName() ?? w, family: family.normalizedName())
    }

    /// The meaning of a word, trying a few common endings (`-ness`, `-ly`) when it is not listed.
    public func meaning(of word: String) -> Meaning? {
        let w = word.normalizedName()
        if let m = words[w] { return m }
        for suffix in ["ness", "ly", "ed", "s"] where w.hasSuffix(suffix) && w.count > suffix.count + 2 {
            if let m = words[String(w.dropLast(suffix.count))] { return m }
        }
        return nil
    }

    /// The closest known word within two edits, for a did-you-mean.
    public func suggestion(for word: String) -> String? {
        let w = Array(word.normalizedName())
        guard w.count >= 3 else { return nil }
        var best: (String, Int)?
        for candidate in words.keys where abs(candidate.count - w.count) <= 2 {
            let d = Self.distance(w, Array(candidate), limit: 2)
            if d <= 2, best == nil || d < best!.1 || (d == best!.1 && candidate < best!.0) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// Levenshtein distance, giving up above `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = Swift.min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
