/// When an insight has been followed into action.
///
/// An insight counts as *followed* when there is a step for it:
/// 1. a step (an action item with text that was not cancelled) in the same entry, or
/// 2. such a step in an entry dated from the insight's day through ``days`` days after it
///    that shares one of the insight entry's themes, through the step's own tags or its
///    entry's themes.
///
/// Every other insight is *still waiting for a first step*. An insight in an entry with no
/// themes can only be followed by a step in its own entry.
public enum FollowThrough {
    /// How many days after an insight a step with a shared theme still counts.
    public static let days = 14

    /// True when the insight of `entry` has a step: in `entry` itself or, sharing a theme, in
    /// one of `later` (the entries dated up to ``days`` days after it; others are ignored).
    public static func isFollowed(insightOf entry: DatedEntry, later: [DatedEntry]) -> Bool {
        if entry.actions.contains(where: counts) { return true }
        let themes = Set(entry.themes)
        guard !themes.isEmpty else { return false }
        let day = entry.date, last = day.adding(days: days)
        return later.contains { other in
            guard other.path != entry.path, other.date >= day, other.date <= last else { return false }
            return other.actions.contains { step in
                counts(step) && !themes.isDisjoint(with: step.tags + other.themes)
            }
        }
    }

    /// The insights of `entries` that are still waiting, in entry order. `later` holds the
    /// entries that may follow them (at least up to ``days`` days after the last of `entries`).
    public static func waiting(in entries: [DatedEntry], later: [DatedEntry]) -> [(insight: Insight, entry: DatedEntry)] {
        entries.flatMap { entry in
            entry.insights.isEmpty || isFollowed(insightOf: entry, later: later) ? [] : entry.insights.map { ($0, entry) }
        }
    }

    private static func counts(_ step: ActionItem) -> Bool {
        step.status != .cancelled && !step.text.isEmpty
    }
}
