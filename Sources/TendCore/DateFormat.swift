/// A date format as Obsidian's daily-notes settings write it (moment.js tokens: `YYYY-MM-DD`,
/// `DD-MM-YYYY`, `MMM D, YYYY`, `dddd, MMMM Do YYYY`, `[Journal] YYYY-MM-DD`), or as Logseq's
/// `:journal/file-name-format` does (date-fns tokens: `yyyy_MM_dd`), read into a matcher that
/// finds such a date in a file name or a heading.
///
/// Numbers are read greedily, without backtracking; month and weekday names are full or short,
/// whichever the format asks for (`MMM` reads `Nov` and `November` alike), in English and in
/// fourteen of the languages Obsidian's moment.js writes them in (`3 novembre 2026`,
/// `3. November 2026`, `3 de noviembre de 2026`, `mardi 3 novembre 2026`, `3 ноября 2026`).
public struct DateFormat: Sendable, Equatable, CustomStringConvertible {
    /// The format as written.
    public var description: String
    private var tokens: [Token]

    private enum Token: Equatable {
        case year4, year2, month2, month, day2, day, dayOrdinal, monthName, weekdayName
        case literal(Character)
    }

    /// The forms tend reads with no settings: ISO days (`2026-11-03`, `2026_11_03`, `20261103`,
    /// `2026.11.03` and `2026/11/03` (in a heading, front matter or a `Date:` line: a file's name
    /// holds no `/`), which no country reads with the day before the month) and days written
    /// out (`Nov 3, 2026`, `November 3rd 2026` without the comma, `3 November 2026`, and moment.js's long dates of the
    /// other languages: German `3. November 2026`, Spanish and Portuguese `3 de noviembre de
    /// 2026`, Japanese and Chinese `2026年11月3日`, Korean `2026년 11월 3일`). `03-11-2026` is
    /// left out: it reads as 3 November or 11 March, and only the vault's own format can say which.
    public static let common: [DateFormat] = [
        "YYYY-MM-DD", "YYYY_MM_DD", "YYYYMMDD", "YYYY.MM.DD", "YYYY/MM/DD", "MMMM D, YYYY", "MMMM Do, YYYY", "MMMM D YYYY", "MMMM Do YYYY",
        "D MMMM YYYY", "Do MMMM YYYY",
        "D. MMMM YYYY", "D [de] MMMM [de] YYYY", "YYYY年M月D日", "YYYY년 M월 D일",
    ].map { DateFormat(moment: $0) }

    /// Reads a moment.js format. Text in `[brackets]` is literal; so is every character that is
    /// not a token.
    public init(moment format: String) {
        description = format
        tokens = []
        let c = Array(format)
        var i = 0
        func run(of ch: Character) -> Int {
            var n = 0
            while i + n < c.count, c[i + n] == ch { n += 1 }
            return n
        }
        while i < c.count {
            if c[i] == "[" {
                i += 1
                while i < c.count, c[i] != "]" { tokens.append(.literal(c[i])); i += 1 }
                i += 1
                continue
            }
            let n = run(of: c[i])
            switch (c[i], n) {
            case ("Y", 4...): tokens.append(.year4)
            case ("Y", 2...): tokens.append(.year2)
            case ("M", 3...): tokens.append(.monthName)
            case ("M", 2): tokens.append(.month2)
            case ("M", 1): tokens.append(.month)
            case ("D", 2...): tokens.append(.day2)
            case ("D", 1):
                if i + 1 < c.count, c[i + 1] == "o" { tokens.append(.dayOrdinal); i += 2; continue }
                tokens.append(.day)
            case ("d", 2...): tokens.append(.weekdayName)
            default:
                for _ in 0..<n { tokens.append(.literal(c[i])) }
            }
            i += n
        }
    }

    /// Reads a date-fns format (Logseq's `yyyy_MM_dd`, `MMM do, yyyy`, `EEE, dd.MM.yyyy`).
    public init(dateFns format: String) {
        var moment = ""
        var quoted = false
        for ch in format {
            if ch == "'" { moment.append(quoted ? "]" : "["); quoted.toggle(); continue }
            if quoted { moment.append(ch); continue }
            switch ch {
            case "y": moment.append("Y")
            case "d": moment.append("D")
            case "E": moment.append("d")
            case "o": moment.append("o")
            default: moment.append(ch)
            }
        }
        self.init(moment: moment)
        description = format
    }

    /// The first date in `text` written in this format, not inside a longer number.
    public func date(in text: some StringProtocol) -> LocalDate? {
        let c = Array(text)
        for start in c.indices where start == 0 || !c[start - 1].isASCIIDigit {
            if let (date, end) = match(c, from: start), end == c.count || !c[end].isASCIIDigit { return date }
        }
        return nil
    }

    /// True when the whole of `text` is a date in this format.
    public func isWhole(_ text: some StringProtocol) -> Bool {
        let c = Array(text)
        guard let (_, end) = match(c, from: 0) else { return false }
        return end == c.count
    }

    private func match(_ c: [Character], from start: Int) -> (LocalDate, Int)? {
        var i = start
        var year: Int?, month: Int?, day: Int?
        func digits(min: Int, max: Int) -> Int? {
            var n = 0, value = 0
            while n < max, i + n < c.count, let d = c[i + n].wholeNumberValue, c[i + n].isASCIIDigit {
                value = value * 10 + d
                n += 1
            }
            guard n >= min else { return nil }
            i += n
            return value
        }
        func name(from names: NameTable, before next: Token?) -> Int? {
            // Longest first: `November` before `Nov`. Only the names that start with the text's
            // first letter are compared; the text is lower-cased once, and compared as
            // characters, so `é` matches whether it is written as one or two.
            guard i < c.count, let letter = c[i].lowercased().first, let candidates = names.byFirstLetter[letter] else { return nil }
            let rest = String(c[i..<min(c.count, i + names.longest)]).lowercased()
            var best: Name?
            for name in candidates where name.length > (best?.length ?? 0) && rest.hasPrefix(name.text) { best = name }
            guard let best else { return nil }
            i += best.length
            // A short name may end with moment's dot (`janv.`, `Okt.`), unless the format puts one there.
            if best.isShort, i < c.count, c[i] == ".", next != .literal(".") { i += 1 }
            return best.index
        }
        for (t, token) in tokens.enumerated() {
            let next = t + 1 < tokens.count ? tokens[t + 1] : nil
            switch token {
            case .year4: guard let y = digits(min: 4, max: 4) else { return nil }; year = y
            case .year2: guard let y = digits(min: 2, max: 2) else { return nil }; year = 2000 + y
            case .month2: guard let m = digits(min: 2, max: 2) else { return nil }; month = m
            case .month: guard let m = digits(min: 1, max: 2) else { return nil }; month = m
            case .day2: guard let d = digits(min: 2, max: 2) else { return nil }; day = d
            case .day: guard let d = digits(min: 1, max: 2) else { return nil }; day = d
            case .dayOrdinal:
                guard let d = digits(min: 1, max: 2) else { return nil }
                day = d
                let suffix = i + 2 <= c.count ? String(c[i..<(i + 2)]).lowercased() : ""
                guard ["st", "nd", "rd", "th"].contains(suffix) else { return nil }
                i += 2
            case .monthName: guard let m = name(from: Self.monthNames, before: next) else { return nil }; month = m + 1
            case .weekdayName: guard name(from: Self.weekdayNames, before: next) != nil else { return nil }
            case .literal(let ch):
                guard i < c.count, c[i].lowercased() == ch.lowercased() else { return nil }
                i += 1
            }
        }
        guard let year, let month, let day, let date = LocalDate(year: year, month: month, day: day) else { return nil }
        return (date, i)
    }

    /// A way a month or a weekday is written, lower-cased, and which one it is (from 0).
    private struct Name {
        var text: String
        var length: Int
        var index: Int
        var isShort: Bool
    }

    /// Names by their first letter (a month name is looked for at many places of a heading),
    /// and the longest one's length.
    private struct NameTable {
        var byFirstLetter: [Character: [Name]]
        var longest: Int
    }

    /// Month names as moment.js writes them (its `src/locale` files: `months` and `monthsShort`,
    /// without their dots; both forms where a language has two, as Russian's `ноябрь` and
    /// `ноября`), and English's first three and four letters (`Sept`). A short name two months
    /// share in different languages would be left out; none does.
    private static let monthNames = names([
        ("january february march april may june july august september october november december", ""),
        ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
         "janv févr mars avr mai juin juil août sept oct nov déc"),
        ("januar februar märz april mai juni juli august september oktober november dezember",
         "jan feb märz apr mai juni juli aug sep okt nov dez"),
        ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
         "ene feb mar abr may jun jul ago sep oct nov dic"),
        ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
         "gen feb mar apr mag giu lug ago set ott nov dic"),
        ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
         "jan fev mar abr mai jun jul ago set out nov dez"),
        ("januari februari maart april mei juni juli augustus september oktober november december",
         "jan feb mrt apr mei jun jul aug sep okt nov dec"),
        ("januari februari mars april maj juni juli augusti september oktober november december",
         "jan feb mar apr maj jun jul aug sep okt nov dec"),
        ("januar februar marts april maj juni juli august september oktober november december",
         "jan feb mar apr maj juni juli aug sep okt nov dec"),
        ("januar februar mars april mai juni juli august september oktober november desember",
         "jan feb mars apr mai juni juli aug sep okt nov des"),
        ("styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
         "sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
         "sty lut mar kwi maj cze lip sie wrz paź lis gru"),
        ("leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
         "led úno bře dub kvě čvn čvc srp zář říj lis pro"),
        ("ledna února března dubna května června července srpna září října listopadu prosince",
         "led úno bře dub kvě čvn čvc srp zář říj lis pro"),
        ("ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
         "oca şub mar nis may haz tem ağu eyl eki kas ara"),
        ("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
         "янв февр март апр май июнь июль авг сент окт нояб дек"),
        ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
         "янв февр мар апр мая июня июля авг сент окт нояб дек"),
        ("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
         "січ лют бер квіт трав черв лип серп вер жовт лист груд"),
        ("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
         "січ лют бер квіт трав черв лип серп вер жовт лист груд"),
    ])

    /// Weekday names as moment.js writes them; only English's are shortened. A weekday is read
    /// past, never used, so which day a name is does not matter here.
    private static let weekdayNames = names([
        ("monday tuesday wednesday thursday friday saturday sunday", ""),
        ("lundi mardi mercredi jeudi vendredi samedi dimanche", ""),
        ("montag dienstag mittwoch donnerstag freitag samstag sonntag", ""),
        ("lunes martes miércoles jueves viernes sábado domingo", ""),
        ("lunedì martedì mercoledì giovedì venerdì sabato domenica", ""),
        ("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo", ""),
        ("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag", ""),
        ("måndag tisdag onsdag torsdag fredag lördag söndag", ""),
        ("mandag tirsdag onsdag torsdag fredag lørdag søndag", ""),
        ("poniedziałek wtorek środa czwartek piątek sobota niedziela", ""),
        ("pondělí úterý středa čtvrtek pátek sobota neděle", ""),
        ("pazartesi salı çarşamba perşembe cuma cumartesi pazar", ""),
        ("понедельник вторник среда четверг пятница суббота воскресенье", ""),
        ("понеділок вівторок середа четвер п’ятниця субота неділя", ""),
    ])

    /// Each language's full names and short names (none given: English's, its first three and
    /// four letters), with a short name that stands for two different ones left out.
    private static func names(_ languages: [(full: String, short: String)]) -> NameTable {
        var full: [Name] = []
        var short: [String: Int?] = [:]
        for (fullNames, shortNames) in languages {
            let names = fullNames.split(separator: " ").map(String.init)
            for (index, name) in names.enumerated() {
                full.append(Name(text: name, length: name.count, index: index, isShort: false))
                let shortened = shortNames.isEmpty ? [String(name.prefix(3)), String(name.prefix(4))]
                    : [String(shortNames.split(separator: " ")[index])]
                for word in shortened where word != name {
                    if let seen = short[word], seen != index { short[word] = .some(nil) } else { short[word] = index }
                }
            }
        }
        let fullTexts = Set(full.map(\.text))
        let all = full + short.compactMap { word, index in
            guard let index, !fullTexts.contains(word) else { return nil }
            return Name(text: word, length: word.count, index: index, isShort: true)
        }
        return NameTable(byFirstLetter: Dictionary(grouping: all) { $0.text.first! }, longest: all.map(\.length).max() ?? 0)
    }
}

extension DateFormat: ExpressibleByStringLiteral {
    /// A moment.js format written in code.
    public init(stringLiteral value: String) { self.init(moment: value) }
}

extension Character {
    /// `0`…`9` (DateFormat and UnorderedDay read numbers so).
    var isASCIIDigit: Bool { isASCII && isNumber }
}
