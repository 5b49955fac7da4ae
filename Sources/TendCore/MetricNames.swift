import TendMarkdown

/// Metrics named in another language, read under the English name tend's reports know:
/// `Stimmung: 6`, `Humeur : 6/10` and `ánimo: 6` are mood, so the mood chart, the days back to
/// the level from before a journey and `tend sessions` see them as they see `Mood: 6`, and
/// `Stimmung vorher` / `nachher` are `mood_before` / `mood_after`. The languages are those
/// whose headings and feelings tend reads (German, French, Spanish, Italian, Portuguese,
/// Dutch); a name not listed stays the metric it names (`focus`).
public enum MetricNames {
    /// Each name in another language, lower-cased as metric keys are, with its English name.
    /// Keys from the lines at the top join their words with `_`; front matter keeps the space
    /// (``englishName(of:)`` joins a pair's halves with `_` whatever joined them).
    public static let english: [String: String] = [
        // mood
        "stimmung": "mood", "laune": "mood", "humeur": "mood", "ánimo": "mood", "animo": "mood",
        "estado de ánimo": "mood", "estado_de_ánimo": "mood", "estado de animo": "mood", "estado_de_animo": "mood",
        "humor": "mood", "umore": "mood", "stemming": "mood",
        // anxiety
        "angst": "anxiety", "anxiété": "anxiety", "anxiete": "anxiety", "ansiedad": "anxiety", "ansia": "anxiety",
        "ansiedade": "anxiety",
        // sleep
        "schlaf": "sleep", "sommeil": "sleep", "sueño": "sleep", "sueno": "sleep", "sonno": "sleep", "sono": "sleep",
        "slaap": "sleep",
        // and in English as people log the night (`Slept: 7h`, `Hours slept: 6.5`, `sleep_hours: 7`).
        "slept": "sleep", "hours slept": "sleep", "hours_slept": "sleep", "sleep hours": "sleep", "sleep_hours": "sleep",
        // energy
        "energie": "energy", "énergie": "energy", "energía": "energy", "energia": "energy",
        // and each as templates name it with *level*, *rating* or *score* after it (`**Energy
        // Level**: 8/10`, `Anxiety level: 4`, `mood_rating: 6`; the gap hunt of 2026-12-03's
        // second session, a public daily-journal template's `⚡ **Energy Level**: 8/10`).
        "energy level": "energy", "energy_level": "energy", "anxiety level": "anxiety", "anxiety_level": "anxiety",
        "stress level": "stress", "stress_level": "stress", "mood level": "mood", "mood_level": "mood",
        "mood rating": "mood", "mood_rating": "mood", "mood score": "mood", "mood_score": "mood",
    ]

    /// The words for before and after a journey, which make a pair `tend sessions` shows side
    /// by side (`Stimmung vorher` is `mood_before`).
    public static let beforeAndAfter: [String: String] = [
        "vorher": "before", "nachher": "after", "avant": "before", "après": "after", "apres": "after",
        "antes": "before", "después": "after", "despues": "after", "depois": "after",
        "prima": "before", "dopo": "after", "voor": "before", "na": "after",
        // English as clinics' forms shorten it: `mood_pre`, `Mood post: 7`.
        "pre": "before", "post": "after",
    ]

    /// `before` or `after` for a word that names one half of a pair, in English or a language
    /// ``beforeAndAfter`` lists (`vorher` is `before`); nil for any other word.
    public static func half(_ word: String) -> String? {
        word == "before" || word == "after" ? word : beforeAndAfter[word]
    }

    /// The English name of a metric named in another language (`stimmung`, `stimmung_vorher`),
    /// or of one half of a pair written with a dash or a space (`mood-before`, as Dataview
    /// and Logseq write a key of two words, and `mood before` in front matter, are
    /// `mood_before`); nil when the key is already the name.
    public static func englishName(of key: String) -> String? {
        if let name = english[key] { return name }
        // Every metric of every entry is asked: the last `_`, `-` or space is looked for on the bytes.
        return key.withBytes { bytes -> String? in
            guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: " ") }),
                  cut > 0 else { return nil }
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
            let whenWritten = String(decoding: UnsafeBufferPointer(rebasing: bytes[(cut + 1)...]), as: UTF8.self)
            guard let when = half(whenWritten) else { return nil }
            let name = "\(english[written] ?? written)_\(when)"
            return name == key ? nil : name
        }
    }

    /// `metrics` with each name in another language under its English one, unless the entry
    /// also has the English one (`Mood: 6` and `Stimmung: 5`) or a second name for it
    /// (`Stimmung: 6` and `Humeur: 5`): then each stays as written, and nothing is lost.
    public static func inEnglish(_ metrics: [String: Double]) -> [String: Double] {
        guard metrics.keys.contains(where: { englishName(of: $0) != nil }) else { return metrics }
        var names: [String: Int] = [:]
        for key in metrics.keys { names[englishName(of: key) ?? key, default: 0] += 1 }
        var result = metrics
        for (key, value) in metrics {
            guard let name = englishName(of: key), names[name] == 1 else { continue }
            result[key] = nil
            result[name] = value
        }
        return result
    }
}
