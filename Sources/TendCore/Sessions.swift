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
///
/// The rule, in one place for the entries read from files and for the index's rows: journeys
/// are taken in date order (then path); each takes the number written in it (`session: 3`),
/// or else the one after the highest so far. Any other dated entry keeps a number written in
/// it, or else takes the number of the latest journey on or before its day.
public enum Sessions {
    /// What numbering needs to know of one dated entry.
    public struct Dated: Sendable, Equatable {
        /// The entry's day.
        public var day: LocalDate
        /// True for a journey (a medicine session).
        public var isJourney: Bool
        /// The session number written in the entry, if any.
        public var written: Int?

        /// Describes one dated entry.
        public init(day: LocalDate, isJourney: Bool, written: Int?) {
            self.day = day
            self.isJourney = isJourney
            self.written = written
        }
    }

    /// The session number of each entry of `dated`, which is in date order, then path order.
    public static func numbers(_ dated: [Dated]) -> [Int?] {
        var numbers = [Int?](repeating: nil, count: dated.count)
        var journeys: [(day: LocalDate, number: Int)] = []
        var highest = 0
        for (i, entry) in dated.enumerated() where entry.isJourney {
            let number = entry.written ?? (highest + 1)
            highest = max(highest, number)
            journeys.append((entry.day, number))
            numbers[i] = number
        }
        for (i, entry) in dated.enumerated() where !entry.isJourney {
            numbers[i] = entry.written ?? latestJourney(onOrBefore: entry.day, in: journeys)
        }
        return numbers
    }

    /// Numbers journeys and sets `session` on every dated entry, by ``numbers(_:)``.
    ///
    /// - Returns: the journeys, by date.
    @discardableResult
    public static func assign(_ entries: inout [Entry]) -> [Journey] {
        // Each dated entry with its day (an entry with no date is a note, never numbered).
        let order = entries.indices.compactMap { i in entries[i].date.map { (index: i, date: $0) } }
            .sorted { ($0.date, entries[$0.index].path) < ($1.date, entries[$1.index].path) }
        let numbers = numbers(order.map {
            Dated(day: $0.date, isJourney: entries[$0.index].isJourney, written: entries[$0.index].session)
        })
        var journeys: [Journey] = []
        for (k, (i, date)) in order.enumerated() {
            entries[i].session = numbers[k]
            guard entries[i].isJourney, let number = numbers[k] else { continue }
            journeys.append(Journey(number: number, date: date, minutes: entries[i].minutes,
                                    path: entries[i].path, intentions: entries[i].intentions))
        }
        return journeys
    }

    /// The number of the last journey (in date order) on or before `day`.
    private static func latestJourney(onOrBefore day: LocalDate, in journeys: [(day: LocalDate, number: Int)]) -> Int? {
        var low = 0, high = journeys.count
        while low < high {
            let mid = (low + high) / 2
            if journeys[mid].day <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : journeys[low - 1].number
    }
}
