/// Which heading names and tags mean what. Every name is matched case-insensitively.
public struct Vocabulary: Sendable, Equatable {
    /// Headings whose list items (or paragraphs) are insights.
    public var insightHeadings: [String] = ["insights", "insight", "realizations", "realisations", "lessons"]
    /// Headings whose list items are emotions.
    public var emotionHeadings: [String] = ["emotions", "feelings"]
    /// Headings whose list items are action items.
    public var actionHeadings: [String] = ["action items", "actions", "next steps", "to do", "todo"]
    /// Headings whose list items are practices.
    public var practiceHeadings: [String] = ["practices", "self-care", "self care"]
    /// Headings whose list items are gratitude.
    public var gratitudeHeadings: [String] = ["gratitude", "grateful for"]
    /// Headings whose text is the intention.
    public var intentionHeadings: [String] = ["intention", "intentions"]
    /// Tags that mark an insight.
    public var insightTags: [String] = ["insight"]
    /// Tags that mark an action item.
    public var actionTags: [String] = ["action", "todo"]
    /// Tag prefixes that name an emotion (`#emotion/grief`).
    public var emotionTagPrefixes: [String] = ["emotion", "feeling"]
    /// Tag prefixes that name a practice (`#practice/yoga`).
    public var practiceTagPrefixes: [String] = ["practice"]

    /// The defaults of SPEC §2.
    public init() {}

    /// The kind of section a heading starts, or nil when its name is not in the vocabulary.
    public func section(forHeading name: String) -> SectionKind? {
        var key = name.normalizedName()
        while key.hasSuffix(":") { key.removeLast() }
        key = key.trimmingWhitespace()
        if insightHeadings.contains(key) { return .insights }
        if emotionHeadings.contains(key) { return .emotions }
        if actionHeadings.contains(key) { return .actions }
        if practiceHeadings.contains(key) { return .practices }
        if gratitudeHeadings.contains(key) { return .gratitude }
        if intentionHeadings.contains(key) { return .intention }
        return nil
    }

    /// True when a lower-cased tag is a marker (not a theme). A bare prefix (`#practice`,
    /// `#emotion`) names no practice or feeling: it is a theme, as zk and Obsidian keep it.
    public func isMarker(_ tag: String) -> Bool {
        insightTags.contains(tag) || actionTags.contains(tag)
            || emotionName(fromTag: tag) != nil || practiceName(fromTag: tag) != nil
    }

    /// `grief` for `emotion/grief`.
    public func emotionName(fromTag tag: String) -> String? { suffix(of: tag, after: emotionTagPrefixes) }

    /// `yoga` for `practice/yoga`.
    public func practiceName(fromTag tag: String) -> String? { suffix(of: tag, after: practiceTagPrefixes) }

    private func suffix(of tag: String, after prefixes: [String]) -> String? {
        let t = tag.utf8
        for prefix in prefixes {
            let p = prefix.utf8
            // `prefix/` and at least one character after it, compared on bytes (this runs per tag).
            guard t.count > p.count + 1, t.starts(with: p) else { continue }
            let slash = t.index(t.startIndex, offsetBy: p.count)
            guard t[slash] == 0x2F else { continue }
            return String(Substring(t[t.index(after: slash)...])).replacingDashes()
        }
        return nil
    }
}

/// What a section of an entry holds.
public enum SectionKind: String, Sendable, Equatable {
    case insights, emotions, actions, practices, gratitude, intention
}

extension String {
    /// `self-compassion` stays, `deep_breath` → `deep breath` (tags cannot hold spaces).
    func replacingDashes() -> String {
        guard containsByte(0x5F) else { return self }
        return String(map { $0 == "_" ? " " : $0 })
    }
}
