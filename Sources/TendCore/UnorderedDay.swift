/// A day written as two numbers and a year (`03.11.2026`, `11-03-2026`, `3/11/2026`), which
/// tend does not read without the vault's own form: it may be 3 November or 11 March.
/// moment.js itself writes it either way, by language (`L` is `MM/DD/YYYY` in English,
/// `DD.MM.YYYY` in German, `DD/MM/YYYY` in French). A daily note named so is a note until
/// `dates: formats` names its form; this says why, and which form to name.
public struct UnorderedDay: Sendable, Equatable {
    /// The day as written.
    public var written: String
    /// The forms it may be in, the day first: both, or one when a number above 12 settles it.
    public var forms: [String]

    /// The first such day in `text`, not inside a longer number; nil when there is none.
    public init?(in text: some StringProtocol) {
        let c = Array(text)
        func number(at i: Int, digits: ClosedRange<Int>) -> (value: Int, end: Int)? {
            var end = i
            while end < c.count, c[end].isASCIIDigit, end - i < digits.upperBound { end += 1 }
            guard digits.contains(end - i), end == c.count || !c[end].isASCIIDigit else { return nil }
            return (Int(String(c[i..<end]))!, end)
        }
        for start in c.indices where c[start].isASCIIDigit && (start == 0 || !c[start - 1].isASCIIDigit) {
            guard let first = number(at: start, digits: 1...2), first.end < c.count, ".-/_".contains(c[first.end]) else { continue }
            let separator = c[first.end]
            guard let second = number(at: first.end + 1, digits: 1...2), second.end < c.count, c[second.end] == separator,
                  let year = number(at: second.end + 1, digits: 4...4) else { continue }
            let (a, b) = (first.value, second.value)
            guard (1...31).contains(a), (1...31).contains(b), a <= 12 || b <= 12 else { continue }
            let two = first.end - start == 2 && second.end - first.end == 3
            let (d, m) = two ? ("DD", "MM") : ("D", "M")
            let dayFirst = "\(d)\(separator)\(m)\(separator)YYYY", monthFirst = "\(m)\(separator)\(d)\(separator)YYYY"
            written = String(c[start..<year.end])
            forms = a > 12 ? [dayFirst] : b > 12 ? [monthFirst] : [dayFirst, monthFirst]
            return
        }
        return nil
    }

    /// How the day reads in each of its forms: `3 November or 11 March`; once for a day that
    /// reads the same either way (`01-01-2021`, 1 January).
    public var readings: String {
        var days: [String] = []
        for form in forms {
            guard let date = DateFormat(moment: form).date(in: written) else { continue }
            let day = "\(date.day) \(LocalDate.monthNames[date.month - 1])"
            if !days.contains(day) { days.append(day) }
        }
        return days.joined(separator: " or ")
    }

    /// What to add to the configuration to read a day written in one of `forms`.
    public static func configurationHint(_ forms: [String]) -> String {
        "add dates: formats: [\"\(forms[0])\"] to .tend/config.yaml" + (forms.count > 1 ? " (or [\"\(forms[1])\"], if the month comes first)" : "")
    }

    /// For `tend check`: the notes (vault-relative paths) whose names hold such a day, what the
    /// first may mean, and the form to name (the one a number above 12 shows, when every name
    /// that shows one agrees); nil when no note's name holds one. `display` shows a path.
    public static func hint(forNotes notes: [String], display: (String) -> String) -> String? {
        let found = notes.compactMap { path in UnorderedDay(in: FileName.lastComponent(path)).map { (path: path, day: $0) } }
        guard let first = found.first else { return nil }
        let settled = Set(found.compactMap { $0.day.forms.count == 1 ? $0.day.forms[0] : nil })
        let forms = settled.count == 1 ? [settled.first!] : first.day.forms
        let named = display(first.path) + (found.count > 1 ? " and \(found.count - 1) more" : "")
        // The example is a day whose readings differ (not `01-01-2021`), when one does.
        let example = found.first { $0.day.readings.contains(" or ") }?.day ?? first.day
        return "\(named) hold\(found.count == 1 ? "s" : "") a day tend cannot read without the vault's own form ('\(example.written)' may be \(example.readings)); "
            + configurationHint(forms)
    }
}
