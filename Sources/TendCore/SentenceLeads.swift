/// The words a sentence may begin with, as UTF-8 bytes by their first letter, for a reader that
/// asks every line of prose no section holds (``InsightLead``, ``FeelingLead``): a line is
/// compared only with the leads that begin with its own first letter, byte by byte, its
/// letters lower-cased. With the cut at the sentence's end that every such reader makes
/// (``GratitudeLead`` too).
struct SentenceLeads {
    /// The leads as bytes, by their first byte (every lead begins with an ASCII letter).
    private let byFirstLetter: [[[UInt8]]]
    /// For each first letter and second byte (`first * 256 + second`), true when some lead
    /// begins with the two: most lines that share a first letter with a lead part at the
    /// second (`The…` from `Today I…`), and are let go before any lead is compared.
    private let firstTwo: [Bool]

    /// `leads` lower-cased, each with the space after it; where one begins another, the longer
    /// first (the first that matches is taken).
    init(_ leads: [String]) {
        let bytes = leads.map { Array($0.utf8) }
        byFirstLetter = (0..<128).map { letter in bytes.filter { Int($0[0]) == letter } }
        var firstTwo = [Bool](repeating: false, count: 128 * 256)
        for lead in bytes where lead.count > 1 { firstTwo[Int(lead[0]) * 256 + Int(lead[1])] = true }
        self.firstTwo = firstTwo
    }

    /// True when some lead begins with `letter` (lower-cased).
    func mayBegin(with letter: UInt8) -> Bool {
        letter < 128 && !byFirstLetter[Int(letter)].isEmpty
    }

    /// `text` up to the end of its first sentence (a `.`, `!` or `?` followed by white space),
    /// the mark kept, trimmed. On the bytes: character by character the cut cost three quarters
    /// of ``FeelingLead``'s look at each line (15 of 20 million instructions over 1,000 bench
    /// entries, callgrind). What follows a mark is looked at as a character only when it is no
    /// ASCII byte (a no-break space is white space too).
    static func firstSentence(_ text: Substring) -> String {
        let bytes = text.utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let byte = bytes[i]
            i = bytes.index(after: i)
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"), i < bytes.endIndex else { continue }
            let next = bytes[i]
            if next.isASCIIWhitespace || (!next.isASCII && Substring(bytes[i...]).first?.isWhitespace == true) {
                return String(Substring(bytes[..<i])).trimmingWhitespace()
            }
        }
        return String(text).trimmingWhitespace()
    }

    /// The words of when (or of *and*, *but*, *honestly*) a sentence may begin with before its
    /// lead, as people write a day's prose: `Today I realized that…`, `After the session I
    /// realized…`, `Last night, I felt scared.`, `And I'm so grateful for her.` Each with the
    /// space after it, or a comma and a space (a gap hunt's journals, 2026-12-03).
    static let beforeLeads: [String] = {
        let words = [
            "today", "tonight", "this morning", "this afternoon", "this evening", "last night", "yesterday", "right now",
            "now", "and now", "earlier", "later", "afterwards", "afterward", "then", "and then", "suddenly", "slowly",
            "and", "but", "honestly", "somehow", "at one point", "at the end", "in the end", "when i woke up",
            "after the session", "after the journey", "after the ceremony", "after the medicine", "after the infusion",
            "during the session", "during the journey", "during the ceremony", "during the infusion",
            "in the session", "in the journey", "in the ceremony", "on the journey", "in integration", "in therapy",
            "since the session", "since the journey",
            // French, Spanish, Italian and Portuguese, whose subject comes first after them as in
            // English (`Aujourd'hui je me sens…`, `Hoy me di cuenta de que…`); German and Dutch
            // put the verb first after such a word (`Heute fühle ich mich`), a lead of its own.
            "aujourd'hui", "aujourd’hui", "ce matin", "ce soir", "hier", "hier soir", "cette nuit",
            "hoy", "ayer", "esta mañana", "esta noche", "anoche",
            "oggi", "ieri", "stamattina", "stasera", "stanotte",
            "hoje", "ontem", "esta manhã", "hoje de manhã", "esta noite",
        ]
        // Longer first where one begins another (`and then` before `and`).
        return words.flatMap { [$0 + " ", $0 + ", "] }.sorted { $0.count > $1.count }
    }()

    /// ``beforeLeads`` by their first letter.
    private static let before = SentenceLeads(beforeLeads)

    /// `line` cut after the words of when it begins with (``beforeLeads``): those words as
    /// written (`Today `) and the rest (`I realized that…`); nil when it begins with none, or
    /// nothing follows them. Asked of a line of prose no lead began; most part at their first
    /// two bytes.
    static func splitWordsOfWhen(_ line: String) -> (words: String, rest: String)? {
        guard let length = line.withBytes({ before.length(in: $0) }), length < line.utf8.count else { return nil }
        return (String(Substring(line.utf8.prefix(length))), String(Substring(line.utf8.dropFirst(length))))
    }

    /// The length in bytes of the lead `b` begins with, its space included; nil when none.
    func length(in b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard b.count > 1, let first = b.first?.asciiLowercased, first < 128,
              firstTwo[Int(first) * 256 + Int(b[1].asciiLowercased)] else { return nil }
        for lead in byFirstLetter[Int(first)] where lead.count < b.count {
            var k = 0
            while k < lead.count, b[k].asciiLowercased == lead[k] { k += 1 }
            if k == lead.count { return k }
        }
        return nil
    }
}
