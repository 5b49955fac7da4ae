/// A session and the days it spans: from its journey to the day before the next one
/// (the last one: to the latest entry). `number` nil is the time before the first journey.
public struct SessionSpan: Sendable, Equatable {
    /// The session number, or nil before the first journey.
    public var number: Int?
    /// The first day (the journey's), nil before the first journey.
    public var start: LocalDate?
    /// The last day.
    public var end: LocalDate?

    /// Creates a span.
    public init(number: Int?, start: LocalDate?, end: LocalDate?) {
        self.number = number
        self.start = start
        self.end = end
    }
}
