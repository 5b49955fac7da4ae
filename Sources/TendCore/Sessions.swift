/// A journey (medicine session) and what belongs to it.
public struct Journey: Sendable, Equatable {
    /// The session number.
    public var number: Int
    /// The day of the journey.
    public var date: LocalDate
    /// Minutes after midnight when the entry gave a time.
    public var minutes: Int?
    /// The journey entry's path.
    public var path: String
    /// Its intentions.
    public var intentions: [String]
}

/// Numbers journeys and ties every entry to the latest journey on or before its date.
public enum Sessions {
    /// Numbers journeys (by `session:` or else by date order) and sets `session` on every
    /// other entry that has none: the latest journey on or before its date.
    ///
    /// - Returns: the journeys, by date.
    @discardableResult
    public static func assign(_ entries: inout [Entry]) -> [Journey] {
        // Each dated journey with its day (a journey with no date is a note, never numbered).
        let order = entries.indices.compactMap { i in entries[i].isJourney ? entries[i].date.map { (index: i, date: $0) } : nil }
            .sorted { ($0.date, entries[$0.index].path) < ($1.date, entries[$1.index].path) }
        var journeys: [Journey] = []
        var last = 0
        for (i, date) in order {
            let number = entries[i].session ?? (last + 1)
            entries[i].session = number
            last = max(last, number)
            journeys.append(Journey(number: number, date: date, minutes: entries[i].minutes,
                                    path: entries[i].path, intentions: entries[i].intentions))
        }
        for i in entries.indices where !entries[i].isJourney && entries[i].session == nil {
            guard let date = entries[i].date else { continue }
            entries[i].session = journeys.last(where: { $0.date <= date })?.number
        }
        return journeys
    }
}
