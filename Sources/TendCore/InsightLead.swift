/// A line that says what its writer came to see, as people write one in a day's prose with no
/// heading or label over it (docs/vault-format.md, "Insights in a sentence"): `I realized that
/// I don't have to carry this alone.`, `It dawned on me that the anger is grief.`, `Mir wurde
/// klar, dass ich nicht allein bin.` It begins with one of ``leads``, and what follows the
/// lead, up to the sentence's end, is the insight. Read where no section would take the line
/// (``BodyWalker``): outside any section, as a gratitude sentence is (``GratitudeLead``),
/// beside a section's list, under steps or practices, and under feelings when the paragraph
/// names none. Under a section that reads paragraphs a line is that section's.
struct InsightLead {
    /// The words that say it, as written (`I realized that`).
    var lead: String
    /// What was seen, up to the end of its sentence (`I don't have to carry this alone.`).
    var text: String

    /// Reads `line` (a paragraph's line or a list item's text); nil when it does not begin with
    /// a lead, or nothing follows it.
    init?(_ line: String) {
        guard let length = Self.leadLength(line) else { return nil }
        let rest = line.utf8.dropFirst(length)
        let text = SentenceLeads.firstSentence(Substring(rest))
        guard !text.isEmpty else { return nil }
        self.lead = String(Substring(line.utf8.prefix(length))).trimmingWhitespace()
        self.text = text
    }

    /// The length in bytes of the lead `line` begins with, the space after it included; nil
    /// when it begins with none. Asked of every line of prose no section holds: compared on the
    /// bytes, and only with the leads that begin with the line's first letter.
    static func leadLength(_ line: String) -> Int? {
        line.withBytes { b -> Int? in
            guard b.count > 3 else { return nil }
            if mayBegin(b), let length = table.length(in: b) { return length }
            return namedLength(b)
        }
    }

    /// The length of a lead that names what was seen and says it after *that*: `The biggest
    /// insight was that…`, `My lesson is that…`, `The message was that…`; nil for any other
    /// line. A determiner, a word of how big if any, then a name and its verb, each looked up
    /// by its first two bytes, so most lines that begin `The` part at the name.
    private static func namedLength(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard var k = determiners.length(in: b) else { return nil }
        if let degree = degrees.length(in: UnsafeBufferPointer(rebasing: b[k...])) { k += degree }
        guard let tail = namedTails.length(in: UnsafeBufferPointer(rebasing: b[k...])) else { return nil }
        return k + tail
    }

    /// The first words of a lead that names what was seen (``namedLength(_:)``).
    private static let determiners = SentenceLeads(["the ", "my "])
    /// The words of how big before the name: `The biggest insight`.
    private static let degrees = SentenceLeads(["biggest ", "big ", "main ", "key ", "real ", "greatest ", "most important "])
    /// The names of what was seen, and the verb with *that* after them.
    private static let namedTails = SentenceLeads(
        ["insight", "lesson", "realization", "realisation", "takeaway", "message", "learning", "teaching"].flatMap { name in
            [name + " was that ", name + " is that ", name + " here is that "]
        })

    /// False for most lines at their first bytes: one whose first letter begins no lead, and
    /// `I` followed by a word no English lead has second (`I went`, `I felt`, `I am`). (Looking
    /// through every lead for each line first made `tend check` take 1.010× the instructions
    /// per entry on the bench vault, and this look 1.005×; see docs/performance-log.md.)
    private static func mayBegin(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = b[0].asciiLowercased
        guard table.mayBegin(with: first) else { return false }
        guard first == UInt8(ascii: "i") else { return true }
        if b[1] == UInt8(ascii: " ") {
            let second = b[2].asciiLowercased
            return second == UInt8(ascii: "r") || second == UInt8(ascii: "l") || second == UInt8(ascii: "u")
                || second == UInt8(ascii: "n") || second == UInt8(ascii: "s") || second == UInt8(ascii: "c")
        }
        // `It dawned`, `It became`, `It hit`, not `It was`.
        if b[1].asciiLowercased == UInt8(ascii: "t"), b[2] == UInt8(ascii: " ") {
            let second = b[3].asciiLowercased
            return second == UInt8(ascii: "d") || second == UInt8(ascii: "b") || second == UInt8(ascii: "h")
        }
        return true
    }

    /// How a sentence that says what was seen begins, lower-cased, each with the space after
    /// it, the one with *that* before the one without. *Learned* and its like only with *that*
    /// (`I learned that…`), since `I learned to swim` is no insight; in German, French, Spanish,
    /// Italian, Portuguese and Dutch as the vocabulary's headings are.
    static let leads: [String] = [
        "i realized that ", "i realised that ", "i realized ", "i realised ", "i've realized that ", "i've realised that ",
        "i learned that ", "i learnt that ", "i've learned that ", "i've learnt that ",
        "i understood that ", "i now understand that ", "i understand now that ", "i see now that ", "now i see that ",
        "i came to see that ", "i came to realize that ", "i came to realise that ",
        "it dawned on me that ", "it dawned on me ", "it became clear to me that ", "it hit me that ",
        "what i learned is that ", "what i learned was that ", "what i learnt is that ", "what i learnt was that ",
        "what i realized is that ", "what i realized was that ", "what i realised is that ", "what i realised was that ",
        "what i took away is that ", "what i took away was that ",
        "mir wurde klar, dass ", "mir ist klar geworden, dass ", "ich habe gelernt, dass ", "ich habe erkannt, dass ",
        "ich erkannte, dass ",
        "j'ai réalisé que ", "j’ai réalisé que ", "j'ai compris que ", "j’ai compris que ", "j'ai appris que ",
        "j’ai appris que ", "je me suis rendu compte que ", "je me suis rendue compte que ",
        "me di cuenta de que ", "aprendí que ", "entendí que ", "comprendí que ",
        "ho capito che ", "ho imparato che ", "mi sono reso conto che ", "mi sono resa conto che ",
        "percebi que ", "aprendi que ", "entendi que ", "me dei conta de que ",
        "ik besefte dat ", "ik realiseerde me dat ", "ik heb geleerd dat ", "ik begreep dat ",
    ]

    /// ``leads``, by their first letter.
    private static let table = SentenceLeads(leads)
}
