/// A line that says how its writer feels, as people write one in a day's prose with no heading
/// or label over it (docs/vault-format.md, "Feelings in a sentence"): `Feeling a bit anxious
/// this morning.`, `I feel tender and raw.`, `I'm feeling hopeful.`, `Je me sens seule.` It
/// begins with one of ``leads``; what follows, up to the sentence's end, names the feelings,
/// and only the words the lexicon knows are kept (``BodyWalker``): the first must be one, right
/// after the lead and the words of how much (`a bit`), so `I feel like a walk` and `I felt so
/// much anger` stay prose. Read where a gratitude or an insight sentence is: outside sections.
/// What it costs (`scripts/instructions.sh`, 2026-12-03): `tend check` 1.035× the instructions
/// per entry on the bench vault, whose prose begins a sentence with `I felt` in most entries
/// (229 more feelings over 1,000 entries); the look at a line that begins with no lead is a
/// few byte compares.
struct FeelingLead {
    /// The words that say it, as written (`I'm feeling`).
    var lead: String
    /// What follows the lead, up to the end of its sentence (`a bit anxious this morning.`).
    var text: String

    /// Reads `line` (a paragraph's line or a list item's text); nil when it does not begin with
    /// a lead, or the word after it is neither a feeling `lexicon` knows nor a word of how much
    /// (`a bit`, `very`): `I feel like a walk`, `felt strangely familiar`. That word is looked at
    /// first, on the bytes, before the sentence is cut out.
    init?(_ line: String, lexicon: Lexicon) {
        guard let length = Self.leadLength(line) else { return nil }
        let rest = Substring(line.utf8.dropFirst(length))
        let word = rest.prefix { $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }
        guard !word.isEmpty, Lexicon.beginsDegree(word.lowercased()) || lexicon.meaning(of: String(word)) != nil else { return nil }
        let lead = String(Substring(line.utf8.prefix(length))).trimmingWhitespace()
        if Self.notAfterBeing.contains(word.lowercased()), Self.beingLeads.contains(lead.lowercased()) { return nil }
        self.lead = lead
        self.text = SentenceLeads.firstSentence(rest)
    }

    /// The length in bytes of the lead `line` begins with, the space after it included; nil
    /// when it begins with none. Asked of every line of prose no section holds, after the
    /// gratitude and insight leads: compared on the bytes, only with the leads that begin with
    /// the line's first letter, and for `I`, only when a word a lead has second follows.
    static func leadLength(_ line: String) -> Int? {
        line.withBytes { b -> Int? in
            guard b.count > 6 else { return nil }
            let first = b[0].asciiLowercased
            guard first < 128 else { return nil }
            // `I went`, `I think`, `It was`: no lead has these.
            if first == UInt8(ascii: "i"), b[1] == UInt8(ascii: " ") {
                let second = b[2].asciiLowercased
                guard second == UInt8(ascii: "f") || second == UInt8(ascii: "a") || second == UInt8(ascii: "w") else { return nil }
            }
            return table.length(in: b)
        }
    }

    /// How a sentence that says how one feels begins, lower-cased, each with the space after
    /// it, longest first where one begins another, in the languages of the lexicon. `I'm`, `I
    /// am` and `I was` alone are leads too (since 2026-12-03, evening): the word after them must
    /// be a feeling, so `I'm going to call her` stays prose, and ``notAfterBeing`` leaves the
    /// feelings' words that after them mostly say where one is or what one is up for (`I was
    /// down by the river`, `I'm free on Tuesday`). So are the words of a waking before the
    /// feeling: `Woke up feeling heavy`, `Still feeling raw` (a gap hunt's journals). Words of
    /// when before a lead (`Right now I feel calm`, `This morning I felt…`) are passed over
    /// before the leads are looked for (``SentenceLeads/beforeLeads``), for every sentence reader.
    static let leads: [String] = [
        "i'm feeling ", "i’m feeling ", "i am feeling ", "i was feeling ", "i've been feeling ", "i’ve been feeling ",
        "i feel ", "i felt ", "feeling ", "felt ",
        "i'm ", "i’m ", "i am ", "i was ",
        "woke up feeling ", "woke up ", "went to bed feeling ", "still feeling ", "been feeling ",
        "ich fühle mich ", "ich fühlte mich ", "ich bin ", "heute fühle ich mich ", "heute bin ich ",
        "gerade fühle ich mich ", "jetzt fühle ich mich ", "je me sens ", "je me sentais ", "je suis ",
        "me siento ", "me sentí ", "estoy ", "mi sento ", "mi sentivo ", "sono ", "me sinto ", "estou ",
        "ik voel me ", "ik voelde me ", "ik ben ", "vandaag voel ik me ", "vandaag ben ik ", "nu voel ik me ",
    ]

    /// The leads that say only that one is (`I'm`, `I was`, `je suis`), after which ``notAfterBeing`` is not read.
    private static let beingLeads: Set<String> = ["i'm", "i’m", "i am", "i was", "ich bin", "je suis", "estoy", "sono",
                                                  "estou", "ik ben", "heute bin ich", "vandaag ben ik"]

    /// Feelings' words that after `I'm` or `I was` mostly say something else: where one is or
    /// what one is up for (`I was down by the river`, `I'm free on Tuesday`, `I'm down to
    /// try`). After `I feel` they are feelings (`I feel down`).
    private static let notAfterBeing: Set<String> = ["down", "free"]

    /// ``leads``, by their first letter.
    private static let table = SentenceLeads(leads)
}
