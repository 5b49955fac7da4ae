/// A heading the vocabulary does not know that heads lists in several entries: likely a
/// section the person writes in every entry, which `tend check` suggests adding, once, with
/// the exact line of config that would read it.
public struct VocabularyHint: Sendable, Equatable {
    /// The heading as first written.
    public var heading: String
    /// The kind it most likely means.
    public var kind: SectionKind
    /// How many entries have a list under it.
    public var entries: Int

    /// How many entries it takes before a heading is worth a hint.
    public static let threshold = 3

    /// The hints for headings that stand over a list, outside any known section, in at least
    /// ``threshold`` entries — one list of heading names per entry — most frequent first.
    public static func hints(unknownListHeadings perEntry: [[String]], vocabulary: Vocabulary) -> [VocabularyHint] {
        var counts: [String: (written: String, entries: Int)] = [:]
        for headings in perEntry {
            for key in Set(headings.map { SectionName($0).key }) where !key.isEmpty {
                let written = headings.first { SectionName($0).key == key }!
                counts[key, default: (written, 0)].entries += 1
            }
        }
        return counts.filter { $0.value.entries >= threshold && !vocabulary.headsNoSection($0.key) }
            .map { VocabularyHint(heading: $0.value.written, kind: vocabulary.likelyKind(ofHeading: $0.key), entries: $0.value.entries) }
            .sorted { ($1.entries, $0.heading) < ($0.entries, $1.heading) }
    }

    /// `'Things to try' heads a list in 4 entries; add "things to try" to headings.actions to read them as actions`.
    public func sentence(vocabulary: Vocabulary) -> String {
        "'\(heading)' heads a list in \(entries) entries; \(vocabulary.configHint(adding: heading, as: kind)) to read them as \(kind.rawValue)"
    }
}
