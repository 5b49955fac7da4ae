/// Ratings written the way people log them, beyond a plain number or one out of ten
/// (docs/vault-format.md, "Labelled numbers at the top"): a rating with a remark after it
/// (`Mood: 6/10 — steadier`), hours of sleep with their unit (`Sleep: 7h30`), and a rating out
/// of five (`Mood: 3/5`, `Energy: ★★★☆☆`). ``OpeningLines/metricValues(of:)`` tries them after a
/// plain number.
extension OpeningLines {
    /// A rating out of five on tend's scale of ten, doubled as an emotion's `joy 3/5` is: `3/5`,
    /// `3 / 5` and `3 out of 5` (``EntryParser/outOfWords``) are 6 where the key names a rating
    /// (``namesRating(_:)``: mood, anxiety, energy, sleep, stress, in the languages
    /// ``MetricNames`` knows), and stars are a rating for any key (``stars(_:)``). nil for any
    /// other value, and for a number over five. Other keys are not read out of five, as
    /// ``outOfFiveWhy`` says.
    static func outOfFive(key: String, _ value: String) -> Double? {
        if let stars = stars(value) { return stars }
        // Only a value that ends in `5` or a face can be one.
        guard namesRating(key), let last = value.utf8.last, last == UInt8(ascii: "5") || !UTF8.isASCII(last) else { return nil }
        let text = ItemParsing.withoutEmojiAround(value).trimmingWhitespace()
        guard let number = EntryParser.number(text, outOf: "5"), (0...5).contains(number) else { return nil }
        return number * 2
    }

    /// A rating written on a scale other than ten, on tend's scale of ten, with what it was read
    /// as for `tend explain`: out of five (``outOfFive(key:_:)``), out of a hundred
    /// (``percent(key:_:)``), or one of Daylio's mood words (``daylioMood(key:_:)``). nil for
    /// any other value.
    static func rescaled(key: String, _ value: String) -> (value: Double, readAs: String)? {
        if let read = outOfFive(key: key, value) { return (read, "a rating out of five") }
        if let read = percent(key: key, value) { return (read, "a rating out of a hundred") }
        if let read = daylioMood(key: key, value) { return (read, "one of Daylio's five moods (\(daylioWords))") }
        return nil
    }

    /// A percentage on tend's scale of ten, where the key names a rating (``namesRating(_:)``), as
    /// mood trackers and sleep apps give one: `Mood: 70%`, `Anxiety: 30 %`, `Energy: 70/100` are
    /// 7, 3 and 7. nil for any other value or key, and for over a hundred: like a number out of
    /// five, a percentage may measure something else (`Battery: 40%`), and `tend explain` says so.
    static func percent(key: String, _ value: String) -> Double? {
        guard let last = value.utf8.last, last == UInt8(ascii: "%") || last == UInt8(ascii: "0") || !UTF8.isASCII(last),
              namesRating(key) else { return nil }
        let text = ItemParsing.withoutEmojiAround(value).trimmingWhitespace()
        let number = text.hasSuffix("%") ? EntryParser.number(String(text.dropLast())) : EntryParser.number(text, outOf: "100")
        guard let number, (0...100).contains(number) else { return nil }
        return number / 10
    }

    /// Daylio's five moods on tend's scale of ten, as its exports into Markdown write them
    /// (`mood: good`; Geronimoes/daylio-to-markdown): rad 10, good 8, meh 6, bad 4, awful 2, its
    /// five steps doubled as a rating out of five is; a face before or after the word or not
    /// (`Mood: 😊 rad`), a stop after it or not (`Mood: good.`). Only for mood, and only these
    /// words: `Mood: okay` stays a word, and `tend explain` says how to chart it.
    static func daylioMood(key: String, _ value: String) -> Double? {
        guard let last = value.utf8.last, last >= UInt8(ascii: "A") || last == UInt8(ascii: ".") || last == UInt8(ascii: "!"),
              (MetricNames.englishName(of: key) ?? key) == "mood" else { return nil }
        // `Mood: good.`, as a line of prose ends.
        let word = ItemParsing.withoutEmojiAround(value).trimmingWhitespace().lowercased().droppingFinalStops()
        return daylioMoods[String(word)]
    }

    /// True when `rest`, what follows a line's colon from its first letter, is one of Daylio's
    /// mood words and nothing more but white space or a stop (`meh`, `Good.`): below the lines that
    /// open an entry, a line with no number after its colon is looked at no closer but for these
    /// (``daylioMood(key:_:)`` then says whether its label is mood). On bytes: every line with a
    /// colon and a letter after it is asked.
    static func mayBeMoodWord(_ rest: Substring.UTF8View) -> Bool {
        var word = rest
        while let last = word.last, last.isASCIIWhitespace || last == UInt8(ascii: ".") || last == UInt8(ascii: "!") {
            word = word.dropLast()
        }
        guard (3...5).contains(word.count) else { return false }
        return daylioMoodBytes.contains { $0.count == word.count && zip($0, word).allSatisfy { $0 == $1.asciiLowercased } }
    }

    /// True when `label`, what stands before a line's colon, ends with the word *mood* (`Mood`,
    /// `**Mood**`, `Overall mood`): below the lines that open an entry, such a line with a word
    /// after its colon is looked at closer, for a mood written as a feeling (`Mood: anxious`).
    static func mayBeMoodLabel(_ label: Substring.UTF8View) -> Bool {
        var word = label
        while let last = word.last, last.isASCIIWhitespace || last == UInt8(ascii: "*") || last == UInt8(ascii: "_") {
            word = word.dropLast()
        }
        let end = word.suffix(4)
        guard end.count == 4, zip(end, "mood".utf8).allSatisfy({ $0.asciiLowercased == $1 }) else { return false }
        return word.dropLast(4).last.map { !$0.isASCIILetter } ?? true
    }

    private static let daylioMoods: [String: Double] = ["rad": 10, "good": 8, "meh": 6, "bad": 4, "awful": 2]
    private static let daylioMoodBytes = daylioMoods.keys.map { Array($0.utf8) }
    static let daylioWords = "rad, good, meh, bad, awful"

    /// Why `Focus: 4/5` is not read, for `tend explain` to say.
    static let outOfFiveWhy = "out of five, tend reads mood, anxiety, energy, sleep and stress only, since a number out of five may also count something (2/5, the second of five sessions)"

    /// A percentage's number out of ten, for a hint: `40%` and `40/100` are `4`.
    static func tenthOf(_ value: String) -> String {
        let digits = value.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        return EntryParser.number(String(digits)).map { Review.number($0 / 10) } ?? "6"
    }

    /// Why `Focus: 40%` is not read, for `tend explain` to say.
    static let percentWhy = "tend reads a percentage for mood, anxiety, energy, sleep and stress only, since one may also measure something else (a battery, a share of the day)"

    /// Stars as rating apps and templates give them, on tend's scale of ten: `★★★☆☆` is 6 (the
    /// filled ones out of all, five or ten), and `⭐⭐⭐⭐` or `★★★★`, with no empty star, is 8
    /// (out of five). nil for anything but stars, and for more than five without empty ones.
    static func stars(_ value: String) -> Double? {
        var filled = 0, empty = 0
        for scalar in value.unicodeScalars {
            switch scalar {
            case "★", "⭐": filled += 1
            case "☆": empty += 1
            case " ": continue
            default: guard scalar.properties.isVariationSelector else { return nil }
            }
        }
        let top = empty == 0 ? 5 : filled + empty
        guard filled + empty > 0, top == 5 || top == 10, filled <= top else { return nil }
        return Double(filled * 10 / top)
    }

    /// A value without the remark after it, set off by a spaced dash, a parenthesis or a comma
    /// and a space before a word (`6/10 — steadier`, `4 - after the call`, `7 (better)`, `6, a
    /// bit better`, `5/10, etwas ruhiger`); nil when it has none, or when a number follows the
    /// mark (`3 - 7` is no remark, nor is `6, 7`; `6,5` has no space). Only a rating is read so
    /// (mood, anxiety, energy, sleep, stress, or a number out of ten): `Dose: 60 — strong`
    /// stays a line.
    static func withoutRemark(_ value: String) -> String? {
        let cuts = [" — ", " – ", " - ", " (", ", "].compactMap { value.firstRange(of: $0) }
        guard let cut = cuts.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let after = value[cut.upperBound...].first
        guard after?.isNumber != true else { return nil }
        // `6, Anxiety: 4` is two ratings (``labelledLines(_:line:)``), not a remark.
        if value[cut] == ", ", after?.isLetter != true || value[cut.upperBound...].contains(":") { return nil }
        let rating = value[..<cut.lowerBound].trimmingWhitespace()
        return rating.isEmpty ? nil : String(rating)
    }

    /// Hours of sleep written with their unit, as people log them: `7h`, `7.5 hours`, `6 hrs`,
    /// `7h30`, `7 h 30 min`, `7,5 Std.`, `8 Stunden`, `7 heures`; nil for any other metric, and
    /// for any other value (`7 hours, woke twice`). Sleep is the one rating people give in hours
    /// as often as on a scale, and `Sleep (h): 7` reads as the same `sleep` already. Other
    /// numbers with a unit (`Dose: 60 mg`) are not read: `tend explain` shows the form that is.
    static func sleepHours(key: String, _ value: String) -> Double? {
        guard (MetricNames.englishName(of: key) ?? key) == "sleep" else { return nil }
        var rest = Substring(value.lowercased())
        func number() -> Double? {
            let digits = rest.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
            rest = rest.dropFirst(digits.count).drop(while: \.isWhitespace)
            return EntryParser.number(String(digits.map { $0 == "," ? "." : $0 }))
        }
        func unit(in units: Set<String>) -> Bool {
            let word = rest.prefix(while: \.isLetter)
            guard units.contains(String(word)) else { return false }
            rest = rest.dropFirst(word.count).drop { $0.isWhitespace || $0 == "." }
            return true
        }
        guard let hours = number(), unit(in: hourUnits) else { return nil }
        if rest.isEmpty { return hours }
        // `7h30`, `7 h 30 min`.
        guard hours == hours.rounded(), let minutes = number(), minutes < 60 else { return nil }
        guard rest.isEmpty || unit(in: minuteUnits) && rest.isEmpty else { return nil }
        return ((hours + minutes / 60) * 100).rounded() / 100
    }

    /// How people write hours and minutes, in the languages ``MetricNames`` knows.
    private static let hourUnits: Set<String> = [
        "h", "hr", "hrs", "hour", "hours", "std", "stunde", "stunden", "heure", "heures", "hora", "horas", "ora", "ore",
        "uur", "u",
    ]
    private static let minuteUnits: Set<String> = [
        "m", "min", "mins", "minute", "minutes", "minuten", "minuto", "minutos", "minuti",
    ]
}
