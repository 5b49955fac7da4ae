/// A line that says what it is grateful for, as people write one in a day's prose with no
/// heading or label over it (docs/vault-format.md, "Gratitude in a sentence"): `I'm grateful
/// for the rain.`, `Thankful for Maya`, `Today I am grateful for my body.`, `Ich bin dankbar
/// für die Sonne.` It begins with one of the vocabulary's gratitude names that ends in *for*
/// (or *für*, *pour*, *de*, *por*, *per*, *voor*), and what follows it, up to the sentence's
/// end, is the gratitude item. Outside any section only: under a known heading a line is
/// that section's, as before.
struct GratitudeLead {
    /// The words that say it, as written (`I'm grateful for`).
    var lead: String
    /// What it is grateful for, up to the end of its sentence (`the rain.`).
    var text: String

    /// Reads `line` (a paragraph's line or a list item's text); nil when it does not begin so.
    init?(_ line: String, vocabulary: borrowing Vocabulary) {
        guard Self.mayBegin(line) else { return nil }
        var words: [Range<String.Index>] = []
        var i = line.startIndex
        while words.count < 7, i < line.endIndex {
            guard let start = line[i...].firstIndex(where: { !$0.isWhitespace }) else { break }
            let end = line[start...].firstIndex(where: \.isWhitespace) ?? line.endIndex
            words.append(start..<end)
            i = end
        }
        for count in 2..<words.count where Self.prepositions.contains(line[words[count - 1]].lowercased()) {
            let lead = String(line[words[0].lowerBound..<words[count - 1].upperBound])
            guard vocabulary.section(forHeading: lead) == .gratitude else { continue }
            let text = SentenceLeads.firstSentence(line[words[count].lowerBound...])
            guard !text.isEmpty else { return nil }
            self.lead = lead
            self.text = text
            return
        }
        return nil
    }

    /// True when `line`'s first word is the first word of a gratitude name that ends in a
    /// preposition (``firstWords``). Asked of every line of prose no section holds: compared on
    /// the bytes, with no String made. (Reading every such line as a lead first made `tend
    /// check` take 1.32× the instructions per entry on the bench vault.)
    static func mayBegin(_ line: String) -> Bool {
        line.withBytes { b in
            guard let space = b.firstIndex(of: UInt8(ascii: " ")), space < firstWordsByLength.count,
                  firstWordsByLength[space].contains(where: { starts(b, at: 0, with: $0) }) else { return false }
            // Many lines begin `I …`: only `I am …` and `I feel …` may say it.
            if space == 1, !secondWordsAfterI.contains(where: { starts(b, at: 2, with: $0) }) { return false }
            // Lines that begin `I …` are many: a gratitude word must be among the first words,
            // and only a letter that begins one is looked at closer.
            for i in 0..<min(b.count, 48) {
                let letter = b[i].asciiLowercased
                guard letter == UInt8(ascii: "g") || letter == UInt8(ascii: "t") || letter == UInt8(ascii: "d")
                        || letter == UInt8(ascii: "r") || letter == UInt8(ascii: "a") else { continue }
                for stem in stems where stem[0] == letter && starts(b, at: i, with: stem) { return true }
            }
            return false
        }
    }

    /// True when the bytes at `i`, ASCII letters lower-cased, begin with `word`.
    private static func starts(_ b: UnsafeBufferPointer<UInt8>, at i: Int, with word: [UInt8]) -> Bool {
        guard i + word.count <= b.count else { return false }
        for k in 0..<word.count where b[i + k].asciiLowercased != word[k] { return false }
        return true
    }

    /// The words after `I` that may lead to one (`I am grateful for`, `I feel thankful for`).
    private static let secondWordsAfterI: [[UInt8]] = ["am ", "feel "].map { Array($0.utf8) }

    /// The beginnings of the gratitude words of ``firstWords``' names (`grat` of grateful,
    /// grato, grata), as UTF-8 bytes.
    static let stems: [[UInt8]] = ["grat", "thankf", "dankba", "reconnaiss", "agradec"].map { Array($0.utf8) }

    /// The first words of the gratitude names that end in a preposition, in the vocabulary's
    /// languages (`i'm` of `i'm grateful for`, `ich` of `ich bin dankbar für`), lower-cased, as
    /// UTF-8 bytes.
    static let firstWords: [[UInt8]] = [
        "i'm", "i’m", "im", "i", "grateful", "thankful", "today", "feeling", "so", "really", "deeply",
        "ich", "heute", "dankbar", "je", "aujourd'hui", "reconnaissant", "reconnaissante", "estoy", "hoy", "agradecido",
        "agradecida", "sono", "oggi", "grato", "grata", "sou", "estou", "hoje", "ik", "vandaag", "dankbaar",
    ].map { Array($0.utf8) }

    /// ``firstWords`` by their length in bytes: a line's first word is compared only with
    /// those of its length (`firstWordsByLength[3]` holds `i'm`, `ich`, `hoy`, `sou`).
    private static let firstWordsByLength: [[[UInt8]]] = (0...16).map { length in firstWords.filter { $0.count == length } }

    /// The words a gratitude name ends in before what it is for.
    static let prepositions: Set<String> = ["for", "für", "pour", "de", "por", "per", "voor"]
}
