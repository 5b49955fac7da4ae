import TendMarkdown

/// Which heading names and tags mean what. Every name is matched case-insensitively.
public struct Vocabulary: Sendable, Equatable {
    /// Headings whose list items (or paragraphs) are insights; a line labelled with one
    /// (`Insight: …`) is an insight too.
    public var insightHeadings: [String] = [
        "insights", "insight", "key insights", "realizations", "realisations", "realization", "realisation",
        "lessons", "lessons learned", "lessons learnt", "learnings", "takeaways", "takeaway", "key takeaways",
        "aha moments", "aha moment", "what i learned", "what i learnt", "learned", "learnt", "what i want to remember",
        "to remember", "key takeaway", "my takeaway", "lesson", "lesson learned", "lesson learnt", "today's lesson",
        "key learning", "key learnings",
        // What a journey note lists to keep (a gap hunt's KAP note: `Things I want to remember:`).
        "things i want to remember", "things to remember", "things i learned", "things i learnt",
        // Integration prompts, as worksheets ask them.
        "what did i learn", "what did the medicine show me", "what did the journey show me", "what did i learn from this",
        "what do i want to remember", "what do i want to carry forward", "what i want to carry forward",
        "what stood out", "what am i taking away", "what i'm taking away", "what i'm taking with me",
        "what i am taking with me", "what i take with me",
        "what messages came through", "what came through", "what insights came up", "what insights arose",
        "what insights came through", "what did i realize", "what did i realise", "what did you realize",
        "what did you realise", "messages from the medicine", "messages from the journey",
        // A clinic worksheet's line (a gap hunt's, parser version 61): `**Messages received:** You
        // are allowed to take up space.`
        // (`Messages` alone stays no section: texts from people, as often.)
        "messages received", "message received", "message from the medicine",
        "downloads",
        // The same prompts as a worksheet or a guide asks them, of you.
        "what did you learn", "what did the medicine show you", "what did the journey show you",
        "what do you want to remember", "what do you want to carry forward", "what are you taking away",
        // German, French, Spanish, Italian, Portuguese, Dutch (docs/vault-format.md).
        "erkenntnisse", "erkenntnis", "einsichten", "einsicht", "was ich gelernt habe", "was ich mitnehme",
        "prises de conscience", "prise de conscience", "enseignements", "leçons", "ce que j'ai appris", "ce que je retiens", "à retenir",
        "aprendizajes", "revelaciones", "lecciones", "lo que aprendí", "lo que aprendi", "para recordar",
        "intuizioni", "consapevolezze", "lezioni", "cosa ho imparato", "da ricordare",
        "aprendizados", "aprendizagens", "lições", "o que aprendi", "revelações", "para lembrar",
        "inzichten", "inzicht", "wat ik geleerd heb", "wat ik heb geleerd", "om te onthouden",
        // The integration prompts in those languages.
        "was hat mir die medizin gezeigt", "was habe ich gelernt", "was nehme ich mit", "was möchte ich mitnehmen",
        "qu'est-ce que j'ai appris", "qu'ai-je appris", "que m'a montré la médecine", "qu'est-ce que je retiens",
        "qué aprendí", "que aprendi", "qué me mostró la medicina", "qué me llevo",
        "cosa mi ha mostrato la medicina", "cosa porto con me",
        "o que eu aprendi", "o que a medicina me mostrou", "o que levo comigo",
        "wat heb ik geleerd", "wat liet het medicijn me zien", "wat neem ik mee",
        // A heading of one emoji: `## 💡`.
        "💡",
    ] { didSet { indexNames() } }
    /// Headings whose list items are emotions.
    public var emotionHeadings: [String] = [
        "emotions", "emotion", "feelings", "feeling", "felt", "emotional check-in", "emotional check in",
        "feelings check", "feelings check-in", "feeling check-in",
        // The feelings wheel a therapist hands out, and a worksheet's prompts.
        "feelings wheel", "feeling wheel", "emotion wheel", "emotions wheel", "wheel of emotions", "emotional landscape",
        "what emotions arose", "what emotions came up", "what feelings arose", "what feelings came up",
        "how i feel", "how i'm feeling", "how do i feel", "how am i feeling", "what am i feeling", "what i'm feeling",
        "how do you feel", "how are you feeling", "what are you feeling",
        "what did i feel", "what emotions did i feel", "what feelings did i feel", "what did you feel",
        // Not `how i felt`: tend's own shared page heads its ratings so.
        "how did i feel", "how did you feel", "emotional state", "feeling words", "emotions felt",
        "feelings felt",
        "gefühle", "gefuehle", "gefühl", "emotionen", "wie ich mich fühle",
        "émotions", "émotion", "sentiments", "ressentis", "ressenti", "comment je me sens",
        "emociones", "emoción", "sentimientos", "cómo me siento", "como me siento",
        "emozioni", "sentimenti", "come mi sento",
        "emoções", "sentimentos", "como me sinto",
        "gevoelens", "emoties", "hoe ik me voel",
        "wie fühle ich mich", "was fühle ich", "comment est-ce que je me sens", "qu'est-ce que je ressens",
        "qué siento", "que siento", "cosa sento", "como estou me sentindo", "o que sinto", "hoe voel ik me", "wat voel ik",
    ] { didSet { indexNames() } }
    /// Headings whose list items are action items.
    public var actionHeadings: [String] = [
        "action items", "action item", "actions", "action", "next steps", "next step", "to do", "todo", "to-do",
        "action steps", "integration steps", "commitments", "homework", "therapy homework", "integration homework",
        "small steps", "small step", "one small step", "what is one small step", "what is my next step",
        "what will i do", "what can i do", "what are my next steps", "what is your next step",
        "what are your next steps", "what will you do", "what can you do",
        // A plan's own headings.
        "integration plan", "action plan", "this week i will", "this week i'll", "today i will", "today i'll", "i will",
        "i commit to",
        "what do i want to integrate", "how will i integrate this", "how will i integrate", "integration actions",
        "self-care plan", "self care plan", "what i'll do differently", "what i will do differently",
        "what will i do differently",
        // A worksheet's numbered prompt (a gap hunt's, 2026-12-03): `3. What is one thing you will do this week?`
        "what is one thing i will do", "what is one thing you will do", "what is one thing i can do",
        "what is one thing you can do", "what i will do", "what i'll do",
        // A day's last lines, as a daily review ends: what to do tomorrow.
        "tomorrow", "for tomorrow", "plans for tomorrow", "plan for tomorrow", "tomorrow's plan", "tomorrow i will",
        "tomorrow i'll", "to do tomorrow", "tomorrow's to-do", "tomorrow's tasks",
        // Goals for now, as the integration plan's small goals (a weekly review's `## Goals for
        // next week`, and `next week` as a daily review's `tomorrow`; the gap hunt of
        // 2026-12-03). `Goals` alone stays no section: a life's goals are no steps to tick.
        "small goals", "integration goals", "goals for next week", "goals for the week", "goals for this week",
        "next week", "for next week", "plans for next week", "plan for next week", "to do next week",
        "nächste schritte", "hausaufgaben", "naechste schritte", "aufgaben", "vorsätze",
        "prochaines étapes", "prochaines etapes", "à faire", "a faire", "tâches", "devoirs",
        "próximos pasos", "proximos pasos", "acciones", "tareas", "pendientes", "compromisos", "deberes",
        "prossimi passi", "azioni", "da fare", "cose da fare", "impegni", "compiti",
        "próximos passos", "proximos passos", "ações", "tarefas", "compromissos", "dever de casa", "lição de casa",
        "volgende stappen", "acties", "te doen", "actiepunten", "voornemens", "huiswerk",
        "für morgen", "pour demain", "demain", "para mañana", "domani", "per domani", "amanhã", "para amanhã",
        "voor morgen",
        "was ist mein nächster schritt", "was ist ein kleiner schritt", "quelle est ma prochaine étape",
        "cuál es mi próximo paso", "cual es mi proximo paso", "qual è il mio prossimo passo",
        "qual é o meu próximo passo", "qual o meu próximo passo", "wat is mijn volgende stap",
        // A therapist's homework, named: "Homework from Dr. Reyes", "Homework for next session".
        "homework from *", "homework for *",
        // What a therapist or a guide suggests, as homework is: "Suggestions from Dana",
        // "Dana's suggestions:" (read as the same; "My therapist's suggestions" by name). Not "Suggestions" alone, which a guide's page
        // gives its reader (obsidian-tasks' docs/Queries/Combining Filters.md), nor "Things to
        // try": the fixtures keep it as the heading a person adds in the config.
        "suggestions from *", "recommendations from *", "therapist's suggestions", "therapist's recommendations",
    ] { didSet { indexNames() } }
    /// Headings whose list items are practices (a checklist under one is practices done, not actions).
    public var practiceHeadings: [String] = [
        "practices", "practice", "self-care", "self care", "habits", "habit", "daily habits", "habit tracker",
        "daily practices", "rituals", "integration practices", "self-care i did", "what i did for self-care",
        "self-care practices", "self care practices",
        "praktiken", "übungen", "uebungen", "selbstfürsorge", "selbstfuersorge", "gewohnheiten", "rituale",
        "pratiques", "soin de soi", "prendre soin de moi", "habitudes", "rituels",
        "prácticas", "practicas", "autocuidado", "hábitos", "habitos", "rituales",
        "pratiche", "cura di sé", "cura di me", "abitudini", "rituali",
        "práticas", "praticas", "rituais",
        "oefeningen", "zelfzorg", "gewoontes", "gewoonten", "rituelen",
    ] { didSet { indexNames() } }
    /// Headings whose list items are gratitude.
    public var gratitudeHeadings: [String] = [
        "gratitude", "grateful for", "thankful for", "gratitude list", "i'm grateful for", "i am grateful for",
        "grateful", "thankful", "thanks", "gratefulness", "thankfulness", "three good things", "good things",
        // Plural as people count them, and the Three Good Things exercise by its other name.
        "gratitudes", "what went well",
        "things i'm grateful for", "what am i grateful for", "what i'm grateful for", "what are you grateful for",
        "dankbarkeit", "dankbar für", "wofür ich dankbar bin",
        "je suis reconnaissant pour", "je suis reconnaissante pour",
        "gratitud", "agradecimiento", "agradecimientos", "agradezco",
        "gratitudine", "sono grato per", "sono grata per",
        "gratidão", "gratidao", "sou grato por", "sou grata por",
        "dankbaarheid", "dankbaar voor", "waar ik dankbaar voor ben",
        "wofür bin ich dankbar", "pour quoi suis-je reconnaissant", "pour quoi suis-je reconnaissante",
        "de quoi suis-je reconnaissant", "de quoi suis-je reconnaissante", "por qué estoy agradecido",
        "por qué estoy agradecida", "per cosa sono grato", "per cosa sono grata", "pelo que sou grato",
        "pelo que sou grata", "waar ben ik dankbaar voor",
        // As a sentence begins, with no heading over it (`GratitudeLead`).
        "i'm thankful for", "i am thankful for", "i feel grateful for", "i feel thankful for", "feeling grateful for",
        "feeling thankful for", "so grateful for", "i'm so grateful for", "i am so grateful for", "really grateful for",
        "deeply grateful for", "ich bin dankbar für", "ich bin so dankbar für", "je suis reconnaissant de",
        "je suis reconnaissante de", "estoy agradecido por", "estoy agradecida por", "estou grato por", "estou grata por",
        "ik ben dankbaar voor",
        // A heading of one emoji: `## 🙏`.
        "🙏",
    ] { didSet { indexNames() } }
    /// Headings whose list items (or paragraphs) are questions and things to bring to the
    /// integration session or therapist.
    public var questionHeadings: [String] = [
        "questions", "open questions", "my questions", "questions for my therapist", "questions for therapist",
        "questions for the therapist", "questions for therapy", "questions for integration",
        "questions for my integration session", "questions for my next session", "questions for my guide",
        "questions for my facilitator", "questions for my doctor", "questions to ask", "questions to bring",
        "to ask", "to ask my therapist", "to bring", "to bring up", "things to bring up", "to bring to integration",
        "to bring to therapy", "to bring to my therapist", "to bring to my integration session",
        "to bring to the integration session", "bring to integration", "bring to therapy", "for my therapist",
        "for the therapist", "for therapy", "for my next session", "for my integration session",
        // A note kept for the next session, as a gap hunt's journal headed one (2026-12-03).
        "for next session", "for the next session", "notes for next session", "notes for my next session",
        "notes for the next session", "notes for therapy", "notes for my therapist", "topics for next session",
        "for integration", "to discuss", "to discuss with my therapist", "to talk about", "to talk about in therapy",
        "things to discuss", "things to discuss with *", "integration questions", "what i want to explore next time",
        "to explore next time", "discussion points", "talking points", "therapy topics", "topics for therapy",
        "to explore in therapy", "to explore in integration", "things to explore in therapy",
        "things to bring to my therapist", "things to bring to therapy", "things to bring to integration",
        "fragen", "offene fragen", "fragen an meine therapeutin", "fragen an meinen therapeuten",
        "fragen für die integration", "für die therapie", "zu besprechen", "mitnehmen in die therapie",
        "questions pour ma thérapeute", "questions pour mon thérapeute", "questions pour l'intégration",
        "à aborder", "à discuter", "pour ma thérapeute", "pour mon thérapeute", "pour la thérapie",
        "preguntas", "preguntas abiertas", "preguntas para mi terapeuta", "preguntas para la integración",
        "para hablar en terapia", "para la terapia", "temas para terapia",
        "domande", "domande aperte", "domande per la mia terapeuta", "domande per il mio terapeuta",
        "domande per l'integrazione", "da portare in terapia", "da discutere", "per la terapia",
        "perguntas", "perguntas abertas", "perguntas para a minha terapeuta", "perguntas para o meu terapeuta",
        "perguntas para minha terapeuta", "perguntas para meu terapeuta", "perguntas para a integração",
        "para levar à terapia", "para a terapia", "para discutir",
        "vragen", "open vragen", "vragen voor mijn therapeut", "vragen voor de integratie", "te bespreken",
        "voor de therapie", "voor mijn therapeut",
        // A name ending in `*` is every heading that begins with it: "Questions for Dr. Reyes".
        "questions for *", "questions to bring to *", "to bring to *", "to discuss with *", "for my session with *",
        "to explore with *",
        "fragen an *", "fragen für *", "questions pour *", "preguntas para *", "domande per *", "perguntas para *",
        "vragen voor *", "vragen aan *",
        // A heading of one emoji: `## ❓`.
        "❓", "❔",
    ] { didSet { indexNames() } }
    /// Headings whose text is the intention.
    public var intentionHeadings: [String] = [
        "intention", "intentions", "my intention", "session intention", "what is my intention", "what is your intention",
        "intention setting", "setting my intention", "setting an intention", "setting intentions", "set intention",
        "set an intention", "set my intention",
        "intentions for integration", "intention for integration", "integration intention", "integration intentions",
        "intention for next week", "intentions for next week", "focus for next week", "focus for the week",
        // What is called in, as a ritual's intention is worded.
        "what i'm calling in", "what i am calling in", "calling in",
        // A mantra or an affirmation carried into the day or the journey, as an intention is.
        "mantra", "mantras", "my mantra", "session mantra", "affirmation", "affirmations", "my affirmation",
        "daily affirmation", "today's affirmation", "affirmationen", "afirmación", "afirmaciones",
        "affermazione", "affermazioni", "afirmação", "afirmações", "affirmatie", "affirmaties",
        "absicht", "meine intention", "mon intention",
        "intención", "intencion", "intenciones", "mi intención",
        "intenzione", "intenzioni", "la mia intenzione",
        "intenção", "intencao", "intenções", "minha intenção",
        "intentie", "intenties", "mijn intentie",
        "was ist meine intention", "quelle est mon intention", "cuál es mi intención", "qual è la mia intenzione",
        "qual é a minha intenção", "wat is mijn intentie",
    ] { didSet { indexNames() } }
    /// Headings whose list items (or a line labelled with one, `Themes: grief, mother`) name
    /// the entry's themes, as people write the themes that come back in words: a journey
    /// note's `## Themes`, a therapy note's `Themes:`. Read in entries with a day only
    /// (docs/vault-format.md, "Themes written in words").
    public var themeHeadings: [String] = [
        "themes", "theme", "key themes", "main themes", "recurring themes", "my themes", "themes that keep coming up",
        "what themes came up", "what themes keep coming up", "what themes are coming up", "themes and patterns",
        // The patterns a therapy names (`people-pleasing`, `freeze`) are themes that come back.
        "patterns", "recurring patterns", "key patterns", "my patterns", "patterns that keep coming up",
        "themen", "thèmes", "thème", "temas", "tema", "temi", "thema's", "themas", "thema",
    ] { didSet { indexNames() } }
    /// Tags that mark an insight.
    public var insightTags: [String] = ["insight"]
    /// Tags that mark an action item.
    public var actionTags: [String] = ["action", "todo"]
    /// Tag prefixes that name an emotion (`#emotion/grief`).
    public var emotionTagPrefixes: [String] = ["emotion", "feeling"]
    /// Tag prefixes that name a practice (`#practice/yoga`).
    public var practiceTagPrefixes: [String] = ["practice"]

    /// Entry types that mean a journey (a medicine session), matched case-insensitively.
    public var journeyTypes: [String] = [
        "journey", "session", "dosing", "medicine", "ketamine", "kap", "infusion", "iv", "im", "lozenge",
        "ceremony", "esketamine", "spravato", "psilocybin", "mushrooms", "mdma", "lsd", "ayahuasca", "dmt",
        "5-meo-dmt", "mescaline", "ibogaine", "iboga",
        // German, French, Spanish, Italian, Portuguese, Dutch: a session, a ceremony, ketamine
        // and psilocybin as those languages spell them.
        "sitzung", "ketamin", "zeremonie", "séance", "seance", "cérémonie", "kétamine",
        "sesión", "sesion", "ceremonia", "ketamina", "psilocibina", "sessione", "cerimonia",
        "sessão", "sessao", "cerimônia", "cerimónia", "sessie", "ceremonie", "psilocybine",
    ] { didSet { indexNames() } }
    /// Tags that mark a journey.
    public var journeyTags: [String] = ["journey", "kap"] { didSet { indexTags() } }
    /// Folders whose entries are journeys (`Sessions`); none by default.
    public var journeyFolders: [String] = []
    /// Entry types that mean an integration or therapy session.
    public var integrationTypes: [String] = [
        "integration", "integration session",
        "integrationssitzung", "intégration", "séance d'intégration", "integración", "integracion",
        "sesión de integración", "integrazione", "sessione di integrazione", "integração", "integracao",
        "sessão de integração", "integratie", "integratiesessie",
    ] { didSet { indexNames() } }
    /// Tags that mark an integration session.
    public var integrationTags: [String] = ["integration"] { didSet { indexTags() } }
    /// Folders whose entries are integration sessions; none by default.
    public var integrationFolders: [String] = []
    /// Tags that are never themes: `ignore_tags:` in the config and the tags the vault's own
    /// templates put on every note (`daily`). By default the tags people put on every day's
    /// note without a template folder tend sees (the gap hunt of 2026-12-03: `tags: daily`):
    /// they say what kind of note it is, and as themes they would head every list.
    public var ignoreTags: [String] = [
        "daily", "daily-note", "daily-notes", "dailynote", "dailynotes", "journal", "diary", "weekly", "weekly-note",
    ] { didSet { indexTags() } }
    /// Obsidian Tasks' global filter, when it is a tag (`task` for `#task`, from the plugin's
    /// settings): then a checkbox is a step only when it carries the tag or stands under a
    /// steps heading, as Tasks reads it, and the tag is never a theme or part of a step's text.
    public var taskFilterTag: String?

    /// Every heading name above with the kind of section it starts (the first list that names
    /// it wins): every heading of every entry is looked up here, so once, not list by list.
    private var sectionByName = NameIndex<SectionKind>()
    /// The journey and integration types, the same way: every entry's type is looked up. Looked
    /// up in the lists themselves, the types named in six more languages cost `tend check`
    /// 2,500 instructions an entry (0.3 %), comparing strings with accents one by one.
    private var typeByName = NameIndex<EntryType>()
    /// The first word of every journey and integration type (`séance` of `séance d'intégration`):
    /// a title that begins with another word names no kind (``EntryParser/kind(inTitle:)``).
    private(set) var typeFirstWords: Set<String> = []
    /// The ignored, journey and integration tags in one set: every tag of every entry is asked
    /// (``isStructural(_:)``); looked up in the three lists, the nine ignored by default cost
    /// `tend check` 3,700 instructions an entry (0.4 %).
    private var structuralTags: Set<String> = []

    /// The defaults (docs/vault-format.md).
    public init() {
        indexNames()
        indexTags()
    }

    /// Every list above by its name, for the index's reading fingerprint
    /// (``Configuration/readingFingerprint``). Written out, not described by reflection:
    /// `String(describing:)` of the vocabulary took 8 million instructions, about a sixth of
    /// a `tend grep` that finds nothing on the 10,000-entry bench vault. A test checks that
    /// every list of the vocabulary is here.
    var namedLists: [(name: String, names: [String])] {
        [
            ("insightHeadings", insightHeadings), ("emotionHeadings", emotionHeadings),
            ("actionHeadings", actionHeadings), ("practiceHeadings", practiceHeadings),
            ("gratitudeHeadings", gratitudeHeadings), ("intentionHeadings", intentionHeadings),
            ("questionHeadings", questionHeadings), ("themeHeadings", themeHeadings),
            ("insightTags", insightTags), ("actionTags", actionTags),
            ("emotionTagPrefixes", emotionTagPrefixes), ("practiceTagPrefixes", practiceTagPrefixes),
            ("journeyTypes", journeyTypes), ("journeyTags", journeyTags), ("journeyFolders", journeyFolders),
            ("integrationTypes", integrationTypes), ("integrationTags", integrationTags),
            ("integrationFolders", integrationFolders), ("ignoreTags", ignoreTags),
            ("taskFilterTag", taskFilterTag.map { [$0] } ?? []),
        ]
    }

    private mutating func indexNames() {
        let lists: [(SectionKind, [String])] = [
            (.insights, insightHeadings), (.emotions, emotionHeadings), (.actions, actionHeadings),
            (.practices, practiceHeadings), (.gratitude, gratitudeHeadings), (.intention, intentionHeadings),
            (.questions, questionHeadings), (.themes, themeHeadings),
        ]
        sectionByName = NameIndex(lists)
        typeByName = NameIndex([(EntryType.journey, journeyTypes), (.integration, integrationTypes)])
        typeFirstWords = Set((journeyTypes + integrationTypes).compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    private mutating func indexTags() {
        structuralTags = Set(ignoreTags + journeyTags + integrationTags)
    }

    /// Lists of names as one dictionary, each name with what the first list naming it means.
    /// A name ending in `*` (`questions for *`) is a beginning: it names every longer name that
    /// starts with the words before the `*`, when no list names that one itself.
    private struct NameIndex<Value: Sendable & Equatable>: Sendable, Equatable {
        var values: [String: Value] = [:]
        var beginnings: [(String, Value)] = []

        init(_ lists: [(Value, [String])] = []) {
            for (value, names) in lists {
                for name in names {
                    if name.hasSuffix("*") {
                        beginnings.append((String(name.dropLast()), value))
                    } else if values[name] == nil {
                        values[name] = value
                    }
                }
            }
        }

        /// What `name` means, or nil when no list names it.
        func value(of name: String) -> Value? {
            if let value = values[name] { return value }
            return beginnings.first { name.utf8.count > $0.0.utf8.count && name.hasPrefix($0.0) }?.1
        }

        static func == (a: Self, b: Self) -> Bool {
            a.values == b.values && a.beginnings.elementsEqual(b.beginnings) { $0.0 == $1.0 && $0.1 == $1.1 }
        }
    }

    /// The kind a type word already reduced by `normalizedName()` names, journey or
    /// integration; nil for any other word.
    func kind(ofType word: String) -> EntryType? {
        typeByName.value(of: word)
    }

    /// The kind of section a heading starts, or nil when its name is not in the vocabulary.
    public func section(forHeading name: String) -> SectionKind? {
        section(forKey: SectionName(name).key)
    }

    /// The kind of section a name already reduced by ``SectionName`` starts, with or without
    /// words that say when or whose it is (``withoutWhenOrWhose(_:)``).
    public func section(forKey key: String) -> SectionKind? {
        if let kind = sectionByName.value(of: key) { return kind }
        // A name of one word is listed or not (`feelings/emotions` is two): every look below
        // sets words aside.
        guard key.utf8.contains(UInt8(ascii: " ")) else { return section(ofJoined: key) }
        let withoutWhen = Self.withoutWhenOrWhose(key)
        for name in withoutWhen {
            if let kind = sectionByName.value(of: name) { return kind }
        }
        // `Emotions I noticed`, `feelings that came up today`, and two such clauses:
        // `feelings that came up during the session`.
        if let bare = Self.withoutNoticing(key) {
            if let kind = sectionByName.value(of: bare) { return kind }
            if let barer = Self.withoutNoticing(bare), let kind = sectionByName.value(of: barer) { return kind }
        }
        for name in withoutWhen {
            if let bare = Self.withoutNoticing(name), let kind = sectionByName.value(of: bare) { return kind }
        }
        // `One thing I learned today`, `Biggest insight`: each shorter than the name.
        for name in Self.withoutHowMany(key) {
            if let kind = section(forKey: name) { return kind }
        }
        // `Section 5: Insights`, a worksheet's numbering.
        if let name = SectionName.withoutNumbering(key) { return section(forKey: name) }
        return section(ofJoined: key)
    }

    /// True when a lower-cased tag is a marker (not a theme). A bare prefix (`#practice`,
    /// `#emotion`) names no practice or feeling: it is a theme, as zk and Obsidian keep it.
    public func isMarker(_ tag: String) -> Bool {
        insightTags.contains(tag) || actionTags.contains(tag) || tag == taskFilterTag || isStructural(tag)
            || emotionName(fromTag: tag) != nil || practiceName(fromTag: tag) != nil
    }

    /// True when a lower-cased tag says what kind of note this is (`#kap`, `#integration`,
    /// a template's `#daily`) rather than what it is about, so it is no theme.
    /// A nested tag under one of them is too (`#kap/session-5`, `#daily/log`, as Obsidian and
    /// Bear nest tags): it says the same of the note, more closely.
    public func isStructural(_ tag: String) -> Bool {
        if structuralTags.contains(tag) { return true }
        guard let root = Self.root(of: tag) else { return false }
        return structuralTags.contains(root)
    }

    /// The journey or integration tag `tag` (lower-cased) is, or nests under (`kap` of
    /// `kap/session-5`, `integration` of `integration/homework`); nil for any other tag.
    public func kindTag(_ tag: String) -> String? {
        if journeyTags.contains(tag) || integrationTags.contains(tag) { return tag }
        guard let root = Self.root(of: tag), journeyTags.contains(root) || integrationTags.contains(root) else { return nil }
        return root
    }

    /// The part of a nested tag before its first `/` (`kap` of `kap/session-5`); nil for a tag
    /// with none. Every tag is asked: its bytes are looked at first.
    private static func root(of tag: String) -> String? {
        // Through the generic `firstIndex(of:)` first, this look cost 3 of 1,025 million
        // instructions over 1,000 bench entries (callgrind); most tags hold no `/`.
        guard tag.containsByte(UInt8(ascii: "/")),
              let slash = tag.utf8.firstIndex(of: UInt8(ascii: "/")), slash > tag.utf8.startIndex else { return nil }
        return String(Substring(tag.utf8[..<slash]))
    }

    /// `grief` for `emotion/grief`.
    public func emotionName(fromTag tag: String) -> String? { suffix(of: tag, after: emotionTagPrefixes) }

    /// `yoga` for `practice/yoga`.
    public func practiceName(fromTag tag: String) -> String? { suffix(of: tag, after: practiceTagPrefixes) }

    private func suffix(of tag: String, after prefixes: [String]) -> String? {
        // Most tags hold no `/`: every tag of every entry is asked, twice.
        guard tag.containsByte(UInt8(ascii: "/")) else { return nil }
        return tag.withBytes { t -> String? in
            for prefix in prefixes {
                // `prefix/` and at least one character after it, compared on bytes.
                let slash = prefix.utf8.count
                guard t.count > slash + 1, t[slash] == UInt8(ascii: "/"),
                      prefix.withBytes({ $0.elementsEqual(t[..<slash]) }) else { continue }
                return String(decoding: UnsafeBufferPointer(rebasing: t[(slash + 1)...]), as: UTF8.self).replacingDashes()
            }
            return nil
        }
    }
}

/// What a section of an entry holds.
public enum SectionKind: String, Sendable, Equatable {
    case insights, emotions, actions, practices, gratitude, intention, questions, themes
}

extension String {
    /// `self-compassion` stays, `deep_breath` → `deep breath` (tags cannot hold spaces).
    func replacingDashes() -> String {
        guard containsByte(UInt8(ascii: "_")) else { return self }
        return String(map { $0 == "_" ? " " : $0 })
    }
}
