import TendMarkdown

extension EntryParser {
    /// Keys with a meaning of their own; every other numeric key is a metric.
    static let knownKeys = Set([
        "date", "created", "created_at", "day", "journal-date", "journal-start-date", "type", "session", "intention", "intentions", "tags", "tag", "keywords", "keyword",
        "emotions", "feelings",
        "practices", "title", "motivation", "aliases", "cssclasses",
    ]).union(supportKeys).union(typeKeys).union(sessionKeys)

    /// Keys that name someone who supports the person (`therapist: Dr. Reyes`, `Guide: Noor` at
    /// the top of an entry), which the plan lists when the config names no one.
    static let supportKeys: Set<String> = [
        "therapist", "integration therapist", "guide", "facilitator", "sitter", "counselor", "counsellor",
        "psychiatrist", "therapeut", "therapeutin", "thérapeute", "terapeuta", "terapeut",
    ]

    /// True for a key with a meaning of its own whose number is never a metric (`session`); the
    /// keys of a date are metrics when their value is a number and no date (`day: 3`).
    static func isKnownKey(_ key: String) -> Bool {
        knownKeys.contains(key) && !dateKeys.contains(key)
    }

    /// The keys that give an entry's date: besides `date`, those of the Journals plugin for
    /// Obsidian (srg-kostyrko/obsidian-journal, `src/constants.ts`: `journal-date`, and
    /// `journal-start-date` for a week's or a custom interval's note).
    static let dateKeys: Set<String> = ["date", "created", "created_at", "day", "journal-date", "journal-start-date"]

    /// Reads the YAML front matter into the entry.
    func readFrontMatter(_ yaml: String, firstLine: Int, into entry: inout Entry, marks: inout KindMarks,
                         trace: inout ReadingTrace?) {
        let root: YAMLValue?
        do {
            root = try YAMLValue.read(yaml, firstLine: firstLine)
        } catch {
            // An error, not a warning: the date, type and session written there are lost until
            // it is mended (a pre-commit `tend check` must fail). The body is still read.
            entry.problems.append(Diagnostic(.error, line: error.at.line, column: error.at.column,
                "\(error.message); the rest of the entry was still read"))
            return
        }
        guard let root else { return }
        guard case .mapping(let pairs, _) = root else {
            entry.problems.append(Diagnostic(.error, line: root.position.line, column: root.position.column,
                "the front matter is not a list of 'key: value' lines, so it was left aside; the rest of the entry was still read"))
            return
        }
        readProperties(pairs, into: &entry, marks: &marks, trace: &trace)
    }

    /// The keys that hold an entry's tags: Obsidian's `tags` and `tag`, zk's `keywords` and `keyword`.
    static let tagKeys: Set<String> = ["tags", "tag", "keywords", "keyword"]

    /// Where properties are written, for `tend explain` to name.
    enum PropertySource {
        /// The YAML front matter: `tags: grief`.
        case frontMatter
        /// A page's first block of fields (Logseq, Dataview): `tags:: grief`.
        case pageProperties
        /// The labelled lines that open the body (``OpeningLines``): `Tags: grief`.
        case openingLines

        /// The key as the person finds it: `front matter 'tags'`, `its 'Tags:' line at the top`.
        func naming(_ written: String) -> String {
            switch self {
            case .frontMatter: "front matter '\(written)'"
            case .pageProperties: "the page property '\(written)::'"
            case .openingLines: "its '\(written):' line at the top"
            }
        }
    }

    /// Reads front matter keys and values (or properties written like them elsewhere, `source`)
    /// into the entry.
    func readProperties(_ pairs: [YAMLPair], into entry: inout Entry, marks: inout KindMarks, trace: inout ReadingTrace?,
                        source: PropertySource = .frontMatter) {
        entry.fields.reserveCapacity(entry.fields.count + pairs.count)
        for pair in pairs {
            let field = Self.fieldValue(pair.value)
            entry.fields[pair.key] = field
            let value = pair.value
            let key = meaning(ofKey: pair.key.normalizedName(), value: value)
            // `gratitude: [Maya, the rain]`, `insights:`, `todo:` as lists of Obsidian's properties.
            // Themes in a page's properties too (`themes:: grief` in a Logseq page's first block).
            if let kind = itemKind(ofKey: key, field: field), source == .frontMatter || kind == .themes {
                if kind == .themes {
                    for item in Self.scalars(value) { marks.writtenThemes += WrittenThemes.split(item.text) ?? [] }
                } else {
                    readItems(value, as: kind, into: &entry)
                }
                note(&trace, line: pair.at.line, kind.itemWord, "\(source.naming(pair.key)) names a section tend reads, so each of its values is an item of it")
                continue
            }
            if trace?.recordsReadings == true, let (what, rule, hint) = Self.role(ofKey: key, named: source.naming(pair.key), written: pair.key,
                                                                                    field: field, value: value) {
                note(&trace, line: pair.at.line, what, rule, hint: hint)
            }
            switch key {
            case "date":
                readDate(value, into: &entry)
                marks.dateKey = pair.key
                marks.dateAt = value.position
            case "created", "created_at", "day", "journal-date", "journal-start-date":
                // Another key's date, when it is one (`date:` wins); otherwise (`day: 3` of an
                // integration) a plain field.
                if let text = value.scalarText, let written = WrittenDate(parsing: text) {
                    guard marks.dateKey == nil else { continue }
                    entry.date = written.date
                    entry.minutes = written.minutes
                    entry.dateSource = .frontMatter
                    marks.dateKey = pair.key
                    marks.dateAt = value.position
                } else if key == "day", case .number(let number) = field {
                    // `day: 3` of an integration is a metric; a number under the others is a time
                    // (Dendron's `created`, ``stampKeys``) or no measure (`journal-date: 3`).
                    entry.metrics[key] = number
                }
            case "type":
                // `type: "[[KAP]]"`: a link to the type's page names it, alone or first in a
                // list (`type: ["[[KAP]]"]`, as Obsidian's own vault template keeps types).
                if let text = (value.scalarText ?? Self.scalars(value).first?.text).map(WikiLinks.names) {
                    entry.type = vocabulary.entryType(written: text)
                    marks.writtenType = text
                    marks.typeAt = value.position
                }
            case "session":
                if let text = value.scalarText, let n = Int(text.trimmingWhitespace()) {
                    entry.session = n
                } else if let text = value.scalarText, !text.isEmpty {
                    // A line at the top may well name a therapy session in words: said, not warned of.
                    if source == .openingLines {
                        note(&trace, line: value.position.line, "session", "its '\(pair.key):' line at the top holds '\(text)', not a journey number like 3, so it was left aside")
                        continue
                    }
                    entry.problems.append(Diagnostic(.warning, line: value.position.line, column: value.position.column,
                        "'session' should be a journey number like 3; it was left aside"))
                }
            case "intention", "intentions":
                entry.intentions += Self.strings(value).map(WikiLinks.shown)
            case "tags", "tag", "keywords", "keyword":
                for tag in Self.tagList(value) {
                    let name = tag.lowercased()
                    if let kind = vocabulary.kindTag(name) { marks.tags.append(kind) }
                    if !vocabulary.isMarker(name) { entry.themes.append(name) }
                }
            case "emotions", "feelings":
                readEmotions(value, into: &entry)
            case "practices":
                readItems(value, as: .practices, into: &entry)
            case "categories", "category":
                for item in Self.scalars(value) {
                    let name = WikiLinks.names(item.text).trimmingWhitespace()
                    if !name.isEmpty { marks.categories.append((name, item.at.line)) }
                }
            case "title":
                if let text = value.scalarText?.trimmingWhitespace(), !text.isEmpty {
                    entry.title = text
                    marks.titleLine = value.position.line
                }
            default:
                // A plain scalar that reads as a number (the field value says so already), or as
                // one out of ten (`mood: 7/10`, read as at the top of the body).
                if let number = Self.metricValue(field, value, key: key) {
                    entry.metrics[key] = number
                } else if case .string(let text) = field, let feeling = moodFeeling(key: key, value: text) {
                    // `mood: anxious`: the feeling, as at the top of the body.
                    addEmotion(named: feeling, intensity: nil, at: value.position, heading: nil, into: &entry)
                    note(&trace, line: value.position.line, "emotion", "\(source.naming(pair.key)) holds '\(feeling)', a feeling, so it is that feeling too")
                }
            }
        }
    }

    /// The kind of item a front-matter key that names a section holds, as Obsidian's list
    /// properties are kept (`gratitude: [Maya, the rain]`, `insights:`, `next_steps:` as *next
    /// steps*, also in the vocabulary's other languages, `Dankbarkeit:`); nil for a key with a
    /// meaning of its own (`emotions`, `intention`, read above), a number or `true` (`todo: 3`
    /// stays a metric), and any other key.
    private func itemKind(ofKey key: String, field: FieldValue) -> SectionKind? {
        switch field {
        case .string, .list: break
        default: return nil
        }
        guard !Self.knownKeys.contains(key) else { return nil }
        return vocabulary.section(forKey: key.replacingDashes())
    }

    /// Each value of a front-matter key that names a section (``itemKind(ofKey:field:)``), as
    /// that section's item, at its own place.
    private func readItems(_ value: YAMLValue, as kind: SectionKind, into entry: inout Entry) {
        if kind == .emotions { return readEmotions(value, into: &entry) }
        for item in Self.scalars(value) {
            // `"[[Maya]]"` reads as Obsidian shows it, as in the body.
            let text = WikiLinks.shown(item.text.trimmingWhitespace())
            guard !text.isEmpty else { continue }
            let source = ItemSource(line: item.at.line, column: item.at.column, heading: nil)
            switch kind {
            case .insights: entry.insights.append(Insight(text: text, source: source))
            case .actions: entry.actions.append(ActionItem(text: text, status: .open, due: nil, done: nil, source: source))
            case .gratitude: entry.gratitude.append(Gratitude(text: text, source: source))
            case .questions: entry.questions.append(Question(text: text, source: source))
            case .intention: entry.intentions.append(text)
            case .emotions, .themes: break
            case .practices:
                let (name, minutes) = ItemParsing.practice(text)
                if !name.isEmpty { entry.practices.append(Practice(name: name, minutes: minutes, source: source)) }
            }
        }
    }

    /// Why a number under one of ``stampKeys`` is no metric, for `tend explain`.
    private static func stampWhy(_ named: String) -> String {
        "\(named) holds a number that says when the note was made or changed, or names it, so it is a field, not a metric"
    }

    /// The metric a value of another key gives: a number, or a plain (unquoted) one out of ten,
    /// or out of five where the key names a rating (`mood: 3/5`) or in stars (`energy: ★★★☆☆`).
    private static func metricValue(_ field: FieldValue, _ value: YAMLValue, key: String) -> Double? {
        // A number's key is looked up only once it holds one: most keys hold words.
        if case .number(let number) = field { return stampKeys.contains(key) ? nil : number }
        guard case .scalar(let text, true, _) = value, let number = metricNumber(text, key: key) else { return nil }
        return stampKeys.contains(key) ? nil : number
    }

    /// What a front-matter key (`named` as ``PropertySource/naming(_:)`` says, `written` as the
    /// person wrote it) is read as, for `tend explain` (its date and type say so themselves),
    /// with a hint when a value that looks like a number is kept as text.
    private static func role(ofKey key: String, named: String, written: String, field: FieldValue,
                             value: YAMLValue) -> (String, String, String?)? {
        switch key {
        case "date", "day", "journal-date", "journal-start-date", "type": return nil
        case "created", "created_at":
            // A date says so itself; a number is Dendron's time (``stampKeys``).
            guard case .number = field else { return nil }
            return ("field", stampWhy(named), nil)
        case "session":
            // A session that is no number is left aside, and says so.
            guard case .number = field else { return nil }
            return ("session", "\(named): the journey this entry belongs to", nil)
        case "intention", "intentions": return ("intention", named, nil)
        case "tags", "tag": return ("themes", "\(named) (the journey, integration and template tags among them are not themes)", nil)
        case "emotions", "feelings": return ("emotion", named, nil)
        case "practices": return ("practice", named, nil)
        case "title": return ("title", named, nil)
        case _ where stampKeys.contains(key):
            guard case .number = field else { return ("field", "\(named), kept as a field", nil) }
            return ("field", stampWhy(named), nil)
        default:
            if metricValue(field, value, key: key) != nil {
                if case .scalar(let text, _, _) = value, metricNumber(text) == nil, let read = OpeningLines.rescaled(key: key, text) {
                    return ("metric", "\(named) holds '\(text)', \(read.readAs), so it is a metric: \(Review.number(read.value)) out of ten", nil)
                }
                return ("metric", "\(named) holds a number, so it is a metric", nil)
            }
            // Mood, anxiety, energy, sleep or stress in a word or a face (`energy: low`, `mood: 😊`),
            // which people chart as numbers: said as the same line at the top is.
            if case .scalar(let text, _, _) = value, let what = OpeningLines.ratingWithoutNumber(key: key, value: text) {
                return ("field", "\(named) holds '\(text)', \(what), not a number, so it is a field, not a metric\(what == "a word" ? OpeningLines.moodWords(key: key) : "")",
                        "write it as '\(written): 6' or '\(written): 6/10' to chart it")
            }
            // A value that starts with a digit was most likely meant as one.
            guard case .scalar(let text, let isPlain, _) = value, text.first?.isASCII == true, text.first?.isNumber == true else {
                return ("field", "\(named), kept as a field", nil)
            }
            if !isPlain, metricNumber(text) != nil {
                return ("field", "\(named) holds '\(text)' in quotes, which YAML keeps as text, so it is a field, not a metric",
                        "write it without quotes, '\(written): \(text)', to read it as a number")
            }
            switch unreadNumber(text) {
            case .withUnit(let number, _):
                return ("field", "\(named) holds '\(text)', a number with its unit, so it is a field, not a metric",
                        "write it as '\(written): \(number)' to read it as a number")
            case .onScale("5") where OpeningLines.namesRating(key):
                return ("field", "\(named) holds '\(text)', a number over five out of five, so it is a field, not a metric",
                        "write it as '\(written): 6' or '\(written): 6/10' to chart it")
            case .onScale("5"):
                let outOfTen = number(text, outOf: "5").map { Review.number($0 * 2) } ?? "6"
                return ("field", "\(named) holds '\(text)', a number out of five, so it is a field, not a metric: \(OpeningLines.outOfFiveWhy)",
                        "write it as '\(written): \(outOfTen)/10' to chart it")
            case .onScale("100") where !OpeningLines.namesRating(key):
                return ("field", "\(named) holds '\(text)', a number out of a hundred, so it is a field, not a metric: \(OpeningLines.percentWhy)",
                        "write it as '\(written): \(OpeningLines.tenthOf(text))/10' to chart it")
            case .onScale(let top):
                return ("field", "\(named) holds '\(text)', a number out of \(top), not out of ten, so it is a field, not a metric",
                        "write it as '\(written): 6' or '\(written): 6/10' to read it as a number")
            case nil: break
            }
            return ("field", "\(named), kept as a field", nil)
        }
    }

    /// `date: 2026-11-03` (a time after it or not); else the vault's own forms and the common
    /// ones with a month's name (`November 3, 2026`, `3 novembre 2026`), as a file name or a
    /// heading is read. A day written with numbers only whose order the vault has not named
    /// (`03/11/2026`) is not guessed: the warning names what it may be and the form to add.
    private func readDate(_ value: YAMLValue, into entry: inout Entry) {
        guard let text = value.scalarText, !text.trimmingWhitespace().isEmpty else { return }
        if let written = WrittenDate(parsing: text) {
            entry.date = written.date
            entry.minutes = written.minutes
            entry.dateSource = .frontMatter
            return
        }
        if let (date, _) = Self.firstDate(in: text, formats: dates.withCommonFormats) {
            entry.date = date
            entry.dateSource = .frontMatter
            return
        }
        var message = "the date '\(text)' is not a date like 2026-11-03 or 2026-11-03 09:30, so it was not used"
        if let day = UnorderedDay(in: text) {
            message = "the date '\(text)' may be \(day.readings), and tend reads such a day only in the form the vault names, so it was not used; "
                + UnorderedDay.configurationHint(day.forms)
        }
        entry.problems.append(Diagnostic(.warning, line: value.position.line, column: value.position.column, message))
    }

    private func readEmotions(_ value: YAMLValue, into entry: inout Entry) {
        if case .mapping(let pairs, _) = value {
            for pair in pairs {
                let intensity = pair.value.scalarText.flatMap { ItemParsing.intensity(in: Substring($0.trimmingWhitespace())) }
                addEmotion(named: WikiLinks.names(pair.key), intensity: intensity, at: pair.at, heading: nil, into: &entry)
            }
            return
        }
        for item in Self.scalars(value) {
            // `"[[Anxiety]]"`, as Obsidian's properties link a feeling's page.
            for part in Self.emotionParts(WikiLinks.names(item.text), lexicon: lexicon) {
                let (name, intensity) = ItemParsing.emotion(part)
                addEmotion(named: name, intensity: intensity, at: item.at, heading: nil, into: &entry)
            }
        }
    }

    /// Adds an emotion named as written, mapping it through the lexicon. An emoji beside the
    /// name (`😢 sad`, `relieved 😌`) is decoration, as in a heading: the feeling is the word
    /// (`written` keeps the emoji).
    func addEmotion(named written: String, intensity: Double?, at: TextPosition, heading: String?, into entry: inout Entry) {
        let asWritten = written.normalizedName()
        guard !asWritten.isEmpty else { return }
        let source = ItemSource(line: at.line, column: at.column, heading: heading)
        if let meaning = Self.feeling(named: asWritten, lexicon: lexicon) {
            entry.emotions.append(Emotion(name: meaning.canonical, family: meaning.family, intensity: intensity, written: asWritten, source: source))
            return
        }
        let word = Lexicon.withoutEmoji(asWritten)
        entry.emotions.append(Emotion(name: word, family: Lexicon.otherFamily, intensity: intensity, written: asWritten, source: source))
        var message = "tend does not know the feeling '\(word)' yet; it is kept as written (family 'other')"
        if let suggestion = lexicon.suggestion(for: word) {
            message = "tend does not know the feeling '\(word)' yet (did you mean '\(suggestion)'?); it is kept as written"
        }
        entry.problems.append(Diagnostic(.warning, line: at.line, column: at.column, message))
    }

    /// The feeling a name (normalized) gives: the lexicon's, or for a longer phrase (`grief in
    /// my chest`, `feeling anxious about work`, `peaceful underneath`) its first word's, after
    /// any that say it was felt or how much; nil when neither is known.
    static func feeling(named name: String, lexicon: Lexicon) -> Lexicon.Meaning? {
        if let meaning = lexicon.meaning(of: name) { return meaning }
        // `😢` alone: the face's feeling (since parser version 61; it was `😢`, family `other`).
        if let face = Lexicon.feeling(ofFace: name) { return lexicon.meaning(of: face) }
        let word = Lexicon.withoutEmoji(name)
        let phrase = Lexicon.withoutDegree(word, orFelt: true)
        guard let first = phrase.split(separator: " ").first, first.count < word.count else { return nil }
        return lexicon.meaning(of: String(first))
    }

    /// The feelings `text` names. `sad, tired, hopeful` is three when every part is a known
    /// feeling, and so are `fear → calm` (a shift: both were felt), `numb, then tender` and
    /// `sad but hopeful`; a part may carry its intensity (`grief 8, relief 4`). When every part
    /// is one word, with its intensity or none, and one at least is known, each is a feeling
    /// too, an unknown one kept as written (`grief 8, lightness 6`), as in a list of its own.
    /// Anything else is one feeling, as a phrase (`grief in my chest`) is its first word. A part
    /// that only says when or how long (`shame, briefly`, `anxious, at times`) is no feeling.
    static func emotionParts(_ text: String, lexicon: Lexicon) -> [String] {
        guard mayNameSeveral(text) else { return [text] }
        let cut = feelingParts(text).map { (part: $0, name: ItemParsing.emotion($0).name) }
        let kept = cut.filter { !Lexicon.onlySaysWhen.contains($0.name) }
        let parts = kept.map(\.part), names = kept.map(\.name)
        guard parts.count > 1 else { return parts.count == 1 && cut.count > 1 ? parts : [text] }
        // A part known by its first word counts (`a bit raw. Peaceful underneath`), as one alone would.
        let known = names.filter { lexicon.meaning(of: $0) != nil || feeling(named: $0.normalizedName(), lexicon: lexicon) != nil }.count
        if known == names.count { return parts }
        let oneWordEach = names.allSatisfy { !$0.isEmpty && !$0.contains(" ") }
        return oneWordEach && known > 0 ? parts : [text]
    }

    /// False when ``feelingParts(_:)`` would find nothing to cut in `text`: no comma, semicolon or
    /// arrow, and no second word. Most feelings are written so, alone with their intensity
    /// (`grief (7)`, `relief – 4/10`); cutting every one cost `tend check` 1.85× the instructions
    /// per entry, and this look first about 1.01×.
    static func mayNameSeveral(_ text: String) -> Bool {
        var afterSpace = false
        return text.unicodeScalars.contains { c in
            defer { afterSpace = c == " " }
            guard c.isASCII else { return OpeningLines.arrowScalars.contains(c) }
            return c == "," || c == ";" || c == ">" || afterSpace && UInt8(c.value).isASCIILetter
        }
    }

    /// `text` cut at commas, semicolons, a sentence's end (`. `) and arrows (`→`, `->`, `=>`), and at the words that join
    /// feelings: `and`, `but`, `then`, `yet`, and the same in German, French, Spanish, Italian,
    /// Portuguese and Dutch (Dutch `en` is left out: French writes `en colère`). Empty when a
    /// piece between two cuts runs longer than a few words: that is prose, not a list of feelings.
    static func feelingParts(_ text: String) -> [String] {
        var pieces: [Substring] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, i = start
        var spaces = 0
        while i < scalars.endIndex {
            let c = scalars[i]
            if c == " " {
                spaces += 1
                // More than a few words before a cut: prose.
                if spaces > 8 { return [] }
            }
            var cutEnd: String.Index?
            if c == "," || c == ";" {
                cutEnd = scalars.index(after: i)
            } else if c == ".", scalars.index(after: i) < scalars.endIndex, scalars[scalars.index(after: i)] == " " {
                // A sentence's end: `Tender, a bit raw. Peaceful underneath.`
                cutEnd = scalars.index(after: i)
            } else if c == "-" || c == "=" || !c.isASCII {
                cutEnd = OpeningLines.arrowEnd(scalars, at: i)
            }
            if let cutEnd {
                pieces.append(text[start..<i])
                start = cutEnd
                i = cutEnd
                spaces = 0
            } else {
                i = scalars.index(after: i)
            }
        }
        pieces.append(text[start...])
        var parts: [String] = []
        for piece in pieces {
            // Cut on bytes: cutting a String on a Character cost fifteen times as much.
            let words = piece.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init)
            var part: [Substring] = []
            for word in words {
                // Every joiner is a short word of ASCII letters: most words are not looked up.
                if word.utf8.count <= 6, word.utf8.allSatisfy(\.isASCIILetter), feelingJoiners.contains(word.lowercased()) {
                    if !part.isEmpty { parts.append(part.joined(separator: " ")) }
                    part = []
                } else {
                    part.append(word)
                }
            }
            if !part.isEmpty { parts.append(part.joined(separator: " ")) }
        }
        return parts
    }

    private static let feelingJoiners: Set<String> = [
        "and", "but", "then", "yet", "und", "aber", "dann", "et", "mais", "puis", "y", "pero", "luego",
        "e", "ma", "poi", "mas", "depois", "maar", "dan",
    ]

    /// A YAML value as a field: plain scalars become numbers, booleans or null; the rest stays text.
    static func fieldValue(_ value: YAMLValue) -> FieldValue {
        switch value {
        case .scalar(let text, let plain, _):
            guard plain else { return .string(text) }
            // Most values are words or numbers; only these first letters can start a null or a boolean.
            switch text.utf8.first {
            case nil, UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                 UInt8(ascii: "f"), UInt8(ascii: "F"): break
            default: return number(text).map(FieldValue.number) ?? .string(text)
            }
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: return number(text).map(FieldValue.number) ?? .string(text)
            }
        case .sequence(let items, _):
            return .list(items.map(fieldValue))
        case .mapping(let pairs, _):
            var map: [String: FieldValue] = [:]
            for pair in pairs { map[pair.key] = fieldValue(pair.value) }
            return .map(map)
        }
    }

    /// What a value that starts with a digit but is no metric was most likely meant as: a
    /// number with its unit (`7h`, `60 mg`), or one on a scale that does not end at ten (`4/7`;
    /// `4/5` too, which is read only for the names of ratings, ``OpeningLines/outOfFive(key:_:)``).
    /// nil for a value that reads as a metric, and for anything else that starts with a digit (a
    /// date, a time, a range, a temperature: `2026-11-20`, `09:30`, `6-7`, `12°C`), which is
    /// text like any other: `tend explain` hints at how to write the first two only.
    enum UnreadNumber: Equatable {
        case withUnit(number: String, unit: String)
        case onScale(top: String)
    }

    static func unreadNumber(_ text: String) -> UnreadNumber? {
        guard text.first?.isASCII == true, text.first?.isNumber == true, metricNumber(text) == nil else { return nil }
        let digits = text.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        let rest = text.dropFirst(digits.count).trimmingWhitespace()
        // `3 out of 7`: a scale said in words, not a unit.
        if let space = rest.lastIndex(of: " "), Int(rest[rest.index(after: space)...]) != nil,
           outOfWords.contains(Substring(rest[..<space].trimmingWhitespace().lowercased())) {
            return .onScale(top: String(rest[rest.index(after: space)...]))
        }
        // `40%`: out of a hundred (read for the names of ratings, ``OpeningLines/percent(key:_:)``).
        if rest == "%", number(String(digits)) != nil { return .onScale(top: "100") }
        if number(String(digits)) != nil, rest.first?.isLetter == true { return .withUnit(number: String(digits), unit: rest) }
        // A rating is never over its scale's top, but for a slip on the two scales people rate
        // on (`6/5`); two measures (`120/80`, `183.4/120.8`, a blood pressure) are no rating.
        let scale = text.split(separator: "/")
        if scale.count == 2, let value = number(String(scale[0])), let top = Int(scale[1].trimmingWhitespace()), top <= 100,
           value <= Double(top) || top == 5 || top == 10 {
            return .onScale(top: String(top))
        }
        return nil
    }

    /// A metric's value wherever it is written (front matter, a field, a line at the top): a
    /// plain number (`6`, `7.5`), or one out of ten (`6/10`, `6 / 10`, the scale people write a
    /// mood on; in words, `6 out of 10`, ``outOfWords``), an emoji before or after it or not
    /// (`7 🙂`, `😊 7`, the same said in a face). A rating out of five is read where its name is
    /// known (``OpeningLines/outOfFive(key:_:)``).
    static func metricNumber(_ text: String) -> Double? {
        // A face before or after the number says the same (`😊 7`, `7 🙂`); only an emoji is set
        // aside (`−3`, a minus sign, stays text).
        let text = ItemParsing.withoutEmojiAround(text).trimmingWhitespace()
        return number(text) ?? number(text, outOf: "10")
    }

    /// ``metricNumber(_:)`` under the name `key` gives it: out of five or of a hundred too where
    /// the name is a rating's, Daylio's mood words for mood, and stars for any name
    /// (``OpeningLines/rescaled(key:_:)``). Every place a metric is written reads its value
    /// here: front matter, a field, a line, a Tracker tag.
    static func metricNumber(_ text: String, key: String) -> Double? {
        metricNumber(text) ?? OpeningLines.rescaled(key: key, text.trimmingWhitespace())?.value
    }

    /// The words between a number and the top of its scale that say it is out of that, in the
    /// languages whose metric names tend reads: `4 out of 10`, `4 of 10`, `4 von 10`, `4 sur
    /// 10`, `4 de 10`, `4 su 10`, `4 van 10`, `4 op 10`.
    static let outOfWords: Set<Substring> = ["out of", "of", "von", "sur", "de", "su", "van", "op"]

    /// The number of `text` when it is written out of `top` (`10` or `5`): `4/10`, `4 / 10`, or
    /// in words, `4 out of 10` (``outOfWords``); nil for any other text, a plain number too.
    static func number(_ text: String, outOf top: String) -> Double? {
        // Most values are plain numbers or words; only one that ends as `top` does can be one.
        guard text.utf8.last == top.utf8.last else { return nil }
        let parts = text.split(separator: "/", maxSplits: 1)
        if parts.count == 2 {
            guard parts[1].trimmingWhitespace() == top else { return nil }
            return number(String(parts[0]))
        }
        guard text.hasSuffix(" " + top), let numberEnd = text.firstIndex(of: " "),
              let value = number(String(text[..<numberEnd])) else { return nil }
        let words = text[numberEnd...].dropLast(top.count + 1).trimmingWhitespace().lowercased()
        return outOfWords.contains(Substring(words)) ? value : nil
    }

    /// A plain YAML number (`6`, `7.5`, `-2`); not a hexadecimal or octal number, `.inf` or a date.
    static func number(_ text: String) -> Double? {
        let t = text.trimmingWhitespace()
        let isNumeric = t.utf8.allSatisfy { $0.isASCIIDigit || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        guard isNumeric, t.utf8.contains(where: \.isASCIIDigit) else { return nil }
        return t.withBytes(ItemParsing.decimal)
    }

    /// Every scalar of a value (a scalar, or a list of scalars), with its place.
    static func scalars(_ value: YAMLValue) -> [(text: String, at: TextPosition)] {
        var found: [(text: String, at: TextPosition)] = []
        collectScalars(value, into: &found)
        return found
    }

    private static func collectScalars(_ value: YAMLValue, into found: inout [(text: String, at: TextPosition)]) {
        switch value {
        case .scalar(let text, _, let at):
            if text.unicodeScalars.contains(where: { !$0.isSpace }) { found.append((text, at)) }
        case .sequence(let items, _):
            for item in items { collectScalars(item, into: &found) }
        case .mapping:
            break
        }
    }

    /// The strings of a scalar or a list.
    static func strings(_ value: YAMLValue) -> [String] {
        scalars(value).map { $0.text.trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    /// Tags from a list (each item one tag, as zk keeps `- tag 2`), or from a string split on
    /// commas or spaces; `#` optional.
    static func tagList(_ value: YAMLValue) -> [String] {
        if case .sequence = value {
            return strings(value).map { $0.hasPrefix("#") ? String($0.dropFirst()).trimmingWhitespace() : $0 }.filter { !$0.isEmpty }
        }
        return strings(value).flatMap(tagWords)
    }

    /// The tags in `tags: grief, #family dad`: split at commas and white space, one `#` taken
    /// off each. On the text's bytes (splitting its characters cost 1.6 % of `tend check`).
    private static func tagWords(_ text: String) -> [String] {
        text.withBytes { b in
            var words: [String] = []
            var start = 0
            func cut(at end: Int) {
                if start < end, b[start] == UInt8(ascii: "#") { start += 1 }
                if start < end { words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)) }
            }
            var i = 0
            while i < b.count {
                let separator = b[i] == UInt8(ascii: ",") ? 1 : b.whitespaceWidth(at: i)
                if separator > 0 {
                    cut(at: i)
                    i += separator
                    start = i
                } else {
                    i += 1
                }
            }
            cut(at: b.count)
            return words
        }
    }
}
