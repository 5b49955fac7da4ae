/// Which entries are private: never part of anything shared (`tend share`).
///
/// An entry is private when its front matter says `private: true` (or `yes`), or when it
/// carries the private tag (`#private` by default, and any tag nested under it such as
/// `#private/family`). A private entry is left out whole: its insights, feelings, steps,
/// metrics, practices and text.
public struct PrivacyRule: Sendable, Equatable {
    /// The tag that marks an entry private, lower-cased, without `#`.
    public var tag: String

    /// Creates the rule; `tag` may be written with or without `#`.
    public init(tag: String = "private") {
        let name = tag.hasPrefix("#") ? String(tag.dropFirst()) : tag
        self.tag = name.lowercased()
    }

    /// True when `entry` must never be shared.
    public func isPrivate(_ entry: Entry) -> Bool {
        for (key, value) in entry.fields where key.lowercased() == "private" {
            switch value {
            case .bool(let flag): if flag { return true }
            case .string(let text): if ["true", "yes"].contains(text.lowercased()) { return true }
            default: break
            }
        }
        return entry.themes.contains { $0 == tag || $0.hasPrefix(tag + "/") }
    }

    /// The entries that may be shared, in the same order.
    public func shareable(_ entries: [DatedEntry]) -> [DatedEntry] {
        entries.filter { !isPrivate($0.entry) }
    }
}
