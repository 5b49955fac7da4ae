/// The keys `.tend/config.yaml` knows, so that a misspelt one is named with the key it was
/// probably meant to be (`heading` → `headings`) instead of being quietly ignored.
enum ConfigKeys {
    /// Every top-level key, as `tend init` writes them.
    static let known = [
        "week_start", "links", "folders", "ignore", "entry_path", "motivation", "support", "headings", "tags",
        "emotions", "journeys", "integration", "ignore_tags", "dates",
    ]

    /// The known key within three edits of `key`, the closest first; nil when none is near.
    static func nearest(to key: String) -> String? {
        let written = Array(key.replacingSpaces().unicodeScalars)
        var rows = ([Int](), [Int]())
        var best: (key: String, distance: Int)?
        for candidate in known {
            let d = Lexicon.distance(written, Array(candidate.unicodeScalars), limit: 3, rows: &rows)
            if d <= 3, best == nil || d < best!.distance { best = (candidate, d) }
        }
        return best?.key
    }
}

extension String {
    /// `week start` → `week_start`.
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " ? "_" : $0 })
    }
}
