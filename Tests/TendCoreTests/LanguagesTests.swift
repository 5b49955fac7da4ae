import Testing
import TendResources
@testable import TendCore

/// A journal written in German, French, Spanish, Italian, Portuguese or Dutch: the section
/// headings, the feelings and the metrics people write in those languages (their dates are in
/// DateFormatTests, from moment.js's locale files).
struct LanguagesTests {
    /// (heading as written, kind it starts): the six kinds, in each language.
    static let headings: [(String, SectionKind?)] = [
        ("Gefühle", .emotions), ("Erkenntnisse", .insights), ("Nächste Schritte", .actions),
        ("Selbstfürsorge", .practices), ("🙏 Dankbarkeit", .gratitude), ("Meine Intention", .intention),
        ("Émotions", .emotions), ("Prises de conscience", .insights), ("Ce que j’ai appris", .insights),
        ("Prochaines étapes", .actions), ("Pratiques", .practices), ("Mon intention", .intention),
        ("Emociones", .emotions), ("Aprendizajes", .insights), ("Próximos pasos", .actions),
        ("Autocuidado", .practices), ("Gratitud", .gratitude), ("Intención:", .intention),
        ("Emozioni", .emotions), ("Cosa ho imparato", .insights), ("Prossimi passi", .actions),
        ("Cura di sé", .practices), ("Gratitudine", .gratitude), ("Intenzione", .intention),
        ("Emoções", .emotions), ("O que aprendi", .insights), ("Próximos passos", .actions),
        ("Práticas", .practices), ("Gratidão", .gratitude), ("Minha intenção", .intention),
        ("Gevoelens", .emotions), ("Inzichten", .insights), ("Volgende stappen", .actions),
        ("Zelfzorg", .practices), ("Dankbaarheid", .gratitude), ("Intentie", .intention),
        // Not sections: a heading that names the day, and a word whose English sense differs
        // ("engagements" are appointments in an English day note).
        ("Morgen", nil), ("Engagements", nil),
    ]

    @Test(arguments: headings)
    func heading(_ written: String, _ kind: SectionKind?) {
        #expect(Vocabulary().section(forHeading: written) == kind)
    }

    /// (`type:` as written, the kind it names).
    static let types: [(String, EntryType)] = [
        ("Sitzung", .journey), ("Ketamin", .journey), ("séance", .journey), ("Cérémonie", .journey),
        ("sesión", .journey), ("ketamina", .journey), ("sessione", .journey), ("sessão", .journey),
        ("sessie", .journey), ("psilocibina", .journey),
        ("Integrationssitzung", .integration), ("intégration", .integration), ("Séance d'intégration", .integration),
        ("integración", .integration), ("integrazione", .integration), ("integração", .integration),
        ("integratie", .integration),
        // A trip is a holiday as often as a journey.
        ("Reise", EntryType(rawValue: "reise")), ("viaje", EntryType(rawValue: "viaje")),
    ]

    @Test(arguments: types)
    func type(_ written: String, _ expected: EntryType) {
        #expect(Vocabulary().entryType(written: written) == expected)
    }

    /// (feeling as written, canonical/family): nouns, adjectives in each gender, accents.
    static let feelings: [(String, String)] = [
        ("Trauer", "grief/sadness"), ("erleichtert", "relief/calm"), ("wütend", "anger/anger"),
        ("ängstlich", "anxiety/fear"), ("überfordert", "overwhelm/fear"), ("Scham", "shame/shame"),
        ("tristesse", "sadness/sadness"), ("soulagée", "relief/calm"), ("soulagé", "relief/calm"),
        ("angoissé", "anxiety/fear"), ("en colère", "anger/anger"), ("reconnaissante", "gratitude/joy"),
        ("tristeza", "sadness/sadness"), ("cansada", "exhaustion/sadness"), ("enojado", "anger/anger"),
        ("vergüenza", "shame/shame"), ("alivio", "relief/calm"),
        ("rabbia", "anger/anger"), ("serena", "serenity/calm"), ("senso di colpa", "guilt/shame"),
        ("saudade", "longing/sadness"), ("aliviada", "relief/calm"), ("medo", "fear/fear"),
        ("verdriet", "sadness/sadness"), ("opgelucht", "relief/calm"), ("eenzaam", "loneliness/sadness"),
        // An English ending on a word of another language: the plural of a listed word.
        ("tristes", "sadness/sadness"),
    ]

    @Test(arguments: feelings)
    func feeling(_ written: String, _ expected: String) {
        let meaning = shippedLexicon.meaning(of: written)
        #expect(meaning.map { "\($0.canonical)/\($0.family)" } == expected)
    }

    @Test func feelingsUnderAGermanHeading() {
        let entry = parse("## Gefühle\n- Trauer (6)\n- erleichtert\n- 😌 ruhig (7)\n")
        #expect(entry.emotionSummary == ["grief/sadness 6", "relief/calm", "calm/calm 7"])
        #expect(entry.emotions.map(\.written) == ["trauer", "erleichtert", "😌 ruhig"])
        #expect(entry.problems.isEmpty)
    }

    @Test func aLexiconIsReadFromItsLines() {
        let lexicon = Lexicon(tsv: "# a comment\r\nsad\tsadness\tsadness\r\ntriste\tsadness\tsadness\tfr\nen colère\tanger\tanger\tfr\n\nno columns\n")
        #expect(lexicon.count == 3)
        #expect(lexicon.meaning(of: "Triste") == Lexicon.Meaning(canonical: "sadness", family: "sadness"))
        #expect(lexicon.meaning(of: "En  colère")?.canonical == "anger")
        #expect(lexicon.suggestion(for: "sadd") == "sad")
        #expect(lexicon.suggestion(for: "tristee") == nil, "a word of another language is never offered")
    }

    /// A did-you-mean offers English words only: `curios` is as near to Italian `curioso`
    /// as to `curious`, and the Italian word came first in the old order.
    @Test func aMisspeltFeelingIsOfferedAnEnglishWord() {
        #expect(shippedLexicon.suggestion(for: "curios") == "curious")
        #expect(shippedLexicon.suggestion(for: "sadnes") == "sadness")
        // A misspelt word of another language gets no suggestion in it.
        #expect(shippedLexicon.suggestion(for: "trauerr") != "trauer")
    }

    /// Every word of another language names an English feeling of the shipped lexicon, in that
    /// feeling's own family, and is never an English word with another meaning.
    @Test func everyTranslatedWordNamesAnEnglishFeeling() throws {
        var english: [String: (canonical: String, family: String)] = [:]
        var translated: [(word: String, canonical: String, family: String, language: String)] = []
        for line in TendResources.emotionLexicon().split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t").map(String.init)
            if parts.count == 3 { english[parts[0]] = (parts[1], parts[2]) }
            if parts.count == 4 { translated.append((parts[0], parts[1], parts[2], parts[3])) }
        }
        #expect(Set(translated.map(\.language)) == ["de", "es", "fr", "it", "nl", "pt"])
        #expect(translated.count > 600)
        for row in translated {
            #expect(english[row.canonical].map { $0.canonical == row.canonical && $0.family == row.family } == true,
                    "\(row.word): '\(row.canonical)' is no English feeling of family \(row.family)")
            #expect(english[row.word] == nil, "\(row.word) is an English word too")
        }
        #expect(Set(translated.map(\.word)).count == translated.count, "each word once")
    }

    /// (entry, its metrics): a metric named in another language is read under the English name
    /// reports know, wherever it is written.
    static let metrics: [(String, [String: Double])] = [
        ("Stimmung: 6/10\n\n## Gefühle\n- ruhig\n", ["mood": 6]),
        ("**Humeur :** 5\n", ["mood": 5]),
        ("---\nestado de ánimo: 7\nsueño: 6.5\n---\nHoy.\n", ["mood": 7, "sleep": 6.5]),
        ("umore:: 4\nenergia:: 3\n", ["mood": 4, "energy": 3]),
        ("Angst: 3\nSchlaf: 8\n", ["anxiety": 3, "sleep": 8]),
        // Both names: neither is lost.
        ("Mood: 6\nStimmung: 5\n", ["mood": 6, "stimmung": 5]),
        ("Stimmung: 6\nHumeur: 5\n", ["stimmung": 6, "humeur": 5]),
        ("Focus: 7\n", ["focus": 7]),
        // Before and after a journey: the pair tend sessions shows side by side.
        ("Stimmung vorher: 4/10\nStimmung nachher: 7/10\n", ["mood_before": 4, "mood_after": 7]),
        ("Humeur avant: 3\nHumeur après: 6\n", ["mood_before": 3, "mood_after": 6]),
        ("---\nánimo_antes: 2\nánimo_después: 5\n---\n", ["mood_before": 2, "mood_after": 5]),
        ("Stimmung danach: 7\n", ["stimmung_danach": 7]),
    ]

    @Test(arguments: metrics)
    func metric(_ markdown: String, _ expected: [String: Double]) {
        #expect(parse(markdown).metrics == expected)
    }

    /// (lines at the top, what `tend explain` says of each).
    static let explained: [(String, [String])] = [
        ("Humeur : 6/10\nSchlaf: 7\n", [
            "its 'Humeur:' line at the top holds a number, so it is a metric (mood)",
            "its 'Schlaf:' line at the top holds a number, so it is a metric (sleep)",
        ]),
        ("Mood: 5\nStimmung: 4\n", [
            "its 'Mood:' line at the top holds a number, so it is a metric",
            "its 'Stimmung:' line at the top holds a number, so it is a metric",
        ]),
    ]

    @Test(arguments: explained)
    func explainSaysWhichMetricALineIs(_ markdown: String, _ rules: [String]) {
        let parser = EntryParser(lexicon: shippedLexicon)
        let (_, trace) = parser.explain(path: "2026/11/2026-11-04.md", bytes: Array(markdown.utf8), modificationDate: nil)
        #expect(trace.readings.filter { $0.what == "metric" }.map(\.rule) == rules)
    }
}
