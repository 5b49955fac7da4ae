import TendMarkdown

/// A calendar date as written in a journal, with no time zone.
///
/// Entries are dated by what the person wrote: `2026-11-02T22:30:00-08:00` is
/// 2026-11-02, never shifted through UTC.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a date when the parts form a real calendar day.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Parses `YYYY-MM-DD` at the start of `text` (what follows is ignored).
    public init?(parsing text: some StringProtocol) {
        // Read in passing, byte by byte: no copy of the text.
        var parts = (0, 0, 0)   // year, month, day
        var count = 0
        for b in text.utf8 {
            if count == 4 || count == 7 {
                guard b == UInt8(ascii: "-") else { return nil }
            } else {
                guard b.isASCIIDigit else { return nil }
                let digit = b.asciiDigitValue
                switch count {
                case 0..<4: parts.0 = parts.0 * 10 + digit
                case 5..<7: parts.1 = parts.1 * 10 + digit
                default: parts.2 = parts.2 * 10 + digit
                }
            }
            count += 1
            if count == 10 { break }
        }
        guard count == 10 else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (3 with Monday = 0)
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// The day's place in its year: 1 for January 1, up to 366. Counted from the month lengths,
    /// not from January 1 as a date, so it holds at the calendar's ends too (a week near
    /// 9999-12-31 or 0001-01-01 reaches into the years around them).
    public var dayOfYear: Int {
        (1..<month).reduce(day) { $0 + LocalDate.daysIn(month: $1, year: year) }
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int {
        other.dayNumber - dayNumber
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        guard (0...9999).contains(year) else {
            // Only a day number far outside the calendar's years comes here.
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
        }
        // The ten characters written in place: three padded numbers put together took about
        // 2,600 instructions a date, and `tend grep anger` writes 7,578 of them.
        return String(unsafeUninitializedCapacity: 10) { text in
            func put(_ number: Int, digits: Int, at start: Int) {
                var rest = number
                for i in (start..<(start + digits)).reversed() {
                    text[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, digits: 4, at: 0)
            text[4] = UInt8(ascii: "-")
            put(month, digits: 2, at: 5)
            text[7] = UInt8(ascii: "-")
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    /// Orders by calendar day.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Decodes from `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a YYYY-MM-DD date")
        }
        self = date
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A date with an optional time of day, as written in front matter.
public struct WrittenDate: Hashable, Sendable {
    /// The calendar date.
    public var date: LocalDate
    /// Minutes after midnight, when a time was written.
    public var minutes: Int?

    /// Parses `2026-11-03`, `2026-11-03 09:30`, `2026-11-03T09:30:00+01:00`, `2026-11-03T09:30Z`.
    /// The offset, if any, is ignored: the date is the one written.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        guard let date = LocalDate(parsing: trimmed) else { return nil }
        self.date = date
        let rest = Array(trimmed.utf8.dropFirst(10))
        minutes = nil
        guard !rest.isEmpty else { return }
        guard rest[0] == UInt8(ascii: "T") || rest[0] == UInt8(ascii: "t") || rest[0] == UInt8(ascii: " "), rest.count >= 6,
              rest[3] == UInt8(ascii: ":"),
              let h = Int(String(decoding: rest[1..<3], as: UTF8.self)),
              let m = Int(String(decoding: rest[4..<6], as: UTF8.self)),
              (0...23).contains(h), (0...59).contains(m) else { return nil }
        minutes = h * 60 + m
    }

    /// `HH:MM`, when a time was written.
    public var timeText: String? {
        guard let minutes else { return nil }
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
