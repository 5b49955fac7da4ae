/// A night's sleep said in a line of its own, as people log it in a check-in or a day's prose
/// (docs/vault-format.md, "A night's sleep in words"): `Slept 7 hours.`, `I slept about 6h last
/// night`, `Slept only 4.5 hrs`, `Got 7 hours of sleep.`, `7 hours of sleep`, `Sleep 7h`. It is
/// the sleep metric, as `Sleep: 7 hours` is. The whole line must say it, so `Slept 7 hours and
/// woke up anxious.` stays what it was, and a number of anything else (`Slept in until 10`)
/// is no sleep.
enum SleepSaid {
    /// A quick look: true when `line` may be such a sentence, a short line (at most 60 bytes)
    /// that begins with one of the leads, or with a digit and holds *sleep*. Asked of every line
    /// of a paragraph: without the length, the bench vault's `Sleep is the first thing to go
    /// when…` had its paragraphs looked at line by line for ratings, and `tend check` took
    /// 1.025× the instructions per entry.
    static func mayBe(_ line: String) -> Bool {
        guard let first = line.utf8.first, line.utf8.count <= 60 else { return false }
        if first.isASCIIDigit { return line.contains("sleep") }
        return line.withBytes { leads.length(in: $0) } != nil
    }

    /// The line as a rating (`Slept: 7 hours`, read by ``OpeningLines/metricValues(of:)``); nil
    /// when `line` is no such sentence.
    static func rating(_ line: String, at number: Int) -> OpeningLines.Line? {
        guard let lead = line.withBytes({ leads.length(in: $0) }) ?? (line.utf8.first?.isASCIIDigit == true ? 0 : nil) else { return nil }
        let leadWords = String(Substring(line.utf8.prefix(lead))).lowercased()
        var words = Substring(line.utf8.dropFirst(lead)).droppingFinalStops().lowercased().split(separator: " ").map(String.init)
        // Words of how many before the number: `about 6`, `a solid 8`, `~6h`.
        while let first = words.first, approximations.contains(first), words.count > 1 { words.removeFirst() }
        if words.first?.hasPrefix("~") == true { words[0].removeFirst() }
        guard let amount = words.first, amount.first?.isNumber == true else { return nil }
        words.removeFirst()
        // The unit, unless the number holds it (`6h`, `6h30`).
        var value = amount
        if amount.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) {
            guard let unit = words.first, units.contains(unit) else { return nil }
            words.removeFirst()
            value += " hours"
        }
        // `Got 7 hours` and `7 hours` say what of with `of sleep`; `Slept 7 hours` needs no more.
        if words.starts(with: ["of", "sleep"]) {
            words.removeFirst(2)
        } else if lead == 0 || leadWords.contains("got") {
            return nil
        }
        // `last night`, `tonight`: when, and nothing more.
        guard words.isEmpty || whens.contains(words.joined(separator: " ")) else { return nil }
        let found = OpeningLines.Line(label: "Slept", value: value, line: number, column: 1, isWithoutColon: true)
        guard let hours = OpeningLines.metricValues(of: found)?.first?.value, hours > 0, hours <= 24 else { return nil }
        return found
    }

    /// How the sentence begins, lower-cased, each with the space after it.
    private static let leads = SentenceLeads(["i slept ", "slept ", "sleep ", "i got ", "got "])
    /// Words of how many before the number.
    private static let approximations: Set<String> = ["about", "around", "only", "maybe", "almost", "nearly", "barely", "just",
                                                      "roughly", "approx", "approximately", "like", "over", "under", "a", "solid"]
    /// The units of hours.
    private static let units: Set<String> = ["h", "hr", "hrs", "hour", "hours"]
    /// The words of when that may close the sentence.
    private static let whens: Set<String> = ["last night", "tonight", "today", "this night"]
}
