import TendMarkdown

/// Reads an entry's Markdown blocks as ``CommonMark`` hands them on, and collects themes,
/// insights, emotions, actions, practices, gratitude and intentions, each with its place in
/// the file.
struct BodyWalker: MarkdownVisitor {
    let vocabulary: Vocabulary
    let lexicon: Lexicon
    let lines: LineTable
    private(set) var entry: Entry
    /// Adds emotions the way the front matter does.
    private let parser: EntryParser

    /// The open headings, outermost first.
    private var headings: [Heading] = []
    /// The open sections (headings whose own name is in the vocabulary), outermost first.
    private var sections: [Section] = []
    private var themes: Set<String>
    private var bodyIntentions: [String] = []
    /// What says what kind of entry this is: the front matter's marks, then page properties
    /// (`type:: journey`) and tags (`#kap`, `#integration`) as met.
    var marks = KindMarks()
    /// The text of the entry's first heading and its line (it may be the entry's date).
    private(set) var firstHeading: (text: String, line: Int)?
    /// The headings after the first that hold a digit (a day could be named in them), gathered
    /// only for `tend explain` and `tend check` (``EntryParser/noteOtherDays``).
    private(set) var laterHeadings: [(text: String, line: Int)] = []
    /// Every decision, when asked for (``EntryParser/explain(path:bytes:modificationDate:)``).
    var trace: ReadingTrace?
    /// True when the trace records what each part was read as (its words are built only then).
    @inline(__always) private var tracing: Bool { trace?.recordsReadings == true }

    private struct Heading {
        var level: Int
        var name: String
        /// How many list items were open around the heading: a heading written inside a list
        /// item (a Logseq block `- ## Insights`) that holds blocks of its own ends with that item.
        var itemDepth: Int
        /// True once a list item was nested inside the heading's own item.
        var holdsItems = false
        /// True once a list item came under it (for `tend check` hints).
        var listSeen = false
    }

    /// A known section, open until a heading of the same or a higher level.
    private struct Section {
        var level: Int
        var kind: SectionKind
        var name: String
        /// The heading as read, for how it matched in `tend explain`.
        var written: SectionName
        /// As for ``Heading/itemDepth`` and ``Heading/holdsItems``.
        var itemDepth: Int
        var holdsItems = false
        var hasList = false
        /// Paragraphs that are items only if the section holds no list, decided when it closes.
        var pending: [Pending] = []
        /// True for a section a label line opened (`Takeaways:` above a list, ``openLabel(_:at:)``),
        /// which holds only the block below it.
        var isLabel = false
        /// True for a section a worksheet's prompt opened (`What did I learn?`), whose answer may
        /// begin `A:`, which is no part of it.
        var isQuestion = false
        /// True once that block has begun.
        var tookBlock = false
    }

    /// The level given to a label line's section and heading: below every heading's, so any
    /// heading ends it.
    private static let labelLevel = 7

    private struct Pending {
        var text: String
        var source: ItemSource
        var heading: String?
        /// True for one line of a paragraph whose lines are items each (``lineItems(_:heading:)``).
        var isLine = false
    }

    /// How many list items are open.
    private var itemDepth = 0

    /// What the tags of one paragraph asked for.
    private struct Markers {
        var insight = false
        var action = false
    }

    init(vocabulary: Vocabulary, lexicon: Lexicon, lines: LineTable, entry: Entry) {
        self.vocabulary = vocabulary
        self.lexicon = lexicon
        self.lines = lines
        self.entry = entry
        parser = EntryParser(vocabulary: vocabulary, lexicon: lexicon)
        themes = Set(entry.themes)
        inLogseqGraph = Logseq.isGraphFile(entry.path)
        bracketTags = inLogseqGraph || Roam.isDailyPage(entry.path)
    }

    /// True for a file of a Logseq graph.
    private let inLogseqGraph: Bool
    /// True for a file of a Logseq graph or a Roam day's page, where `#[[inner child]]` is a tag
    /// (elsewhere, as zk's Neuron notes write it, a link).
    private let bracketTags: Bool

    /// The tags of `text` (``TagScanner/tags(in:bracketTags:)``), those in brackets where they are tags.
    private func tags(in text: String) -> [FoundTag] {
        TagScanner.tags(in: text, bracketTags: bracketTags)
    }

    /// The open block quotes, outermost first: each is a callout once its first line says so.
    private var quotes: [Quote] = []
    /// True once the entry's first block is read (only it may hold page properties).
    private var firstBlockRead = false
    /// The lines of the labelled lines that open the body (``OpeningLines``): in a paragraph of
    /// labelled lines they are passed over, not read as its prose.
    var openingLines: Set<Int> = []
    /// The labelled lines below the opening ones that rate something (`Mood: 6/10` in a
    /// check-in paragraph or list item; ``OpeningLines/isRating(_:)``), in order. The parser
    /// reads their numbers after the opening lines' (``EntryParser``).
    private(set) var ratingLines: [OpeningLines.Line] = []
    /// The lines of those whose number is read: a paragraph's labelled items pass over them.
    private var ratingLineNumbers: Set<Int> = []
    /// The label the nearest heading gives the lines under it when it names a rating
    /// (``OpeningLines/ratingHeading(key:)``): `## Mood` over `Before: 3` or `6/10`.
    private var ratingHeading: OpeningLines.Line?
    /// The half of a pair the nearest heading that names one gives the ratings under it
    /// (``OpeningLines/pairHalf(ofHeading:)``): `## After the session` over `Mood: 7`.
    private var halfHeading: (level: Int, half: String)?

    private struct Quote {
        var holdsList: Bool
        /// False until the quote's first block is read (only it may open a callout).
        var firstBlockRead = false
        var callout: Callout?
        var kind: SectionKind?
        /// The title of a callout whose type names a section and whose title names none (`>
        /// [!insight] The fear is old`): its item, when the callout holds nothing else.
        var titleItem: Pending?
        /// True once the quote holds a block, or a line, besides its first line.
        var bodySeen = false
    }

    /// Where the innermost callout that names a section is in `quotes` (most text is in none).
    @inline(__always) private var sectionCallout: Int? { quotes.isEmpty ? nil : quotes.lastIndex { $0.kind != nil } }

    // These are read several times for every list item. Called out of line from a mutating
    // method, each read copied the whole walker (809 bytes) first: 83,000 copies, 8.7 M
    // instructions over 1,000 bench entries.
    @inline(__always) private var section: SectionKind? { sectionCallout.map { quotes[$0].kind } ?? sections.last?.kind }
    @inline(__always) private var headingName: String? { sectionCallout.map { quotes[$0].callout?.name } ?? headings.last?.name }

    // MARK: - Block quotes and callouts

    mutating func blockQuoteStarted(holdsList: Bool) {
        if let last = quotes.indices.last { quotes[last].bodySeen = true }
        quotes.append(Quote(holdsList: holdsList))
    }

    mutating func otherBlock() {
        if let last = quotes.indices.last { quotes[last].bodySeen = true }
    }

    mutating func blockQuoteEnded() {
        let quote = quotes.removeLast()
        // `> [!todo] Call Dana`, a callout of its title alone: the title is the item (since
        // parser version 61; it was passed over as a label with nothing under it).
        guard let item = quote.titleItem, !quote.bodySeen, let kind = quote.kind else { return }
        let words = "— the title of the \"\(quote.callout?.type ?? "")\" callout, which holds nothing else"
        switch kind {
        case .intention:
            bodyIntentions.append(item.text)
            if tracing { note(TextPosition(line: item.source.line, column: item.source.column), "intention", words) }
        case .practices:
            addPractice(item.text, source: item.source)
            if tracing { note(TextPosition(line: item.source.line, column: item.source.column), "practice", words) }
        default:
            addParagraph(item, as: kind, sectionWords: words)
        }
    }

    // MARK: - List items' extent

    /// Logseq writers put a heading block's contents either under it (children) or after it
    /// (siblings): an item nested in a heading's own item says it is the first kind.
    mutating func listItemStarted() {
        itemDepth += 1
        // A label's list (`Takeaways:` and the items below it) is the one block it holds.
        if let last = sections.indices.last, sections[last].isLabel, itemDepth == sections[last].itemDepth + 1 {
            sections[last].tookBlock = true
        }
        if let last = headings.indices.last, headings[last].itemDepth > 0, itemDepth > headings[last].itemDepth {
            headings[last].holdsItems = true
        }
        if let last = sections.indices.last, sections[last].itemDepth > 0, itemDepth > sections[last].itemDepth {
            sections[last].holdsItems = true
        }
    }

    /// A heading written inside the item that ends (a Logseq block `- ## Insights` with its
    /// children) ends with it; a heading block with no children goes on over the blocks after
    /// it, as a heading of its level does.
    mutating func listItemEnded() {
        itemDepth -= 1
        // A list item that is a label (`- Gratitude:`) holds only the items nested in it.
        while let last = sections.last, last.isLabel, last.itemDepth > itemDepth { closeLabel() }
        while let last = headings.last, last.itemDepth > itemDepth, last.holdsItems { headings.removeLast() }
        while let last = sections.last, last.itemDepth > itemDepth, last.holdsItems { closeSection() }
    }

    /// Notes that the innermost quote's first block is read; when that block is a paragraph
    /// opening with `[!type]`, the quote is a callout.
    private mutating func readQuoteOpening(_ first: InlineText?) {
        guard let last = quotes.indices.last else { return }
        guard !quotes[last].firstBlockRead else {
            quotes[last].bodySeen = true
            return
        }
        quotes[last].firstBlockRead = true
        guard let first, let callout = Callout(firstLine: first.lines[0].display) else { return }
        quotes[last].callout = callout
        quotes[last].kind = callout.section(in: vocabulary)
        quotes[last].bodySeen = first.lines.count > 1
        if quotes[last].kind != nil, !callout.title.isEmpty, vocabulary.section(forHeading: callout.title) == nil {
            var at = place(of: first.lines[0])
            if let found = lines.find(callout.title, line: at.line, fromByteColumn: 1) {
                at.column = lines.characterColumn(line: at.line, byteColumn: found)
            }
            let text = WikiLinks.shown(cleaned(callout.title))
            if !text.isEmpty {
                quotes[last].titleItem = Pending(text: text, source: ItemSource(line: at.line, column: at.column, heading: callout.type),
                                                 heading: callout.type)
            }
        }
    }


    /// Where a line of a paragraph starts in the file (its first line's start when unknown).
    private func place(of line: InlineText.Line) -> TextPosition {
        line.start.map(lines.position(of:)) ?? TextPosition(line: 1, column: 1)
    }

    /// Records a decision in the trace. Callers check `tracing` first, so that no rule
    /// text is built in an ordinary parse.
    private mutating func note(_ at: TextPosition, _ what: String, _ rule: String, hint: String? = nil) {
        trace?.readings.append(ReadingTrace.Reading(line: at.line, column: at.column, what: what, rule: rule, hint: hint))
    }

    /// Where the nearest heading stands, in words: `under "💡 Insights" (matched without its emoji)`.
    private var placeWords: String {
        guard let open = sections.last else {
            return headingName.map { "under \"\($0)\"" } ?? "outside any section"
        }
        if let name = headingName, name != open.name { return "under \"\(name)\" inside \"\(open.name)\"" }
        return "under \"\(open.name)\"" + open.written.howMatched
    }

    /// The hint for a part that sits under no known section.
    private var unknownSectionHint: String? {
        // Under a heading that names a rating (`## Mood`) its prose is prose, not a section's.
        guard sections.isEmpty, ratingHeading == nil || sectionCallout != nil, let name = headingName else { return nil }
        // An entry's title (`# Journey 6 · Tuesday 24 November 2026`) is not a section to name.
        if sectionCallout == nil, headings.count == 1, headings[0].level == 1, name == firstHeading?.text { return nil }
        // A heading with no words (`## 2026-11-04`, `## ***`) names nothing a config could list,
        // and one that names a rating (`## Mood: 6/10`) is no section to add.
        let key = SectionName(name).key
        if key.isEmpty || OpeningLines.ratingHeading(key: key) != nil || vocabulary.headsNoSection(name) { return nil }
        return vocabulary.configHint(adding: name, as: vocabulary.likelyKind(ofHeading: name)) + " to read it"
    }

    // MARK: - Headings

    /// A heading opens a section; a heading tend doesn't know stays in the section around it.
    mutating func heading(level: Int, text content: InlineText, at: SourcePoint) {
        readQuoteOpening(nil)
        firstBlockRead = true
        _ = scanTags(content, heading: nil, itemIsCarrier: false)
        let name = removingTags(content.displayText)
        let start = content.start ?? at
        if firstHeading == nil {
            firstHeading = (name, start.line)
        } else if trace != nil, name.withBytes({ $0.contains(where: \.isASCIIDigit) }) {
            laterHeadings.append((name, start.line))
        }
        if level == 1, entry.title.isEmpty {
            entry.title = name
            marks.titleLine = start.line
        }
        while let last = headings.last, last.level >= level { headings.removeLast() }
        while let last = sections.last, last.level >= level { closeSection() }
        headings.append(Heading(level: level, name: name, itemDepth: itemDepth))
        let written = SectionName(name)
        ratingHeading = nil
        if let open = halfHeading, open.level >= level { halfHeading = nil }
        if let kind = vocabulary.section(forKey: written.key) {
            sections.append(Section(level: level, kind: kind, name: name, written: written, itemDepth: itemDepth))
            if tracing { note(lines.position(of: start), "section", "\"\(name)\" starts \(kind.rawValue)" + written.howMatched) }
        } else if written.hadNumber, readRatingValues(name, at: lines.position(of: start)) {
            // `## Mood: 6/10`, `## Mood 6/10`: a check-in written as a heading; `tend explain` names the metric.
        } else if let rating = OpeningLines.ratingHeading(key: written.key) {
            ratingHeading = rating
            if tracing { note(lines.position(of: start), "heading", "\"\(name)\" names a rating: a number under it (`Before: 3`, `6/10`) is its \(rating.label)") }
        } else if let half = OpeningLines.pairHalf(ofHeading: written.key) {
            halfHeading = (level, half)
            if tracing { note(lines.position(of: start), "heading", "\"\(name)\" names the time \(half) the journey: a rating under it is that half of its pair (`Mood: 7` is mood_\(half))") }
        } else if let open = sections.last {
            if tracing { note(lines.position(of: start), "heading", "\"\(name)\" is not a section name, so it stays inside \"\(open.name)\"") }
        } else {
            if tracing { note(lines.position(of: start), "heading", "\"\(name)\" is not a known section name") }
        }
    }

    /// Opens the section a line of only a section's name names (`Takeaways:`, `**Gratitude**`,
    /// ``SectionLabel``), as a heading of that
    /// name would, for the one block below it: a list (with what is nested in it), or a
    /// paragraph. The next paragraph beside it, heading or label ends it.
    private mutating func openLabel(_ label: SectionLabel, at: SourcePoint) {
        headings.append(Heading(level: Self.labelLevel, name: label.name, itemDepth: itemDepth))
        let written = SectionName(label.name)
        sections.append(Section(level: Self.labelLevel, kind: label.kind, name: label.name, written: written, itemDepth: itemDepth,
                                isLabel: true, isQuestion: label.form == .question))
        if tracing {
            note(lines.position(of: at), "section", "\"\(label.written)\" starts \(label.kind.rawValue)\(written.howMatched): \(label.rule)")
        }
    }

    /// Closes the section a label line opened, and its heading.
    private mutating func closeLabel() {
        closeSection()
        if headings.last?.level == Self.labelLevel { headings.removeLast() }
    }

    /// Before a paragraph beside a label line's section (not inside its list): true when the
    /// paragraph is the one block the label holds (it ends after it); a label whose block was
    /// a list ends here.
    private mutating func paragraphMeetsLabel() -> Bool {
        guard let last = sections.indices.last, sections[last].isLabel, itemDepth <= sections[last].itemDepth else { return false }
        if sections[last].tookBlock || itemDepth < sections[last].itemDepth {
            closeLabel()
            return false
        }
        sections[last].tookBlock = true
        return true
    }

    /// True when a steps heading's name (``SectionName/key``, lower-cased) names a single step, or
    /// what the person will do: `one small step i will take`, `next step`, `this week i will`,
    /// `i commit to`. Asked of every paragraph under steps: looked for on the bytes (splitting
    /// the name into words cost `tend check` 1 % of its instructions).
    private static func namesOneStep(_ key: String) -> Bool {
        key.hasSuffix("step") || key.containsBytes(of: "step ") || key.containsBytes(of: " will") || key.hasPrefix("will ")
            || key.containsBytes(of: "i'll") || key.containsBytes(of: "i’ll") || key.containsBytes(of: "commit")
    }

    /// Closes the innermost section: its paragraphs are items when it held no list.
    private mutating func closeSection() {
        guard let closing = sections.popLast() else { return }
        for paragraph in closing.pending {
            guard !closing.hasList else {
                if readInsightLead(paragraph, placeWords: "under \"\(closing.name)\" beside its list") { continue }
                let at = TextPosition(line: paragraph.source.line, column: paragraph.source.column)
                if tracing { note(at, "skipped", "prose under \"\(closing.name)\" — the section holds a list, so its list items are the \(closing.kind.rawValue)") }
                continue
            }
            addParagraph(paragraph, as: closing.kind, sectionWords: "under \"\(closing.name)\"" + closing.written.howMatched + " — the section holds no list")
        }
    }

    /// A paragraph of a section that holds no list: an insight, a gratitude item, or feelings
    /// when every word of it is a feeling word. `sectionWords` are only built for `tend explain`.
    private mutating func addParagraph(_ paragraph: Pending, as kind: SectionKind, sectionWords: @autoclosure () -> String) {
        let at = TextPosition(line: paragraph.source.line, column: paragraph.source.column)
        switch kind {
        case .insights:
            entry.insights.append(Insight(text: paragraph.text, source: paragraph.source))
        case .gratitude:
            entry.gratitude.append(Gratitude(text: paragraph.text, source: paragraph.source))
        case .questions:
            entry.questions.append(Question(text: paragraph.text, source: paragraph.source))
        case .actions:
            addAction(text: paragraph.text, status: .open, tags: [], source: paragraph.source)
        case .emotions:
            // Prose about feelings is not a list of them: only words the lexicon knows are read.
            // Parts already make a list of feelings (``EntryParser/emotionParts(_:lexicon:)``); one must be a feeling.
            let parts = EntryParser.emotionParts(String(paragraph.text.droppingFinalStops()), lexicon: lexicon)
            guard parts.count > 1 || lexicon.meaning(of: ItemParsing.emotion(parts[0]).name) != nil else {
                // `I feel tender.` under `## How I feel`: the feelings the sentence names.
                if let lead = FeelingLead(paragraph.text, lexicon: lexicon), addFeelingsSaid(lead.text, at: at, heading: paragraph.heading) {
                    if tracing { note(at, "emotion", "a line \(sectionWords()) that begins '\(lead.lead)'") }
                    return
                }
                if readInsightLead(paragraph, placeWords: sectionWords()) { return }
                if tracing { note(at, "skipped", "prose \(sectionWords()) — only a paragraph of feeling words (sad, hopeful) is read as feelings") }
                return
            }
            addEmotions(paragraph.text, at: at, heading: paragraph.heading)
        case .themes:
            addThemes(paragraph.text, at: at, placeWords: (paragraph.isLine ? "a line of its own " : "paragraph ") + sectionWords())
            return
        default:
            return
        }
        if tracing { note(at, kind.itemWord, (paragraph.isLine ? "a line of its own " : "paragraph ") + sectionWords()) }
    }

    /// A paragraph its section leaves aside (prose beside the section's list, prose that names no
    /// feelings) that begins by saying what was seen (`I realized that…`, ``InsightLead``) is
    /// an insight; false for any other.
    private mutating func readInsightLead(_ paragraph: Pending, placeWords: @autoclosure () -> String) -> Bool {
        guard let lead = InsightLead(paragraph.text) else { return false }
        entry.insights.append(Insight(text: lead.text, source: paragraph.source))
        if tracing {
            note(TextPosition(line: paragraph.source.line, column: paragraph.source.column), "insight",
                 "prose \(placeWords()) that begins '\(lead.lead)'")
        }
        return true
    }

    /// The lines of a paragraph under a section that reads paragraphs, each an item of its own
    /// at its own place, when they are a list written without a list's marks (``LineItems``).
    private func lineItems(_ content: InlineText, heading: String?) -> [Pending]? {
        guard content.lines.count >= 2, let texts = LineItems.texts(of: content.lines.map(\.display)) else { return nil }
        var items: [Pending] = []
        for (line, text) in zip(content.lines, texts) {
            let item = WikiLinks.shown(cleaned(text))
            guard !item.isEmpty else { continue }
            let at = place(of: line)
            items.append(Pending(text: item, source: ItemSource(line: at.line, column: at.column, heading: heading), heading: heading, isLine: true))
        }
        return items
    }

    // MARK: - Paragraphs

    mutating func paragraph(_ paragraph: InlineText, at: SourcePoint) {
        var written = paragraph
        readQuoteOpening(written)
        var labelsBlock = paragraphMeetsLabel()
        defer { if labelsBlock { closeLabel() } }
        // `Takeaways:` over a list, or over the lines below it: the lines are its block.
        var labels = 0
        while quotes.isEmpty, labels < written.lines.count,
              let label = SectionLabel(written.lines[labels].display, at: written.lines[labels].start,
                                       mayHoldColon: written.mayHoldFields, isWholeParagraph: written.lines.count == 1,
                                       vocabulary: vocabulary, lines: lines),
              // Under questions to bring, a prompt is one of them (`How am I feeling?`).
              label.form != .question || section != .questions {
            if labelsBlock { closeLabel() }   // two labels in a row: the first holds nothing
            firstBlockRead = true
            openLabel(label, at: written.lines[labels].start ?? at)
            labels += 1
            labelsBlock = labels < written.lines.count && paragraphMeetsLabel()
        }
        if labels == written.lines.count { return }   // the last label waits for the block below it
        if labels > 0 {
            written = InlineText(lines: Array(written.lines[labels...]), mayHoldTags: written.mayHoldTags, mayHoldFields: written.mayHoldFields)
        }
        // An Obsidian callout's title line (`> [!note] Title`) is a label, not part of an item.
        var content = written.droppingCalloutTitle()
        let heading = headingName
        let markers = scanTags(written, heading: heading, itemIsCarrier: true)
        if !firstBlockRead { readPageProperties(content) }
        firstBlockRead = true
        let carrier = readInlineFields(content, heading: heading, isStepText: markers.action)
        let start = content.start ?? at
        guard !carrier else {
            if tracing { note(lines.position(of: start), "field", "a Dataview field line (key:: value)") }
            return
        }
        // `6/10` alone under `## Mood` is the mood.
        if let heading = ratingHeading, content.lines.count == 1, readBareRating(content, heading: heading) { return }
        if let table = PipeTable(content) {
            readTable(table, content: content, heading: heading)
            return
        }
        if content.mayHoldFields
            || content.lines.contains(where: { OpeningLines.mayRateWithoutLabel($0.display) }) {
            // A check-in's lines are metrics, the rest of the paragraph what it is.
            guard let rest = readRatingLines(content) else { return }
            content = rest
        }
        if content.mayHoldFields, readLabelledLines(content, heading: heading) { return }
        let kind = section
        if kind == .practices, readMarkedLines(content, heading: heading) { return }
        // `I'm grateful for the rain.`, `I realized that…`, `Feeling a bit anxious this morning.`,
        // `Feelings — relief, awe` and `TODO call mom` with no section over it. A paragraph
        // marked an insight or a step is that item, and its gratitude too.
        if kind == nil, markers.insight || markers.action {
            _ = readLeads([.gratitude], in: content, heading: heading)
        } else if kind == nil, readLeads([.colonLabel, .dashLabel, .taskMarker, .gratitude, .insight, .feeling], in: content, heading: heading) {
            return
        }
        let sectionWantsParagraphs: Bool
        switch kind {
        case .insights, .gratitude, .questions, .emotions, .intention, .themes: sectionWantsParagraphs = true
        // `### What is one small step?` over `Call the clinic.`: a prompt's answer, when no list follows.
        // So is one under a heading that names a single step or what the person will do (`###
        // One small step I will take this week` over `Call my aunt.`; since parser version 61).
        // Other prose under steps stays prose: a page's `## TODO` part often explains.
        case .actions: sectionWantsParagraphs = sectionCallout == nil && sections.last.map { $0.isQuestion || $0.name.hasSuffix("?") || Self.namesOneStep($0.written.key) } == true
        default: sectionWantsParagraphs = false
        }
        // Most prose is neither an item nor in a section that collects paragraphs:
        // its text is never built.
        guard markers.insight || markers.action || sectionWantsParagraphs else {
            // Prose under steps or practices: only a line that says what was seen is read, and
            // under steps a line that begins with a task's marker (`TODO call the clinic`).
            if kind != nil, readLeads(kind == .actions ? [.taskMarker, .insight] : [.insight], in: content, heading: heading) { return }
            if tracing, removingTags(content.displayText).isEmpty {
                let tags = self.tags(in: content.displayText).map(\.name)
                // A callout's opening line alone (`> [!todo]` over a list) holds nothing to name.
                if tags.isEmpty { return }
                let kinds = tags.filter(vocabulary.isStructural)
                note(lines.position(of: start), "tags", tags.map { "#" + $0 }.joined(separator: " ")
                     + (kinds.isEmpty ? "" : " (\(kinds.map { "#" + $0 }.joined(separator: ", ")) say\(kinds.count == 1 ? "s" : "") what kind of note this is, so not a theme)"))
                return
            }
            // `Date:` and `Tags:` lines at the top: their own notes say how each was read.
            if tracing, content.lines.allSatisfy({ $0.start.map { openingLines.contains($0.line) } ?? false }) { return }
            if tracing { note(lines.position(of: start), "skipped", "prose " + placeWords + (sections.isEmpty && heading != nil ? " — not a known section" : kind.map { " — paragraphs under \($0.rawValue) are not read as items" } ?? ""),
                 hint: unknownSectionHint) }
            return
        }
        var display = content.displayText
        // `A: That I can rest.` under `Q: What did I learn?`.
        if sections.last?.isQuestion == true, let answer = SectionLabel.withoutAnswerMark(display) { display = answer }
        let text = cleaned(display, tags: tags(in: display), isFolded: true)
        guard !text.isEmpty else { return }
        // The paragraph's first line left once a check-in's lines are taken out (`Slept 7 hours.`
        // over `Rest is allowed.` under *Insights* is the insight at its own line).
        let position = lines.position(of: content.start ?? start)
        let source = ItemSource(line: position.line, column: position.column, heading: heading)
        // A step keeps its Dataview fields as written until they are taken out (addAction).
        let shown = WikiLinks.shown(text)
        if sectionWantsParagraphs, let kind {
            let paragraph = Pending(text: shown, source: source, heading: heading)
            if kind == .intention {
                bodyIntentions.append(shown)
                if tracing { note(position, "intention", "paragraph " + placeWords) }
            } else if let index = sectionCallout {
                let callout = quotes[index]
                // A callout's extent is known when it opens: its paragraphs are decided at once.
                if callout.holdsList {
                    if tracing { note(position, "skipped", "prose in the \"\(callout.callout?.name ?? "")\" callout — it holds a list, so its list items are the \(kind.rawValue)") }
                } else {
                    for item in lineItems(content, heading: heading) ?? [paragraph] {
                        addParagraph(item, as: kind, sectionWords: "in the \"\(callout.callout?.name ?? "")\" callout")
                    }
                }
            } else {
                sections[sections.count - 1].pending += lineItems(content, heading: heading) ?? [paragraph]
            }
        }
        if markers.insight {
            entry.insights.append(Insight(text: shown, source: source))
            if tracing { note(position, "insight", "tagged #insight") }
        }
        if markers.action {
            addAction(text: text, status: .open, tags: [], source: source)
            if tracing { note(position, "action", "tagged #action") }
        }
    }

    /// A paragraph whose first line starts with a section name and a colon (`Insight: …`,
    /// `**Feelings:** sad, hopeful`): each of its lines that starts with a label is an item of
    /// that kind; a line without one continues the item above. The labelled lines that open
    /// the body (`Date:`, `Mood: 6`) are passed over first. False when no line before the first
    /// label is passed over, or none has one (then the paragraph is read as usual).
    private mutating func readLabelledLines(_ content: InlineText, heading: String?) -> Bool {
        var items: [(label: LabelledLine, at: TextPosition)] = []
        var passedOver: [(label: String, at: TextPosition)] = []
        var fieldBlock: Bool?
        for line in content.lines {
            let display = line.display.trimmingWhitespace()
            if let label = labelledLine(display) {
                let at = place(of: line)
                items.append((label, at))
            } else if let number = line.start?.line, openingLines.contains(number) || ratingLineNumbers.contains(number) {
                // `Date:`, `Mood: 6`, `Tags: grief` above `Feelings: calm`: read by their own rules.
                continue
            } else if LabelledLine.hasLabel(display), Self.isFieldBlock(content, found: &fieldBlock) {
                // `**Dose:** 100 mg` beside `**Intention:** …`: a field of the person's own.
                if tracing {
                    let label = String(display.prefix { $0 != ":" })
                    passedOver.append((label, place(of: line)))
                }
                continue
            } else if items.isEmpty {
                return false
            } else {
                items[items.count - 1].label.text += " " + display
            }
        }
        guard !items.isEmpty else { return false }
        for (label, at) in items { addLabelled(label, at: at, heading: heading) }
        for (label, at) in passedOver {
            note(at, "skipped", "its '\(label):' line is a label of your own, not a section tend reads; the labelled lines beside it are read on their own")
        }
        return true
    }

    /// True when every line of `content` is `Label: value` (a block of fields, whose labels
    /// tend does not know are passed over), worked out the first time it is asked, into `found`.
    private static func isFieldBlock(_ content: InlineText, found: inout Bool?) -> Bool {
        if let found { return found }
        let all = content.lines.allSatisfy { LabelledLine.hasLabel($0.display.trimmingWhitespace()) }
        found = all
        return all
    }

    /// A table's rows: under a feelings heading each row is a feeling (`| grief | 7 |`: its
    /// cells read as `grief 7`); under a practices heading, or in a table whose first column is
    /// named so (`| Habit | Done |`), a row that marks a practice done or not is one, as a
    /// habit tracker writes it (`| Meditation | ✅ |`, ``PracticeMark/init(row:)``); anywhere, a
    /// row that rates something is a metric (`| Mood | 6 |` as `Mood: 6`), and so is each column
    /// of a table of one row under a header of labels (`| Mood | Sleep |` over `| 6 | 7.5 |`).
    /// Any other table is passed over, and `tend explain` says so: its rows are not items.
    private mutating func readTable(_ table: PipeTable, content: InlineText, heading: String?) {
        func place(_ row: Int) -> TextPosition {
            self.place(of: content.lines[row])
        }
        let tracksPractices = section == .practices
            || table.header.first.map { vocabulary.section(forHeading: $0) == .practices } == true
        // `| Emotion | Intensity |` over `| grief | 7 |`: a table of feelings, as under a feelings heading.
        let holdsFeelings = section == .emotions
            || table.header.first.map { vocabulary.section(forHeading: $0) == .emotions } == true
        // `| Situation | Automatic thought | Emotion (0-100) |`, a CBT thought record: the column of
        // feelings, when it is not the first (since parser version 61; such a table was passed over).
        let feelingsColumn = table.header.indices.dropFirst().first { vocabulary.section(forHeading: table.header[$0]) == .emotions }
        let halfColumns = OpeningLines.pairColumns(of: table.header)
        var read = false
        for row in table.rows {
            let at = place(row.line)
            let rowHalf = halfColumns.isEmpty ? row.cells.first.flatMap { OpeningLines.pairHalf(ofHeading: SectionName($0).key) } : nil
            if tracksPractices, let marked = PracticeMark(row: row.cells) {
                read = true
                if marked.done {
                    addPractice(WikiLinks.shown(marked.text), source: ItemSource(line: at.line, column: at.column, heading: heading))
                    if tracing { note(at, "practice", "table row " + placeWords + ", marked done ('\(marked.mark)')") }
                } else if tracing {
                    let how = marked.mark.isEmpty ? "left unmarked" : "marked not done ('\(marked.mark)')"
                    note(at, "skipped", "table row " + placeWords + " " + how + " — a practice not done that day")
                }
            // `| | Before | After |` over `| Mood | 3 | 7 |`: mood_before 3 and mood_after 7.
            } else if !halfColumns.isEmpty, row.cells.count >= 2,
                      readPairRow(row.cells, halves: halfColumns, labels: nil, at: at) {
                read = true
            // `| | Mood | Anxiety |` over `| Before | 3 | 8 |`: each column's half, the row's.
            } else if let half = rowHalf, table.header.count >= 2,
                      readPairRow(row.cells, halves: [:], labels: (table.header, half), at: at) {
                read = true
            // `| Mood | 6 |` rates the day under a feelings heading too; `| anxious | 6 |` is a feeling.
            } else if row.cells.count >= 2, readRatingLine("\(row.cells[0]): \(row.cells[1])", at: at, inTable: true) {
                read = true
                // `| Mood | 4 | 6 |` under `| | Morning | Evening |`: the first is the mood.
                let others = zip(table.header, row.cells).dropFirst(2).filter { !$0.1.isEmpty }
                if tracing, !others.isEmpty {
                    let written = others.map { $0.0.isEmpty ? "'\($0.1)'" : "'\($0.1)' under \($0.0)" }.joined(separator: ", ")
                    note(at, "skipped", "the row's other cells (\(written)) are left aside: an entry keeps one \(row.cells[0].lowercased()), the first written",
                         hint: "write '\(row.cells[0]) before:' and '\(row.cells[0]) after:' rows to keep two")
                }
            } else if let column = feelingsColumn {
                guard column < row.cells.count, !row.cells[column].isEmpty else { continue }
                let cell = row.cells[column]
                var at = at
                if let found = lines.find(cell, line: at.line, fromByteColumn: 1) { at.column = lines.characterColumn(line: at.line, byteColumn: found) }
                addEmotions(Self.outOfAHundred(table.header[column]) ? Self.percentages(cell) : cell, at: at, heading: heading)
                if tracing { note(at, "emotion", "a cell under the column headed \"\(table.header[column])\"") }
                read = true
            } else if holdsFeelings {
                let text = row.cells.filter { !$0.isEmpty }.joined(separator: " ")
                guard !text.isEmpty else { continue }
                addEmotions(text, at: at, heading: heading)
                if tracing {
                    note(at, "emotion", section == .emotions ? "table row " + placeWords : "table row under a column headed \"\(table.header[0])\"")
                }
                read = true
            // A worksheet's prompt and answer: `| What did you learn? | The fear is old. |`.
            } else if table.header.count == 2, readPromptRow(row.cells, at: at, heading: heading) {
                read = true
            }
        }
        if !read, section != .emotions, table.rows.count == 1 {
            let at = place(table.rows[0].line)
            for (label, value) in zip(table.header, table.rows[0].cells) where readRatingLine("\(label): \(value)", at: at, inTable: true) {
                read = true
            }
        }
        if !read, tracing, let start = content.start {
            note(lines.position(of: start), "skipped", "a table " + placeWords
                 + " — from a table tend reads feelings under a feelings heading or a column headed Feelings, practices marked done or not under a practices heading, like | Walk | ✅ |, rows that rate something, like | Mood | 6 |, and rows whose first cell names a section, like | Intention | rest |")
        }
    }

    /// True when a column's heading says its numbers are out of a hundred: `Emotion (0-100)`,
    /// `Feelings (%)`, as a CBT thought record rates them.
    private static func outOfAHundred(_ header: String) -> Bool {
        header.contains("100") || header.contains("%")
    }

    /// `shame 80, guilt 40` as `shame 80%, guilt 40%`: each bare number of up to three digits a
    /// percentage, which a feeling's intensity reads as tenths (80% is 8).
    private static func percentages(_ cell: String) -> String {
        cell.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let digits = word.prefix { $0.isASCII && $0.isNumber }
            let rest = word.dropFirst(digits.count)
            guard !digits.isEmpty, digits.count <= 3, rest.isEmpty || rest == "," || rest == ";" || rest == ")" else { return String(word) }
            return String(digits) + "%" + rest
        }.joined(separator: " ")
    }

    /// Reads a row of a table of two columns whose first cell names a section (`| What did you
    /// learn? | The fear is old. |`, `| Next step | call the clinic |`) as that section's
    /// labelled line, as a worksheet kept in a table writes a prompt and its answer; true when it
    /// is one. A table of more columns is a tracker of days or times (`| Gratitude | x | x |`).
    private mutating func readPromptRow(_ cells: [String], at: TextPosition, heading: String?) -> Bool {
        // An answer holds a word: `| Gratitude | ✅ |` of a habit tracker is no gratitude. A
        // prompt with a note in parentheses and an answer that is a Dataview field are a
        // reference table's (obsidian-tasks' own test data: `| tomorrow (2022-07-12) | due:: 2022-07-12] |`).
        guard cells.count == 2, cells[1].contains(where: \.isLetter), !cells[0].contains("("), !cells[1].contains("::"),
              let label = labelledLine(cells[0] + ": " + cells[1]) else { return false }
        var answer = at
        if let found = lines.find(cells[1], line: at.line, fromByteColumn: 1) {
            answer.column = lines.characterColumn(line: at.line, byteColumn: found)
        }
        addLabelled(label, at: answer, heading: heading, how: tracing ? "table row whose first cell, \"\(cells[0])\", names the section" : nil)
        return true
    }

    /// Reads one row of a table of before and after as the halves of its pairs: with `halves`,
    /// the row names the rating and each such column its half (`| Mood | 3 | 7 |`); with
    /// `labels`, the row names the half and each column its rating (`| Before | 3 | 8 |`
    /// under `| | Mood | Anxiety |`). True when a number is read; `tend explain` names the
    /// row's other cells, which are left aside.
    private mutating func readPairRow(_ cells: [String], halves: [Int: String], labels: (header: [String], half: String)?,
                                      at: TextPosition) -> Bool {
        var read = false, others: [String] = []
        for (column, value) in cells.enumerated().dropFirst() where !value.isEmpty {
            let written: String
            if let labels {
                guard column < labels.header.count, !labels.header[column].isEmpty else { others.append("'\(value)'"); continue }
                written = "\(labels.header[column]) \(labels.half): \(value)"
            } else if let half = halves[column] {
                written = "\(cells[0]) \(half): \(value)"
            } else {
                others.append("'\(value)'")
                continue
            }
            if readRatingLine(written, at: at, inTable: true) { read = true }
        }
        if read, tracing, !others.isEmpty {
            note(at, "skipped", "the row's other cells (\(others.joined(separator: ", "))) are left aside: only its columns before and after the journey are read")
        }
        return read
    }

    /// Keeps the lines of a paragraph that rate something (``readRatingLine(_:at:inTable:lineMayGiveNumber:)``) and
    /// returns the paragraph without those whose number is read, to be read as it would have
    /// been (a check-in under `## Insights` is no insight); nil when no other line is left.
    private mutating func readRatingLines(_ content: InlineText) -> InlineText? {
        var rest: [InlineText.Line] = [], others = false
        for line in content.lines {
            guard let start = line.start else { rest.append(line); continue }
            let at = lines.position(of: start)
            // The opening lines are read by their own rules, but for a section's label (`Feelings: calm`).
            if openingLines.contains(at.line) || !readRatingValues(line.display, at: at) {
                rest.append(line)
                others = true
            }
        }
        if rest.count == content.lines.count { return content }
        return others ? InlineText(lines: rest, mayHoldTags: content.mayHoldTags, mayHoldFields: content.mayHoldFields) : nil
    }

    /// The labelled values of one line that rate something (``readRatingLine(_:at:inTable:lineMayGiveNumber:)``):
    /// several when it holds several (`Mood: 6/10 · Energy: 4/10`, ``OpeningLines/labelledLines(_:line:)``);
    /// true when every one is read.
    private mutating func readRatingValues(_ text: String, at: TextPosition) -> Bool {
        // Only a line with a number after its first colon may hold one (see ``readRatingLine``),
        // or a rating with none (`Mood 7/10`).
        let lineMayGiveNumber = Self.mayGiveNumber(text)
        guard tracing || lineMayGiveNumber || OpeningLines.mayRateWithoutLabel(text) else { return false }
        let trimmed = text.trimmingWhitespace()
        let pieces = OpeningLines.labelledLines(trimmed, line: at.line)
        guard pieces.count > 1 else { return readRatingLine(text, at: at) }
        var all = true
        for piece in pieces {
            let written = piece.note.map { "\(piece.label) (\($0)): \(piece.value)" } ?? "\(piece.label): \(piece.value)"
            if !readRatingLine(written, at: at, lineMayGiveNumber: lineMayGiveNumber) { all = false }
        }
        return all
    }

    /// Keeps `text`, one line at `at`, when it is a labelled line below the opening ones that
    /// rates something (``OpeningLines/isRating(_:)``), for the parser to read or, in
    /// `tend explain`, to say why not; true when its number is read.
    @discardableResult
    private mutating func readRatingLine(_ text: String, at: TextPosition, inTable: Bool = false, lineMayGiveNumber: Bool = true) -> Bool {
        // Only a line with a number after its colon can give one; most prose has none, and
        // looking closer at every line with a colon cost `tend check` 1.09× the instructions.
        // `tend explain` looks closer, to say why a line in words is not read. (A piece of a
        // line of several is read only when the line's first colon has a number after it.)
        let mayGiveNumber = lineMayGiveNumber && Self.mayGiveNumber(text)
        guard mayGiveNumber || tracing, !openingLines.contains(at.line),
              var line = OpeningLines.labelled(text.trimmingWhitespace(), line: at.line) else {
            return readRatingWithoutColon(text, at: at, inTable: inTable)
        }
        // Under `## Mood`, `Before: 3` is the mood before.
        if let heading = ratingHeading, OpeningLines.isPairHalf(line.label) {
            line.label = heading.label + " " + line.label
            line.heading = headingName
        }
        placeInPair(&line)
        guard OpeningLines.isRating(line) else { return readRatingWithoutColon(text, at: at, inTable: inTable) }
        // Under a feelings heading, `Anxiety: 6` is the feeling, at 6 (``labelledLine(_:)``).
        if section == .emotions, lexicon.meaning(of: line.label) != nil { return false }
        let isRead = OpeningLines.metricValues(of: line) != nil
        // What an ordinary parse passes over is not read in `tend explain` either.
        if isRead, !mayGiveNumber { return false }
        // `Mood: anxious` under `## Check-in`: a mood in a feeling's word is that feeling, as at the top.
        if !isRead, mayGiveNumber, let key = OpeningLines.metricKey(line), let feeling = parser.moodFeeling(key: key, value: line.value) {
            parser.addEmotion(named: feeling, intensity: nil, at: at, heading: headingName, into: &entry)
            ratingLineNumbers.insert(at.line)
            if tracing { note(at, "emotion", "its '\(line.label):' line holds '\(feeling)', a feeling, so it is that feeling; a mood in \(Lexicon.feeling(ofFace: feeling) == nil ? "words" : "a face") has no number to chart") }
            return true
        }
        line.column = at.column
        line.isInTable = inTable
        ratingLines.append(line)
        if isRead { ratingLineNumbers.insert(at.line) }
        return isRead
    }

    /// Keeps a paragraph that is only a number (`6/10`, `7`) under a heading that names a rating
    /// (`## Mood`) as that rating; true when it is one.
    private mutating func readBareRating(_ content: InlineText, heading: OpeningLines.Line) -> Bool {
        let text = content.displayText.trimmingWhitespace()
        guard let start = content.start, text.utf8.first?.isASCIIDigit == true else { return false }
        let at = lines.position(of: start)
        var line = heading
        line.value = text
        line.line = at.line
        line.column = at.column
        line.heading = headingName
        guard !openingLines.contains(at.line) else { return false }
        let isRead = OpeningLines.metricValues(of: line) != nil
        // `tend explain` says why `7 hours` is not read.
        guard isRead || tracing else { return false }
        ratingLines.append(line)
        if isRead { ratingLineNumbers.insert(at.line) }
        return isRead
    }

    /// Keeps `text` when it is a rating written without a colon (`Mood 7/10`, `Mood 4/10,
    /// anxiety 7/10`, ``OpeningLines/ratingsWithoutColon(_:line:)``) or a night's sleep in words
    /// (`Slept 7 hours.`, ``SleepSaid``); true when it is one.
    private mutating func readRatingWithoutColon(_ text: String, at: TextPosition, inTable: Bool) -> Bool {
        guard !inTable, !openingLines.contains(at.line) else { return false }
        let trimmed = text.trimmingWhitespace()
        var found: [OpeningLines.Line] = []
        if OpeningLines.mayRateWithoutColon(text.utf8) {
            found = OpeningLines.ratingsWithoutColon(trimmed, line: at.line)
        } else if SleepSaid.mayBe(trimmed), let slept = SleepSaid.rating(trimmed, at: at.line) {
            // `Slept 7 hours.`, `Got 7 hours of sleep.`: a night's sleep in words.
            found = [slept]
        }
        // Under a feelings heading, `Anxiety 6` is the feeling, at 6.
        guard !found.isEmpty, !(section == .emotions && found.contains { lexicon.meaning(of: $0.label) != nil }) else { return false }
        // `Mood 4/10, anxiety 7/10`: each at the line's place, as the pieces of `Mood: 6, Anxiety: 4` are.
        for var line in found {
            placeInPair(&line)
            line.column = at.column
            ratingLines.append(line)
        }
        ratingLineNumbers.insert(at.line)
        return true
    }

    /// Under a heading that names the time before or after the journey (`## After the session`),
    /// a rating is that half of its pair, `Mood: 7` the mood after, unless its label names a half
    /// already (`Mood before: 3`).
    private func placeInPair(_ line: inout OpeningLines.Line) {
        guard let half = halfHeading?.half, ratingHeading == nil,
              let last = line.label.normalizedName().split(separator: " ").last, MetricNames.half(String(last)) == nil else { return }
        line.label += " " + half
        line.heading = headingName
    }

    /// True when a colon stands near the start of `text` (a label is a few words) and a digit
    /// follows it, past white space, `**` and an emoji: `Mood: 6`, `**Energy:** 4`, `Mood: 3 → 7`,
    /// `Energy: ⚡️ 4`; or stars follow it, and nothing else (`Focus: ★★★★☆`).
    private static func mayGiveNumber(_ text: String) -> Bool {
        var colon: String.UTF8View.Index?, beyondASCII = false, read = 0
        let bytes = text.utf8
        for i in bytes.indices {
            let byte = bytes[i]
            if let colon {
                if !UTF8.isASCII(byte) { beyondASCII = true; continue }
                if byte.isASCIIWhitespace || byte == UInt8(ascii: "*") { continue }
                // `Mood: meh`, a mood in Daylio's words, and `Mood: anxious`, one in a feeling's
                // (``EntryParser/moodFeeling(key:value:)``), are the ratings in words read here.
                return byte.isASCIIDigit || OpeningLines.mayBeMoodWord(bytes[i...]) || OpeningLines.mayBeMoodLabel(bytes[..<colon])
            }
            if byte == UInt8(ascii: ":") { colon = i }
            read += 1
            if read > 48 { return false }
        }
        // Only white space, `**` and characters beyond ASCII after the colon: stars, or a face.
        guard beyondASCII, let colon else { return false }
        return OpeningLines.stars(String(text[text.index(after: colon)...].filter { $0 != "*" })) != nil
    }

    /// The label `text` starts with, unless it is a feeling and its intensity under a feelings
    /// heading: `- gratitude: 7` under `## Emotions` is gratitude felt at 7, not a gratitude item.
    @inline(__always) private func labelledLine(_ text: String) -> LabelledLine? {   // see `section`
        guard let label = LabelledLine(text, vocabulary: vocabulary) else { return nil }
        if section == .emotions {
            let feeling = ItemParsing.emotion(text)
            if feeling.intensity != nil, lexicon.meaning(of: feeling.name) != nil { return nil }
        }
        return label
    }

    /// Adds the item a labelled line names; `how` says where it was written, for `tend explain`,
    /// when not as `Label: text` (a table's row).
    private mutating func addLabelled(_ label: LabelledLine, at: TextPosition, heading: String?, how: String? = nil) {
        let whole = cleaned(label.text)
        guard !whole.isEmpty else { return }
        // `Gratitude: 1) sunshine 2) Maya 3) soup` is three items, each at its own place.
        let numbered = label.kind == .intention || label.kind == .themes ? nil : ItemParsing.numberedOnOneLine(whole)
        var byteColumn = 1
        for (index, text) in (numbered ?? [whole]).enumerated() {
            var source = ItemSource(line: at.line, column: at.column, heading: heading)
            if numbered != nil {
                if let found = lines.find(text, line: at.line, fromByteColumn: byteColumn) {
                    byteColumn = found + text.utf8.count
                    source.column = lines.characterColumn(line: at.line, byteColumn: found)
                } else {
                    source.column = at.column + index
                }
            }
            let shown = WikiLinks.shown(text)
            switch label.kind {
            case .insights: entry.insights.append(Insight(text: shown, source: source))
            case .emotions: addEmotions(text, at: at, heading: heading)
            case .actions: addAction(text: text, status: .open, tags: [], source: source)
            // `Practices: walk 40 min, meditation 10 min` is two, each with its minutes.
            case .practices:
                for part in shown.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                    addPractice(part.trimmingWhitespace(), source: source)
                }
            case .gratitude: entry.gratitude.append(Gratitude(text: shown, source: source))
            case .questions: entry.questions.append(Question(text: shown, source: source))
            case .intention: bodyIntentions.append(shown)
            case .themes: addThemes(shown, at: at, placeWords: how ?? "labelled \"\(label.label):\"")
            }
        }
        if tracing, label.kind != .themes {
            note(at, label.kind.itemWord, (how ?? "labelled \"\(label.label):\"") + (numbered.map { ", \($0.count) items numbered on one line" } ?? ""))
        }
    }

    /// The themes an item, a paragraph or a label's value under a themes name writes in words
    /// (``WrittenThemes``), kept until the entry's date is known (``KindMarks/writtenThemes``).
    private mutating func addThemes(_ text: String, at: TextPosition, placeWords: @autoclosure () -> String) {
        guard let written = WrittenThemes.split(text) else {
            if tracing {
                note(at, "skipped", "\(placeWords()): a sentence, not a list of themes (a theme is named in \(WrittenThemes.mostWords) words or fewer), so it stays prose",
                     hint: "name each theme in a few words, like 'grief, inner child'")
            }
            return
        }
        marks.writtenThemes += written
        if tracing, !written.isEmpty { note(at, "theme", written.joined(separator: ", ") + " — " + placeWords()) }
    }

    /// Feelings named in running text (`sad, hopeful, steady.`).
    private mutating func addEmotions(_ text: String, at: TextPosition, heading: String?) {
        for part in EntryParser.emotionParts(String(WikiLinks.names(unwrappingTags(text)).droppingFinalStops()), lexicon: lexicon) {
            let (name, intensity) = ItemParsing.emotion(part)
            parser.addEmotion(named: name, intensity: intensity, at: at, heading: heading, into: &entry)
        }
    }

    /// True when `text` names a feeling the lexicon knows, alone or among others.
    private func namesKnownFeeling(_ text: String) -> Bool {
        EntryParser.emotionParts(Self.withoutOther(WikiLinks.names(text)), lexicon: lexicon).contains {
            lexicon.meaning(of: ItemParsing.emotion($0).name) != nil
        }
    }

    /// A checklist's last choice without its label: `Other: tenderness` → `tenderness`.
    private static func withoutOther(_ text: String) -> String {
        guard text.count > 6, text.prefix(6).lowercased() == "other:" else { return text }
        return String(text.dropFirst(6)).trimmingWhitespace()
    }

    // MARK: - Nesting

    /// A list or quote nested past ``CommonMark/maximumDepth``: what lies deeper is left out,
    /// and the person is told where.
    mutating func nestedTooDeep(at point: SourcePoint) {
        let at = lines.position(of: point)
        entry.problems.append(Diagnostic(.warning, line: at.line, column: at.column,
            "lists or quotes are nested more than \(CommonMark.maximumDepth) deep here; tend read them down to that depth and left the deeper part out"))
    }

    // MARK: - List items

    /// A list item's text is its leading paragraphs; the blocks after them are handed on after it.
    mutating func listItem(paragraphs: [InlineText], at firstAt: SourcePoint, holdsList: Bool) {
        readQuoteOpening(nil)
        // `- type:: [[KAP]]` over `  session:: 4`, a Logseq page's first block of only
        // properties, as Logseq writes the properties typed into a page's first bullet: its
        // page properties (sercxanto/logseq_to_obsidian#19).
        if !firstBlockRead, inLogseqGraph, paragraphs.count == 1, !holdsList { readPageProperties(paragraphs[0]) }
        firstBlockRead = true
        let first = paragraphs[0]
        let heading = headingName
        if sectionCallout == nil, !sections.isEmpty { sections[sections.count - 1].hasList = true }
        if !headings.isEmpty, !headings[headings.count - 1].listSeen {
            headings[headings.count - 1].listSeen = true
            if sections.isEmpty, trace != nil { trace!.unknownListHeadings.append(headings[headings.count - 1].name) }
        }
        var markers = Markers()
        for content in paragraphs {
            let m = scanTags(content, heading: heading, itemIsCarrier: true)
            markers.insight = markers.insight || m.insight
            markers.action = markers.action || m.action
        }
        let position = lines.position(of: first.start ?? firstAt)
        let source = ItemSource(line: position.line, column: position.column, heading: heading)
        var (text, properties) = Self.itemText(paragraphs)
        let checkbox = ItemParsing.checkbox(text)
        var box = checkbox
        var logseqPriority: TaskPriority?
        if box == nil, let task = Logseq.task(text, path: entry.path) {
            box = (task.status, task.rest)
            logseqPriority = task.priority
        } else if box == nil, let timed = LeadingTime.split(text), let task = Logseq.task(timed.rest, path: entry.path) {
            // `- 09:30 TODO call the clinic`, a log's line: a step, which keeps its time (it was
            // passed over until 2026-12-03's last session).
            box = (task.status, timed.time + " " + task.rest)
            logseqPriority = task.priority
        }
        // `- ☐ book the session`, a box drawn as a character; `- {{[[TODO]]}} call Dr. Reyes`, Roam's.
        if box == nil, let ballot = ItemParsing.ballotBox(text) ?? Roam.task(text) { box = ballot }
        if let box { text = box.1 }
        // Under a steps heading a checkbox is a step whatever Tasks' filter says; under Practices,
        // a practice; under Feelings, a box that names a feeling is one ticked or not on a
        // checklist ("check all that apply"), and any other (`- [ ] call mum`) is still a step.
        let feelingBox = checkbox != nil && section == .emotions && namesKnownFeeling(text)
        if checkbox != nil, section != .practices, section != .actions, !feelingBox,
           !ObsidianTasks.isTask(text, filterTag: vocabulary.taskFilterTag) {
            box = nil
        }
        // A step's, an insight's, a gratitude item's or a question's own Dataview fields are its own, not the entry's.
        let isStep = box.map { _ in section != .practices && !feelingBox } ?? (markers.action || section == .actions)
        let keepsFields = isStep || (box == nil && (markers.insight || section == .insights || section == .gratitude
                                                    || section == .questions))
        var carrier = false
        for content in paragraphs {
            carrier = readInlineFields(content, heading: heading, onStep: keepsFields) || carrier
        }
        // One scan of the item's tags serves both its cleaned text and, for actions, its tags.
        let tags = self.tags(in: text)
        text = cleaned(text, tags: tags, isFolded: paragraphs.count == 1)
        // `- 09:30 anxious (6)`: the time an item was logged at is not part of it; a step keeps it.
        if !isStep, let rest = LeadingTime.stripped(text) {
            if tracing, section != nil {
                note(position, "time", "'\(text.dropLast(rest.count).trimmingWhitespace())' before it is when it was written, so it is set aside")
            }
            text = rest
        }
        if carrier, box == nil {
            if tracing { note(position, "field", "a list item that holds only Dataview fields") }
            return
        }

        if let (status, _) = box {
            guard !text.isEmpty else { return }
            if section == .practices {
                if status == .done || status == .inProgress {
                    addPractice(text, source: source)
                    if tracing { note(position, "practice", "ticked box " + placeWords + " — a checklist under a practices heading is practices done") }
                } else {
                    if tracing { note(position, "skipped", "unticked box " + placeWords + " — a practice not done that day, not an action") }
                }
            } else if feelingBox {
                if status == .done || status == .inProgress {
                    addEmotions(Self.withoutOther(text), at: position, heading: heading)
                    if tracing { note(position, "emotion", "ticked box " + placeWords + " — a checklist under a feelings heading is the feelings ticked") }
                } else {
                    if tracing { note(position, "skipped", "unticked box " + placeWords + " — a feeling not ticked, not an action") }
                }
            } else {
                addAction(text: text, status: status, tags: itemTags(tags), source: source, properties: properties,
                          priority: logseqPriority)
                if tracing { note(position, "action", "task list item (\(status.rawValue))") }
            }
            if markers.insight {
                entry.insights.append(Insight(text: WikiLinks.shown(Self.withoutDates(text)), source: source))
                if tracing { note(position, "insight", "tagged #insight") }
            }
            return
        }
        guard !text.isEmpty else { return }
        // `- Gratitude:` over the items nested in it, or `- Gratitude` over its children in a Logseq outline.
        if paragraphs.count == 1, first.lines.count == 1, quotes.isEmpty,
           let label = SectionLabel(text, at: first.start, mayHoldColon: first.mayHoldFields, isBlock: holdsList, isListItem: true,
                                    vocabulary: vocabulary, lines: lines) {
            openLabel(label, at: first.start ?? firstAt)
            return
        }
        // `1. What did the medicine show you?` over `That I've been holding my breath.` in one
        // item, a worksheet's numbered prompt and its answer: the answer is read as the prompt
        // asks, as it is below a prompt on a line of its own (a gap hunt's worksheet).
        if box == nil, paragraphs.count == 1, first.lines.count > 1, quotes.isEmpty, section != .questions,
           let label = SectionLabel(first.lines[0].display, at: first.lines[0].start, mayHoldColon: false,
                                    vocabulary: vocabulary, lines: lines), label.form == .question {
            openLabel(label, at: first.lines[0].start ?? firstAt)
            // The label holds this one block, and ``paragraph(_:at:)`` closes it after.
            paragraph(InlineText(lines: Array(first.lines.dropFirst()), mayHoldTags: first.mayHoldTags, mayHoldFields: first.mayHoldFields),
                      at: first.lines[1].start ?? firstAt)
            return
        }
        if section == .practices, readMarkedPractice(text, at: position, source: source) { return }
        if first.mayHoldFields, let label = labelledLine(text) {
            addLabelled(label, at: position, heading: heading)
            return
        }
        if section == nil, !markers.insight, !markers.action {
            if readSpokenItem(text, at: position, source: source, heading: heading) { return }
            // `- Today I realized that…`: words of when before the lead.
            if let when = SentenceLeads.splitWordsOfWhen(text),
               readSpokenItem(when.rest, at: position, source: source, heading: heading, before: when.words) { return }
        }
        // `- Mood: 6/10` in a check-in list outside the sections.
        if section == nil, !markers.insight, !markers.action,
           first.mayHoldFields || OpeningLines.mayRateWithoutLabel(text),
           readRatingLine(text, at: position) { return }
        // The text as Obsidian shows it, made only for the items that keep it.
        var shown: String { WikiLinks.shown(text) }
        var isInsight = markers.insight
        var isAction = markers.action
        // Feelings whose strength is said in words, named after the item (`tend explain` only).
        var intensityWords: [(name: String, words: String)] = []
        let feelingsBefore = entry.emotions.count
        switch section {
        case .insights: isInsight = true
        case .actions: isAction = true
        case .emotions:
            // `- [[Sadness]] (6)`, `- [[Emotions/Joy|joy]]`: a feeling's page, linked; `- #grief`,
            // `- #[[deep grief]]`, one tagged.
            for part in EntryParser.emotionParts(WikiLinks.names(unwrappingTags(text)), lexicon: lexicon) {
                let (name, intensity) = ItemParsing.emotion(part)
                parser.addEmotion(named: name, intensity: intensity, at: position, heading: heading, into: &entry)
                if tracing, intensity == nil, let words = ItemParsing.intensityInWords(part) {
                    intensityWords.append((name.trimmingWhitespace(), words))
                }
            }
        case .practices: addPractice(shown, source: source)
        case .gratitude:
            let own = StepReading.ownFields(of: text)
            entry.gratitude.append(Gratitude(text: own.text, source: source, fields: own.fields))
        case .questions:
            let own = StepReading.ownFields(of: text)
            entry.questions.append(Question(text: own.text, source: source, fields: own.fields))
        case .intention: bodyIntentions.append(shown)
        case .themes:
            let words = tracing ? "list item " + placeWords : ""
            addThemes(shown, at: position, placeWords: words)
        case nil: break
        }
        if section == .emotions, entry.emotions.count == feelingsBefore {
            // `- 6`, `- 2026-11-30 grief`: no name before or after the number.
            if tracing { note(position, "skipped", "list item " + placeWords + " — '\(text)' holds no feeling's name",
                              hint: "write the feeling first, like 'grief (7)'") }
        } else if let kind = section, kind != .insights, kind != .actions, kind != .themes {
            if tracing { note(position, kind.itemWord, "list item " + placeWords) }
        }
        for (name, words) in intensityWords {
            note(position, "emotion", "'\(name)' has '\(words)' where an intensity goes, a word, so it has none",
                 hint: "write a number from 0 to 10, like '\(name) (7)', to chart how strong it was")
        }
        if isInsight {
            let own = StepReading.ownFields(of: text)
            entry.insights.append(Insight(text: own.text, source: source, fields: own.fields))
        }
        if isAction { addAction(text: text, status: .open, tags: itemTags(tags), source: source, properties: properties) }
        if isInsight { if tracing { note(position, "insight", section == .insights ? "list item " + placeWords : "tagged #insight") } }
        if isAction { if tracing { note(position, "action", section == .actions ? "list item " + placeWords : "tagged #action") } }
        if section == nil, !isInsight, !isAction {
            if tracing { note(position, "skipped", "list item " + placeWords + (heading != nil ? " — not a known section" : ""),
                 hint: unknownSectionHint) }
        }
    }

    /// A list item's text: its paragraphs on one line, without the `key:: value` lines after
    /// its first (a Logseq block's properties, a Dataview item's fields), which are handed back.
    private static func itemText(_ paragraphs: [InlineText]) -> (String, [DataviewField]) {
        let first = paragraphs[0]
        if paragraphs.count == 1, first.lines.count == 1 || !first.mayHoldFields { return (first.displayText, []) }
        var text = ""
        var properties: [DataviewField] = []
        for (p, content) in paragraphs.enumerated() {
            for (l, line) in content.lines.enumerated() {
                if p + l > 0, content.mayHoldFields, let field = DataviewFields.fullLine(line.display) {
                    properties.append(field)
                    continue
                }
                if !text.isEmpty { text += " " }
                text += line.display
            }
        }
        return (text.foldingWhitespace(), properties)
    }

    /// Reads the entry's first paragraph as page properties (``Logseq/pageProperties(in:lines:)``):
    /// the keys front matter knows (`type`, `date`, `tags`…) mean what they mean there, unless
    /// the front matter already has them.
    private mutating func readPageProperties(_ content: InlineText) {
        let pairs = Logseq.pageProperties(in: content, lines: lines).filter { pair in
            let key = pair.key.normalizedName()
            return (EntryParser.knownKeys.contains(key) || EntryParser.tagKeys.contains(key)) && entry.fields[pair.key] == nil
        }
        guard !pairs.isEmpty else { return }
        parser.readProperties(pairs, into: &entry, marks: &marks, trace: &trace, source: .pageProperties)
        themes.formUnion(entry.themes)
    }

    /// A practice marked done or not without a checkbox (`walk ❌`, `yoga: yes`, ``PracticeMark``)
    /// reads as a ticked or unticked box does; false when `text` carries no mark. `written`
    /// names what it is for `tend explain`: a list item, or a line of its own.
    private mutating func readMarkedPractice(_ text: String, at position: TextPosition, source: ItemSource,
                                             written: String = "list item") -> Bool {
        guard let marked = PracticeMark(text) else { return false }
        if marked.done {
            addPractice(WikiLinks.shown(marked.text), source: source)
            if tracing { note(position, "practice", written + " " + placeWords + ", marked done ('\(marked.mark)')") }
        } else if tracing {
            note(position, "skipped", written + " " + placeWords + " marked not done ('\(marked.mark)') — a practice not done that day")
        }
        return true
    }

    /// A list item outside the sections that says what it is as it begins, read as its lead says:
    /// `- I'm grateful for the rain`, `- I realized that…`, `- Feeling raw` (``GratitudeLead``,
    /// ``InsightLead``, ``FeelingLead``); `before` is the words of when passed over before the
    /// lead, for `tend explain` to quote. False when it begins with none.
    private mutating func readSpokenItem(_ text: String, at position: TextPosition, source: ItemSource, heading: String?,
                                         before: String = "") -> Bool {
        if let lead = GratitudeLead(text, vocabulary: vocabulary) {
            entry.gratitude.append(Gratitude(text: WikiLinks.shown(lead.text), source: source))
            if tracing { note(position, "gratitude", "list item that begins '\(before)\(lead.lead)'") }
            return true
        }
        if let lead = InsightLead(text) {
            entry.insights.append(Insight(text: WikiLinks.shown(lead.text), source: source))
            if tracing { note(position, "insight", "list item that begins '\(before)\(lead.lead)'") }
            return true
        }
        if let lead = FeelingLead(text, lexicon: lexicon), addFeelingsSaid(lead.text, at: position, heading: heading) {
            if tracing { note(position, "emotion", "list item that begins '\(before)\(lead.lead)'") }
            return true
        }
        return false
    }

    /// What a line of prose may say it is as it begins (``readLeads(_:in:heading:)``).
    private enum LineLead {
        /// A label tend knows, on a line of a paragraph that began otherwise: `What I learned:
        /// grief and love live together.` under `I'm so grateful for this process.`
        case colonLabel
        /// A label set off by a dash: `Feelings — relief, awe`, `Themes - father, rest`.
        case dashLabel
        /// A task's marker, as Logseq and org-mode write one: `TODO call mom`, `DONE book the room`;
        /// a box drawn as a character: `☐ book the session`; or Roam's: `{{[[TODO]]}} call mom`.
        case taskMarker
        /// `I'm grateful for the rain.` (``GratitudeLead``)
        case gratitude
        /// `I realized that…` (``InsightLead``)
        case insight
        /// `Feeling a bit anxious this morning.` (``FeelingLead``)
        case feeling
    }

    /// Each line of a paragraph that says what it is as it begins, read at its own line as the
    /// first of `leads` it begins with says; false when no line does. One paragraph may hold
    /// several, a line each: before 2026-12-03 (evening) the first kind found ended the look, so
    /// `I realized that…` under `I'm so grateful for this.` was prose (a gap hunt's journal).
    private mutating func readLeads(_ leads: [LineLead], in content: InlineText, heading: String?) -> Bool {
        var read = false
        // Asked of every line no section holds: each line's text is taken once and handed to the
        // readers, each of which makes a first look on its bytes (a copy of the whole line for
        // each reader cost 0.4 % of `tend check`, callgrind, 2026-12-03).
        var index = content.lines.startIndex
        while index < content.lines.endIndex {
            // `09:30 – Feeling calmer.`, a log kept in a paragraph: the time is when it was written.
            var display = content.lines[index].display
            if let rest = LeadingTime.stripped(display) { display = rest }
            var lines = 1, found = false
            for lead in leads where readLead(lead, display, in: content, at: index, heading: heading, lines: &lines) {
                found = true
                break
            }
            // `Today I realized that…`, `After the session, I felt scared.`: words of when before a
            // sentence's lead (a gap hunt's journals).
            if !found, let when = SentenceLeads.splitWordsOfWhen(display) {
                for lead in leads where lead == .gratitude || lead == .insight || lead == .feeling {
                    if readLead(lead, when.rest, in: content, at: index, heading: heading, lines: &lines, before: when.words) {
                        found = true
                        break
                    }
                }
            }
            read = read || found
            index += lines
        }
        return read
    }

    /// Reads line `index` of `content`, shown as `display`, as `lead` says, when it begins so;
    /// false when it does not. A label's text goes on over the lines below it that begin in
    /// lower case until a sentence ends (prose wrapped at 80 columns), and `lines` is set to how
    /// many lines it took.
    private mutating func readLead(_ lead: LineLead, _ display: String, in content: InlineText, at index: Int, heading: String?,
                                   lines: inout Int, before: String = "") -> Bool {
        var line: InlineText.Line { content.lines[index] }
        switch lead {
        case .colonLabel, .dashLabel:
            let found: LabelledLine?
            if lead == .colonLabel {
                // A paragraph that begins with a label was read whole (``readLabelledLines``); the
                // lines at the top (`Date:`, `Mood: 6`) by their own rules.
                guard content.mayHoldFields, let number = line.start?.line, !openingLines.contains(number),
                      !ratingLineNumbers.contains(number) else { return false }
                found = labelledLine(display.trimmingWhitespace())
            } else {
                found = LabelledLine(dashed: display, vocabulary: vocabulary)
            }
            guard var label = found else { return false }
            // `Insight: the fear is old and it` over `belongs to a child.`; not over `Gratitude: soup`.
            while index + lines < content.lines.endIndex, !Self.endsSentence(content.lines[index + lines - 1].display) {
                let next = content.lines[index + lines].display.trimmingWhitespace()
                guard next.first?.isLowercase == true else { break }
                label.text += " " + next
                lines += 1
            }
            addLabelled(label, at: place(of: line), heading: heading, how: lead != .dashLabel ? nil
                        : label.isPrompt ? "a prompt, '\(label.label)?', and its answer on its line" : "labelled \"\(label.label)\" and a dash")
            return true
        case .taskMarker:
            // `TODO call mom`, or a box drawn as a character: `☐ book the session`.
            guard let task = Logseq.task(display, path: entry.path)
                    ?? (ItemParsing.ballotBox(display) ?? Roam.task(display)).map({ (status: $0.0, priority: nil, rest: $0.1) }) else { return false }
            // `09:30 TODO call the pharmacy`: a step keeps the time it was written at, as in a list.
            let time = LeadingTime.split(line.display)?.time
            let written = time.map { $0 + " " + task.rest } ?? task.rest
            let tags = self.tags(in: written)
            let text = cleaned(written, tags: tags, isFolded: false)
            guard !text.isEmpty else { return false }
            let at = place(of: line)
            addAction(text: text, status: task.status, tags: itemTags(tags), source: ItemSource(line: at.line, column: at.column, heading: heading),
                      priority: task.priority)
            if tracing { note(at, "action", "a line that begins with the task's mark '\(display.prefix { $0 != " " })' (\(task.status.rawValue))") }
            return true
        case .feeling:
            // A line of a paragraph wrapped mid-sentence (`the back of my neck` over `felt
            // numb, and…`) begins no sentence: only one after a sentence's end is asked.
            if index > 0, !Self.endsSentence(content.lines[index - 1].display) { return false }
            guard let found = FeelingLead(display, lexicon: lexicon),
                  addFeelingsSaid(found.text, at: place(of: line), heading: heading) else { return false }
            if tracing { note(place(of: line), "emotion", "a line that begins '\(before)\(found.lead)'") }
            return true
        case .gratitude, .insight:
            let found = lead == .gratitude
                ? GratitudeLead(display, vocabulary: vocabulary).map { (lead: $0.lead, text: $0.text) }
                : InsightLead(display).map { (lead: $0.lead, text: $0.text) }
            guard let found else { return false }
            let text = WikiLinks.shown(cleaned(found.text))
            guard !text.isEmpty else { return false }
            let at = place(of: line)
            let source = ItemSource(line: at.line, column: at.column, heading: heading)
            if lead == .gratitude {
                entry.gratitude.append(Gratitude(text: text, source: source))
            } else {
                entry.insights.append(Insight(text: text, source: source))
            }
            if tracing { note(at, lead == .gratitude ? SectionKind.gratitude.itemWord : SectionKind.insights.itemWord, "a line that begins '\(before)\(found.lead)'") }
            return true
        }
    }

    /// True when `line` ends a sentence: its last character, past white space and closing
    /// quotes or emphasis, is `.`, `!` or `?`.
    private static func endsSentence(_ line: String) -> Bool {
        for byte in line.utf8.reversed() {
            if byte.isASCIIWhitespace || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "\"") { continue }
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        }
        return true
    }

    /// The feelings a sentence names after its lead (``FeelingLead``): its parts, cut as a list of
    /// feelings is, that the lexicon knows (`tender and raw.`, `a bit anxious this morning`, by
    /// its first word), when the first part is one; false, and nothing added, when it is not
    /// (`like a walk`, `so much anger`): then the line is prose.
    private mutating func addFeelingsSaid(_ text: String, at: TextPosition, heading: String?) -> Bool {
        let clause = String(WikiLinks.names(cleaned(text)).droppingFinalStops())
        var parts = EntryParser.feelingParts(clause)
        if parts.isEmpty { parts = [clause] }
        let known = parts.map { part in
            EntryParser.feeling(named: ItemParsing.emotion(part).name.normalizedName(), lexicon: lexicon) != nil
        }
        guard known.first == true else { return false }
        for (part, isKnown) in zip(parts, known) where isKnown {
            var (name, intensity) = ItemParsing.emotion(part)
            // `a bit anxious this morning` is written `a bit anxious`: the rest of the sentence is
            // no part of it, nor a number in it (`included by default in template-example-1`,
            // the Logseq documentation graph's `pages/templates.md`).
            let words = name.split(separator: " ")
            if words.count > 1, lexicon.meaning(of: name.normalizedName()) == nil,
               var last = words.firstIndex(where: { lexicon.meaning(of: String($0).normalizedName()) != nil }) {
                // `weirdly disappointed` (the sample vault's): a word of how, then the feeling.
                var first = words.startIndex
                if words[last].hasSuffix("ly"), last + 1 < words.count,
                   lexicon.meaning(of: String(words[last + 1]).normalizedName()) != nil {
                    last += 1
                    first = last
                }
                name = words[first...last].joined(separator: " ")
                intensity = nil
            }
            parser.addEmotion(named: name, intensity: intensity, at: at, heading: heading, into: &entry)
        }
        return true
    }

    /// Under practices, a paragraph whose every line is marked done or not (`Meditation: ✅`
    /// over `Therapy: ❌`), a habit tracker typed without a list's marks: each line is a
    /// practice, as the same line in a list is. False for any other paragraph, which stays
    /// prose (`I meditated after lunch.`).
    private mutating func readMarkedLines(_ content: InlineText, heading: String?) -> Bool {
        let texts = content.lines.map { cleaned($0.display) }
        guard texts.allSatisfy({ PracticeMark($0) != nil }) else { return false }
        for (line, text) in zip(content.lines, texts) {
            let at = place(of: line)
            _ = readMarkedPractice(text, at: at, source: ItemSource(line: at.line, column: at.column, heading: heading),
                                   written: "a line of its own")
        }
        return true
    }

    private mutating func addPractice(_ text: String, source: ItemSource) {
        let (name, minutes) = ItemParsing.practice(text)
        guard !name.isEmpty else { return }
        entry.practices.append(Practice(name: name, minutes: minutes, source: source))
    }

    /// Adds a step, read as ``StepReading`` says.
    private mutating func addAction(text: String, status: ActionStatus, tags: [String], source: ItemSource,
                                    properties: [DataviewField] = [], priority: TaskPriority? = nil) {
        let step = StepReading(text: text, status: status, tags: tags, source: source, properties: properties, priority: priority)
        for date in step.impossibleDates { invalidDate(date.written, kind: date.kind, at: source) }
        entry.actions.append(step.action)
    }

    private mutating func invalidDate(_ written: String, kind: String, at source: ItemSource) {
        entry.problems.append(Diagnostic(.warning, line: source.line, column: source.column,
            "the \(kind) date '\(written)' is not a date like 2026-11-03; the item was kept without it"))
    }

    /// A task's text without Tasks' signifiers and due and done dates (for a task that is also an insight).
    private static func withoutDates(_ text: String) -> String {
        var t = text
        _ = DataviewFields.takeBracketed(from: &t)
        _ = ObsidianTasks.read(&t)
        guard ItemParsing.mayHoldDate(t) else { return t }
        while ItemParsing.takeDate(after: ItemParsing.dueMarkers + ItemParsing.doneMarkers, from: &t) != nil {}
        return t
    }

    // MARK: - Tags and inline fields

    /// Collects themes, emotion and practice tags; says whether `#insight` / `#action` were present.
    private mutating func scanTags(_ content: InlineText, heading: String?, itemIsCarrier: Bool) -> Markers {
        var markers = Markers()
        guard content.mayHoldTags else { return markers }
        for line in content.lines {
            for tag in tags(in: line.scannable) {
                if Logseq.isPriority(tag, in: line.scannable) { continue }
                if vocabulary.insightTags.contains(tag.name) { markers.insight = true; continue }
                if vocabulary.actionTags.contains(tag.name) { markers.action = true; continue }
                let emotion = vocabulary.emotionName(fromTag: tag.name)
                let practice = vocabulary.practiceName(fromTag: tag.name)
                if emotion == nil, practice == nil {
                    // Obsidian Tracker's `#mood:7`: a measure, not a theme (`#emotion/grief:7` is
                    // grief felt at 7, below).
                    if !EntryParser.isKnownKey(tag.name), let value = TrackerTags.value(after: tag, in: line.scannable) {
                        readTrackerValue(value, of: tag, line: line)
                        continue
                    }
                    if let kind = vocabulary.kindTag(tag.name) { marks.tags.append(kind) }
                    if !vocabulary.isMarker(tag.name) { themes.insert(tag.name) }
                    continue
                }
                guard itemIsCarrier, let point = line.point(atScannableOffset: tag.byteOffset) else { continue }
                let column = lines.find("#" + tag.written, line: point.line, fromByteColumn: point.byteColumn) ?? point.byteColumn
                let at = lines.position(of: SourcePoint(line: point.line, byteColumn: column))
                if let emotion {
                    let intensity = Self.intensity(after: tag, in: line.scannable)
                    parser.addEmotion(named: emotion, intensity: intensity, at: at, heading: heading, into: &entry)
                } else if let practice {
                    let minutes = ItemParsing.practice("x " + Self.following(tag, in: line.scannable)).minutes
                    entry.practices.append(Practice(name: practice.normalizedName(), minutes: minutes,
                                                    source: ItemSource(line: at.line, column: at.column, heading: heading)))
                }
            }
        }
        return markers
    }

    /// `#mood:7` is the metric `mood` 7, unless the entry has one already (``TrackerTags``).
    private mutating func readTrackerValue(_ value: String, of tag: FoundTag, line: InlineText.Line) {
        let number = TrackerTags.number(value, key: tag.name)
        let isRead = number != nil && entry.metrics[tag.name] == nil
        if isRead { entry.metrics[tag.name] = number }
        guard tracing, let point = line.point(atScannableOffset: tag.byteOffset) else { return }
        let at = lines.position(of: point)
        let written = "#\(tag.written):\(value)"
        if number == nil {
            note(at, "skipped", "the tag '\(written)' holds a value, as Obsidian Tracker writes one, but not one number tend reads, so it is neither a metric nor a theme")
        } else if isRead {
            note(at, "metric", "the tag '\(written)' holds a value, as Obsidian Tracker writes one, so it is a metric, not a theme")
        } else {
            note(at, "metric", "the tag '\(written)' holds a value, but the entry's \(tag.name) was already read, so this one is left aside")
        }
    }

    /// A few characters after a tag (`#emotion/grief (7)` → ` (7)`).
    private static func following(_ tag: FoundTag, in text: String) -> String {
        let bytes = Array(text.utf8)
        let start = min(tag.byteOffset + tag.byteLength, bytes.count)
        return String(decoding: bytes[start..<min(start + 12, bytes.count)], as: UTF8.self)
    }

    /// `(7)`, `: 6`, ` 4/10` right after an emotion tag.
    private static func intensity(after tag: FoundTag, in text: String) -> Double? {
        var rest = Substring(following(tag, in: text))
        rest = rest.drop { $0 == " " || $0 == "(" || $0 == ":" || $0 == "\u{00A0}" }
        guard let c = rest.first, c.isASCII, c.isNumber else { return nil }
        return ItemParsing.intensity(in: rest)
    }

    /// Reads `key:: value` lines and `[key:: value]` fields. True when the first line is a field,
    /// which makes the paragraph a carrier of fields rather than an item of its section.
    /// `onStep`: the text is an action item's, whose bracketed fields are its own (see ``addAction``).
    /// `isStepText`: the text is a step's (a `#action` paragraph), so `text due:: date` is its date.
    private mutating func readInlineFields(_ content: InlineText, heading: String?, onStep: Bool = false,
                                           isStepText: Bool = false) -> Bool {
        guard content.mayHoldFields else { return false }
        var firstIsField = false
        for (index, line) in content.lines.enumerated() {
            for field in DataviewFields.fields(in: line.display) {
                // A Logseq block's bookkeeping (`todo:: 1700000000` under `- TODO …`) is not a field.
                if index > 0, field.isWholeLine, Logseq.isBookkeeping(field.key) { continue }
                if onStep || isStepText, DataviewFields.isStepTextWithDate(field) { continue }
                if index == 0, field.isWholeLine { firstIsField = true }
                let point = line.start.map { p -> SourcePoint in
                    let column = lines.find(field.key + "::", line: p.line, fromByteColumn: 1) ?? p.byteColumn
                    return SourcePoint(line: p.line, byteColumn: column)
                }
                let at = point.map(lines.position(of:)) ?? TextPosition(line: 1, column: 1)
                let source = ItemSource(line: at.line, column: at.column, heading: heading)
                let key = field.key.normalizedName()
                let value = cleaned(field.value)
                switch key {
                case "insight":
                    if !value.isEmpty { entry.insights.append(Insight(text: value, source: source)) }
                case "emotion", "feeling":
                    let (name, intensity) = ItemParsing.emotion(value)
                    parser.addEmotion(named: name, intensity: intensity, at: at, heading: heading, into: &entry)
                // `feelings:: anxious, tender` in a Logseq block, as front matter's `feelings:` is read.
                case "emotions", "feelings":
                    addEmotions(value, at: at, heading: heading)
                case "gratitude", "grateful":
                    if !value.isEmpty { entry.gratitude.append(Gratitude(text: value, source: source)) }
                case "question":
                    if !value.isEmpty { entry.questions.append(Question(text: value, source: source)) }
                case "practice":
                    addPractice(value, source: source)
                case "due", "done", "completion", "created", "start", "scheduled", "cancelled":
                    if index == 0, field.isWholeLine { firstIsField = false }
                case "action", "todo":
                    if !value.isEmpty { addAction(text: value, status: .open, tags: [], source: source) }
                case "intention":
                    if !value.isEmpty { bodyIntentions.append(value) }
                // `themes:: grief, [[mother]]`, kept as the field Dataview queries too.
                case "themes", "theme":
                    if entry.fields[field.key] == nil { entry.fields[field.key] = .string(field.value.trimmingWhitespace()) }
                    let words = tracing ? "the field '\(field.key)::'" : ""
                    addThemes(value, at: at, placeWords: words)
                default:
                    if onStep || Logseq.isBookkeeping(key) { continue }
                    if entry.fields[field.key] == nil { entry.fields[field.key] = .string(field.value.trimmingWhitespace()) }
                    // As in front matter, a key with a meaning of its own (`session:: 6`) or a time
                    // or name (`id:: 4711`, ``EntryParser/stampKeys``) is no metric.
                    if entry.metrics[key] == nil, !EntryParser.isKnownKey(key), let n = EntryParser.metricNumber(field.value, key: key),
                       !EntryParser.stampKeys.contains(key) {
                        entry.metrics[key] = n
                    } else if let feeling = parser.moodFeeling(key: key, value: value) {
                        // `Mood:: 😫 Stressed`, as NotePlan's journal writes a mood: the feeling.
                        parser.addEmotion(named: feeling, intensity: nil, at: at, heading: heading, into: &entry)
                        if tracing { note(at, "emotion", "the field '\(field.key)::' holds '\(feeling)', a feeling, so it is that feeling too") }
                    }
                }
            }
        }
        return firstIsField
    }

    // MARK: - Text

    /// The text with marker tags removed (`#emotion/grief` keeps the word `grief`), white space folded.
    private func cleaned(_ text: String) -> String {
        cleaned(text, tags: tags(in: text), isFolded: false)
    }

    /// ``cleaned(_:)`` with the text's tags already found. `isFolded` says the text's white
    /// space is folded already, so a text whose tags all stay is returned as it is.
    private func cleaned(_ text: String, tags: [FoundTag], isFolded: Bool) -> String {
        var bytes: [UInt8]?
        for tag in tags.reversed() {
            let range = tag.byteOffset..<(tag.byteOffset + tag.byteLength)
            if vocabulary.insightTags.contains(tag.name) || vocabulary.actionTags.contains(tag.name) || tag.name == vocabulary.taskFilterTag {
                if bytes == nil { bytes = Array(text.utf8) }
                bytes!.removeSubrange(range)
            } else if let word = vocabulary.emotionName(fromTag: tag.name) ?? vocabulary.practiceName(fromTag: tag.name) {
                if bytes == nil { bytes = Array(text.utf8) }
                bytes!.replaceSubrange(range, with: Array(word.utf8))
            }
        }
        guard let bytes else { return isFolded ? text : text.foldingWhitespace() }
        return String(decoding: bytes, as: UTF8.self).foldingWhitespace()
    }

    /// An action's own tags: its tags that are not markers.
    @inline(__always) private func itemTags(_ tags: [FoundTag]) -> [String] {   // see `section`
        tags.map(\.name).filter { !vocabulary.isMarker($0) }
    }

    /// The text with each tag's words in place of the tag: `#grief and some relief` is `grief and
    /// some relief`, `#[[deep grief]]` is `deep grief` (before 2026-12-04 a feeling tagged so was
    /// named `#grief`, of no family).
    private func unwrappingTags(_ text: String) -> String {
        replacingTags(in: text) { $0.written }
    }

    /// The text with every tag removed (for heading names).
    private func removingTags(_ text: String) -> String {
        replacingTags(in: text) { _ in "" }.foldingWhitespace()
    }

    /// The text with each of its tags replaced by what `replacement` gives for it; the text
    /// itself when it holds none.
    private func replacingTags(in text: String, with replacement: (FoundTag) -> String) -> String {
        let tags = self.tags(in: text)
        guard !tags.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for tag in tags.reversed() {
            bytes.replaceSubrange(tag.byteOffset..<(tag.byteOffset + tag.byteLength), with: Array(replacement(tag).utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: - Finish

    /// The entry with themes set and items found twice counted once.
    mutating func finish() -> Entry {
        while !sections.isEmpty { closeSection() }
        entry.themes = themes.sorted()
        if entry.intentions.isEmpty { entry.intentions = bodyIntentions }
        // Paragraphs of a section are decided when it closes, after the lists that follow them.
        let byPlace: (ItemSource, ItemSource) -> Bool = { ($0.line, $0.column) < ($1.line, $1.column) }
        if entry.insights.indices.dropFirst().contains(where: { byPlace(entry.insights[$0].source, entry.insights[$0 - 1].source) }) {
            entry.insights.sort { byPlace($0.source, $1.source) }
        }
        if entry.gratitude.indices.dropFirst().contains(where: { byPlace(entry.gratitude[$0].source, entry.gratitude[$0 - 1].source) }) {
            entry.gratitude.sort { byPlace($0.source, $1.source) }
        }
        if entry.questions.indices.dropFirst().contains(where: { byPlace(entry.questions[$0].source, entry.questions[$0 - 1].source) }) {
            entry.questions.sort { byPlace($0.source, $1.source) }
        }
        entry.insights = Self.unique(entry.insights) { Place(line: $0.source.line, column: $0.source.column) }
        entry.actions = Self.unique(entry.actions) { Place(line: $0.source.line, column: $0.source.column) }
        // The same feeling twice on one line (`- #emotion/grief (7)` under *Emotions*) counts once,
        // keeping the mention that carries an intensity.
        // Read in place, by index: an emotion holds four strings, and each copy of one would
        // retain and release them all.
        var seen = FirstSeen<NamedPlace>(capacity: entry.emotions.count)
        var kept: [Emotion]?   // made only once a repeat is found
        for i in entry.emotions.indices {
            let key = NamedPlace(line: entry.emotions[i].source.line, name: entry.emotions[i].name)
            if let first = seen.index(of: key, else: kept?.count ?? i) {
                if kept == nil { kept = Array(entry.emotions[..<i]) }
                if kept![first].intensity == nil, let intensity = entry.emotions[i].intensity { kept![first].intensity = intensity }
            } else {
                kept?.append(entry.emotions[i])
            }
        }
        if let kept { entry.emotions = kept }
        let place: (Emotion) -> (Int, Int) = { ($0.source.line, $0.source.column) }
        if entry.emotions.indices.dropFirst().contains(where: { place(entry.emotions[$0]) < place(entry.emotions[$0 - 1]) }) {
            entry.emotions.sort { place($0) < place($1) }
        }
        entry.practices = Self.unique(entry.practices) { NamedPlace(line: $0.source.line, name: $0.name) }
        entry.gratitude = Self.unique(entry.gratitude) { Place(line: $0.source.line, column: $0.source.column) }
        entry.questions = Self.unique(entry.questions) { Place(line: $0.source.line, column: $0.source.column) }
        return entry
    }

    private struct Place: Hashable {
        var line: Int
        var column: Int
    }

    private struct NamedPlace: Hashable {
        var line: Int
        var name: String
    }

    /// The items without those whose key was seen before; the items themselves when none repeats.
    private static func unique<T, Key: Hashable>(_ items: [T], key: (T) -> Key) -> [T] {
        guard items.count > 1 else { return items }
        var seen = FirstSeen<Key>(capacity: items.count)
        var kept: [T]?
        for i in items.indices {
            if seen.index(of: key(items[i]), else: i) != nil {
                if kept == nil { kept = Array(items[..<i]) }
            } else {
                kept?.append(items[i])
            }
        }
        return kept ?? items
    }
}

/// The keys seen so far, each with the index it was first seen at. A plain array while there
/// are few (an entry has a handful of items of each kind, and comparing a few is cheaper than
/// hashing), a dictionary beyond.
private struct FirstSeen<Key: Hashable> {
    private var keys: [(key: Key, index: Int)] = []
    private var dictionary: [Key: Int]?
    private static var arrayLimit: Int { 16 }

    init(capacity: Int) {
        if capacity > Self.arrayLimit { dictionary = Dictionary(minimumCapacity: capacity) } else { keys.reserveCapacity(capacity) }
    }

    /// The index `key` was first seen at; nil when it is new, and then it is recorded at `next`.
    mutating func index(of key: Key, else next: Int) -> Int? {
        if dictionary != nil {
            if let i = dictionary![key] { return i }
            dictionary![key] = next
            return nil
        }
        if let found = keys.first(where: { $0.key == key }) { return found.index }
        keys.append((key, next))
        return nil
    }
}
