/// Feelings said with how much of them there was, or that they were felt (docs/vault-format.md,
/// "How much, in words"): `a bit anxious`, `very sad (8)`, `ein bisschen traurig`, and, in a
/// feeling's own place, `feeling anxious about work`.
extension Lexicon {
    /// `name` (normalized, ``String/normalizedName()``) without the words before a feeling that
    /// say how much of it there was: `a bit anxious`, `very sad`, `kind of numb`, `still raw`,
    /// `ein bisschen traurig`, `un peu triste`, `muy cansado`; with `orFelt`, also those that
    /// say it was felt (`feeling hopeful`, `I'm tired`, `je me sens seule`), which begin prose
    /// as often (`I felt sad, then went for a walk`): in prose only a sentence that begins with
    /// one of ``FeelingLead``'s leads names feelings, and only those the lexicon knows.
    /// They give no intensity: how much `a bit` is, the person says with a number. Words that
    /// turn a feeling around are not among them (`not anxious`, `less afraid`): such a name
    /// stays as written. The name itself when it starts with none of them, or holds nothing else.
    public static func withoutDegree(_ name: String, orFelt: Bool = false) -> String {
        guard name.utf8.contains(UInt8(ascii: " ")) else { return name }
        let leads = orFelt ? feltLeadsByFirstWord : degreeLeadsByFirstWord
        // Most names begin with no lead: the first word is looked up before the name is split,
        // and each word before the ~100 leads are compared with it. A feeling said in a sentence
        // (`quietly proud, and a memory…`) is a long name: splitting it character by character
        // and comparing every lead cost 37,000 instructions a call (callgrind, 2026-12-03).
        let firstWords = orFelt ? feltFirstWords : degreeFirstWords
        guard firstWords.contains(Substring(name.utf8.prefix { $0 != UInt8(ascii: " ") })) else { return name }
        // The leads are a few words: a long name (a sentence's rest) is split no further.
        let words = name.split(separator: " ", maxSplits: 8)
        var start = 0
        // Only the leads that begin with the word are compared (comparing all of them, about a
        // hundred, cost 13,000 instructions a call when a sentence read on began with one).
        while start < words.count, let candidates = leads[words[start]], let lead = candidates.first(where: { lead in
            lead.count < words.count - start && zip(lead, words[start...]).allSatisfy { $0 == $1 }
        }) {
            start += lead.count
        }
        return start > 0 ? words[start...].joined(separator: " ") : name
    }

    /// True when `word` (lower-cased) is the first word of one of the words of how much
    /// ``withoutDegree(_:orFelt:)`` passes over (`a` of `a bit`, `very`).
    static func beginsDegree(_ word: String) -> Bool {
        degreeFirstWords.contains(Substring(word))
    }

    private static let degreeFirstWords = Set(degreeLeads.map { $0[0] })
    private static let feltFirstWords = Set(feltLeads.map { $0[0] })

    /// The words ``withoutDegree(_:orFelt:)`` passes over, longest first, in the languages whose
    /// feelings the lexicon knows.
    private static let degreeLeads = leads([
        // English
        "a little bit", "a little", "a bit", "a tad", "a touch", "kind of", "sort of", "little", "bit", "slightly",
        "somewhat", "kinda", "sorta", "mildly", "very", "really", "so", "quite", "rather", "pretty", "fairly",
        "deeply", "extremely", "super", "incredibly", "totally", "utterly", "completely", "intensely", "strongly",
        "mostly", "still",
        // Words of how much before a feeling's noun (`deep grief`, `some relief`, `a bit of
        // sadness`, `so much love`; a gap hunt's Roam and Logseq pages): until 2026-12-04 such a
        // feeling was one of its own, of no family, and `grief, and some relief` lost its relief.
        "deep", "some", "a lot of", "lots of", "a bit of", "a little bit of", "a touch of", "a hint of",
        "a great deal of", "so much", "much", "intense", "profound", "overwhelming", "huge", "mild",
        "a deep sense of", "a profound sense of",
        // Words that say how a feeling came, passed over as those of how much are (`a wave of
        // sadness`, `a mix of relief and grief`, `a sense of peace`; a gap hunt's journey note).
        "a mix of", "a mixture of", "mix of", "a combination of", "a wave of", "waves of", "a sense of",
        "a feeling of", "feelings of",
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

    /// Words written after a feeling, cut from it by a comma, that say when or for how long it
    /// was felt (`shame, briefly`, `anxious, at times`), in English: no feeling of their own.
    /// (None holds a word that joins feelings, `and` or `then`: the part would be cut there.)
    static let onlySaysWhen: Set<String> = [
        "briefly", "sometimes", "at times", "at first", "again", "later", "earlier", "all day",
        "for a while", "for a moment", "mostly", "occasionally", "too",
    ]

    private static let degreeLeadsByFirstWord = Dictionary(grouping: degreeLeads, by: { $0[0] })
    private static let feltLeadsByFirstWord = Dictionary(grouping: feltLeads, by: { $0[0] })

    private static func leads(_ phrases: [String]) -> [[Substring]] {
        phrases.map { $0.split(separator: " ") }.sorted { $0.count > $1.count }
    }
}
