import TendMarkdown

/// A vault's settings, read from `.tend/config.yaml`. Every key is optional.
public struct Configuration: Sendable, Equatable {
    /// Which headings and tags mean what.
    public var vocabulary = Vocabulary()
    /// The first day of a week: 1 = Monday (ISO, the default) … 7 = Sunday.
    public var weekStart = 1
    /// `markdown` (relative links) or `wiki` (`[[wikilinks]]`) in reviews and plans.
    public var links = LinkStyle.markdown
    /// The vault's templates folder (never read as entries).
    public var templatesFolder = "Templates"
    /// Template folders the vault's own settings name (`Meta/Templates`): never read as entries.
    public var extraTemplateFolders: [String] = []
    /// The folder reviews are written to (never read as entries).
    public var reviewsFolder = "Reviews"
    /// Gitignore-style globs of paths that are not entries.
    public var ignore: [String] = []
    /// Where `tend new` puts an entry: `{year}`, `{month}`, `{day}`, `{date}`, `{type}`.
    public var entryPath = "{year}/{month}/{date} {type}.md"
    /// Why the person does this work, in their words.
    public var motivation = ""
    /// Who supports them (`therapist`, `group`, …), in the order written.
    public var support: [(role: String, who: String)] = []
    /// Words added to the emotion lexicon: word → (canonical, family).
    public var emotionWords: [(word: String, canonical: String?, family: String)] = []
    /// How the vault names its days (`dates:`), before the vault's own settings are added.
    public var dates = DateSettings()
    /// Whether reviews show practice streaks (`streaks: true`); off by default, so a missed day
    /// never reads as a broken chain.
    public var streaks = false
    /// What `tend share` leaves out (`private_tag:`, `#private` by default).
    public var privacy = PrivacyRule()
    /// The days compared around a journey (`session_windows:`).
    public var metricWindows = MetricWindows()

    /// How links to entries are written.
    public enum LinkStyle: String, Sendable {
        case markdown, wiki
    }

    /// The defaults.
    public init() {}

    /// Compares every setting.
    public static func == (lhs: Configuration, rhs: Configuration) -> Bool {
        lhs.vocabulary == rhs.vocabulary && lhs.weekStart == rhs.weekStart && lhs.links == rhs.links
            && lhs.templatesFolder == rhs.templatesFolder && lhs.reviewsFolder == rhs.reviewsFolder
            && lhs.ignore == rhs.ignore && lhs.entryPath == rhs.entryPath && lhs.motivation == rhs.motivation
            && lhs.support.map { [$0.role, $0.who] } == rhs.support.map { [$0.role, $0.who] }
            && lhs.emotionWords.map { [$0.word, $0.canonical ?? "", $0.family] } == rhs.emotionWords.map { [$0.word, $0.canonical ?? "", $0.family] }
            && lhs.dates == rhs.dates && lhs.extraTemplateFolders == rhs.extraTemplateFolders
            && lhs.streaks == rhs.streaks && lhs.privacy == rhs.privacy && lhs.metricWindows == rhs.metricWindows
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Reads the configuration file's text. Problems come back with their line and column;
    /// a key that cannot be read keeps its default, and broken YAML leaves every default.
    public static func read(yaml text: String) -> (Configuration, [Diagnostic]) {
        var configuration = Configuration()
        var problems: [Diagnostic] = []
        do {
            try configuration.read(text, problems: &problems)
        } catch {
            problems.append(Diagnostic(.error, at: error.at, "\(error.message); tend uses its defaults until it is fixed"))
        }
        return (configuration, problems.sorted(by: Diagnostic.byPlace))
    }

    private mutating func read(_ text: String, problems: inout [Diagnostic]) throws(YAMLProblem) {
        guard let root = try YAMLValue.read(text), case .mapping(let pairs, _) = root else { return }
        for pair in pairs {
            let value = pair.value
            switch pair.key.normalizedName() {
            case "week_start", "week start", "weekstart":
                if let day = value.scalarText?.normalizedName(), let i = Self.weekdays.firstIndex(of: day) {
                    weekStart = i + 1
                } else {
                    problems.append(Diagnostic(.error, at: value.position, "week_start should be a day name like monday or sunday"))
                }
            case "links":
                guard let style = value.scalarText.flatMap({ LinkStyle(rawValue: $0.normalizedName()) }) else {
                    problems.append(Diagnostic(.error, at: value.position, "links should be 'markdown' or 'wiki'"))
                    continue
                }
                links = style
            case "folders":
                for folder in Self.pairs(value) {
                    switch folder.key {
                    case "templates": templatesFolder = folder.text
                    case "reviews": reviewsFolder = folder.text
                    default: problems.append(Diagnostic(.error, at: value.position, "folders has no key '\(folder.key)' (known: templates, reviews)"))
                    }
                }
            case "ignore":
                ignore = EntryParser.strings(value)
            case "entry_path", "entry path":
                entryPath = value.scalarText ?? entryPath
            case "motivation":
                motivation = EntryParser.strings(value).joined(separator: "\n")
            case "support":
                support = Self.pairs(value).filter { !$0.text.isEmpty }.map { ($0.key, $0.text) }
            case "headings":
                for h in Self.lists(value) {
                    let names = h.values.map { $0.normalizedName() }
                    switch h.key {
                    case "insights": vocabulary.insightHeadings = names
                    case "emotions": vocabulary.emotionHeadings = names
                    case "actions": vocabulary.actionHeadings = names
                    case "practices": vocabulary.practiceHeadings = names
                    case "gratitude": vocabulary.gratitudeHeadings = names
                    case "intention": vocabulary.intentionHeadings = names
                    case "questions": vocabulary.questionHeadings = names
                    case "themes": vocabulary.themeHeadings = names
                    default: problems.append(Diagnostic(.error, at: value.position, "headings has no kind '\(h.key)' (known: insights, emotions, actions, practices, gratitude, intention, questions, themes)"))
                    }
                }
            case "tags":
                for t in Self.lists(value) {
                    let names = t.values.map { ($0.hasPrefix("#") ? String($0.dropFirst()) : $0).normalizedName() }
                    switch t.key {
                    case "insight": vocabulary.insightTags = names
                    case "action": vocabulary.actionTags = names
                    case "emotion": vocabulary.emotionTagPrefixes = names
                    case "practice": vocabulary.practiceTagPrefixes = names
                    default: problems.append(Diagnostic(.error, at: value.position, "tags has no kind '\(t.key)' (known: insight, action, emotion, practice)"))
                    }
                }
            case "streaks":
                guard let flag = value.scalarText.flatMap(Self.flag) else {
                    problems.append(Diagnostic(.error, at: value.position, "streaks should be true or false"))
                    continue
                }
                streaks = flag
            case "private_tag", "private tag":
                guard let tag = value.scalarText?.trimmingWhitespace(), !tag.isEmpty else {
                    problems.append(Diagnostic(.error, at: value.position, "private_tag should be one tag, like \"#private\""))
                    continue
                }
                privacy = PrivacyRule(tag: tag)
            case "session_windows", "session windows":
                guard let windows = Self.windows(value) else {
                    problems.append(Diagnostic(.error, at: value.position, "session_windows should be like {before: 7, after: [\"1-3\", \"4-7\", \"8-14\"]}"))
                    continue
                }
                metricWindows = windows
            case "emotions":
                for word in Self.pairs(value) {
                    let parts = word.text.split(separator: "/").map { String($0).normalizedName() }
                    if parts.count == 2 {
                        emotionWords.append((word.key, parts[0], parts[1]))
                    } else if parts.count == 1, !parts[0].isEmpty {
                        emotionWords.append((word.key, nil, parts[0]))
                    }
                }
            case "journeys":
                let lists = Self.kindLists(value, key: "journeys", problems: &problems)
                vocabulary.journeyTypes = lists.types ?? vocabulary.journeyTypes
                vocabulary.journeyTags = lists.tags ?? vocabulary.journeyTags
                vocabulary.journeyFolders = lists.folders ?? vocabulary.journeyFolders
            case "integration":
                let lists = Self.kindLists(value, key: "integration", problems: &problems)
                vocabulary.integrationTypes = lists.types ?? vocabulary.integrationTypes
                vocabulary.integrationTags = lists.tags ?? vocabulary.integrationTags
                vocabulary.integrationFolders = lists.folders ?? vocabulary.integrationFolders
            case "ignore_tags", "ignore tags":
                vocabulary.ignoreTags = Self.tagNames(EntryParser.strings(value))
            case "dates":
                for list in Self.lists(value) {
                    switch list.key {
                    case "formats": dates.formats = list.values.map { DateFormat(moment: $0) }
                    case "daily_notes", "daily notes": dates.dailyFolders = list.values.map { $0.trimmingSlashes() }
                    default: problems.append(Diagnostic(.error, at: value.position, "dates has no key '\(list.key)' (known: formats, daily_notes)"))
                    }
                }
            default:
                let key = pair.key.normalizedName()
                var message = "tend does not know the key '\(pair.key)', so it was left aside"
                if let near = ConfigKeys.nearest(to: key) { message += " (did you mean '\(near)'?)" }
                problems.append(Diagnostic(.warning, at: pair.at, message))
            }
        }
    }

    /// The `types`, `tags` and `folders` lists under `journeys:` or `integration:`; nil for a
    /// list not written.
    private static func kindLists(_ value: YAMLValue, key: String, problems: inout [Diagnostic])
        -> (types: [String]?, tags: [String]?, folders: [String]?) {
        var found: (types: [String]?, tags: [String]?, folders: [String]?) = (nil, nil, nil)
        for list in lists(value) {
            switch list.key {
            case "types": found.types = list.values.map { $0.normalizedName() }
            case "tags": found.tags = tagNames(list.values)
            case "folders": found.folders = list.values.map { $0.trimmingSlashes() }
            default: problems.append(Diagnostic(.error, at: value.position, "\(key) has no key '\(list.key)' (known: types, tags, folders)"))
            }
        }
        return found
    }

    /// `#kap` and `KAP` → `kap`.
    private static func tagNames(_ values: [String]) -> [String] {
        values.map { ($0.hasPrefix("#") ? String($0.dropFirst()) : $0).normalizedName() }.filter { !$0.isEmpty }
    }

    private static func pairs(_ value: YAMLValue) -> [(key: String, text: String)] {
        guard case .mapping(let pairs, _) = value else { return [] }
        return pairs.compactMap { p in
            guard let text = p.value.scalarText else { return nil }
            return (p.key.normalizedName(), text.trimmingWhitespace())
        }
    }

    private static func flag(_ text: String) -> Bool? {
        switch text.normalizedName() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// `{before: 7, after: ["1-3", "4-7", "8-14"]}`: days before, and windows of days after.
    private static func windows(_ value: YAMLValue) -> MetricWindows? {
        guard case .mapping(let pairs, _) = value else { return nil }
        var windows = MetricWindows()
        for pair in pairs {
            switch pair.key.normalizedName() {
            case "before":
                guard let days = pair.value.scalarText.flatMap({ Int($0) }), days > 0 else { return nil }
                windows.beforeDays = days
            case "after":
                var after: [ClosedRange<Int>] = []
                for text in EntryParser.strings(pair.value) {
                    let ends = text.split(separator: "-").compactMap { Int($0.trimmingWhitespace()) }
                    guard (1...2).contains(ends.count), ends[0] >= 1, ends.last! >= ends[0] else { return nil }
                    after.append(ends[0]...ends.last!)
                }
                guard !after.isEmpty else { return nil }
                windows.after = after
                windows.chartDays = -3...max(14, windows.lastDay)
            default:
                return nil
            }
        }
        return windows
    }

    private static func lists(_ value: YAMLValue) -> [(key: String, values: [String])] {
        guard case .mapping(let pairs, _) = value else { return [] }
        return pairs.map { ($0.key.normalizedName(), EntryParser.strings($0.value)) }
    }

    /// The lexicon with this vault's words added.
    public func lexicon(adding base: Lexicon) -> Lexicon {
        var lexicon = base
        for word in emotionWords {
            let canonical = word.canonical ?? base.meaning(of: word.word)?.canonical
            lexicon.add(word: word.word, canonical: canonical, family: word.family)
        }
        return lexicon
    }

    /// True when a vault-relative path is not an entry: hidden, templates, reviews or ignored.
    /// Runs for every file of the vault on every sync, so it looks at bytes and splits nothing
    /// unless there are `ignore:` globs.
    public func excludes(_ path: String, isDirectory: Bool) -> Bool {
        let hiddenOrSetAside = path.withBytes { bytes in
            // A hidden file or folder anywhere: a name starting with '.'. A path holds a dot or
            // two, so they are looked for, not every byte (with the folder names' lengths
            // compared first, below: 5.8 → 2.1 million instructions in the walk of the bench vault).
            var from = 0
            while let dot = ByteSearch.firstOffset(of: UInt8(ascii: "."), in: bytes, from: from) {
                if dot == 0 || bytes[dot - 1] == UInt8(ascii: "/") { return true }
                from = dot + 1
            }
            let first = bytes.prefix { $0 != UInt8(ascii: "/") }
            func isFolder(_ folder: String) -> Bool {
                first.count == folder.utf8.count && first.elementsEqual(folder.utf8)
            }
            return isFolder(templatesFolder) || isFolder(reviewsFolder)
        }
        if hiddenOrSetAside { return true }
        if !extraTemplateFolders.isEmpty, Vocabulary.folder(of: path + "/", in: extraTemplateFolders) != nil { return true }
        guard !ignore.isEmpty else { return false }
        return ignore.contains { Glob(pattern: $0).matches(path, isDirectory: isDirectory) }
    }
}

extension Configuration {
    /// Everything in the configuration (and the vault settings merged into it) that changes
    /// what is read from a file. The index keeps it and reads every entry again when it
    /// differs, so an edit to the config applies at the next command; keys that only shape
    /// reports (links, week start, motivation) are left out and cost no re-read.
    public var readingFingerprint: String {
        let lists = vocabulary.namedLists + [
            ("dateFormats", dates.formats.map(\.description)),
            ("dailyFolders", dates.dailyFolders),
            ("emotionWords", emotionWords.map { [$0.word, $0.canonical ?? "", $0.family].joined(separator: "\u{1D}") }),
        ]
        // Control characters no name holds keep one list's names apart from the next.
        return lists.map { $0.name + ":" + $0.names.joined(separator: "\u{1F}") }.joined(separator: "\u{1E}")
    }
}
