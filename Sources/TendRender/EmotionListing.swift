import TendCore

/// `tend emotions`: week by week (or session by session), each family named with its count,
/// mean intensity and names.
public struct EmotionListing: Listing, Sendable {
    /// The periods, in order.
    public var rows: [EmotionPeriod]

    /// A listing of `rows`.
    public init(_ rows: [EmotionPeriod]) { self.rows = rows }

    /// `2026-W45` (weeks from Monday), `week of 2026-11-01` (weeks from another day),
    /// `Session 3`, `Before the first session`.
    public static func label(_ period: EmotionPeriod) -> String {
        if let week = period.week { return week.weekStart == 1 ? week.description : "week of \(week.start)" }
        return period.session.map { "Session \($0)" } ?? "Before the first session"
    }

    /// `{"period", "session", "start", "end", "families": [{"family", "count", "meanIntensity",
    /// "names": [{"name", "count", "meanIntensity"}]}]}`; means to one decimal.
    public func write(_ period: EmotionPeriod, to json: inout JSONWriter) {
        json.object { json in
            json.field("period", Self.label(period))
            json.field("session", period.session)
            json.field("start", period.start?.description)
            json.field("end", period.end?.description)
            json.objects("families", period.families) { family, json in
                json.field("family", family.total.name)
                json.field("count", family.total.count)
                json.field("meanIntensity", Self.tenths(family.total.meanIntensity))
                json.objects("names", family.names) { name, json in
                    json.field("name", name.name)
                    json.field("count", name.count)
                    json.field("meanIntensity", Self.tenths(name.meanIntensity))
                }
            }
        }
    }

    /// Each period's title and days, then a line per family: count, mean, names.
    public var text: String {
        guard !rows.isEmpty else { return "No emotions named yet. A list under an Emotions heading, like '- grief (7)', is enough.\n" }
        var out = ""
        for (i, period) in rows.enumerated() {
            if i > 0 { out += "\n" }
            var title = Self.label(period)
            if let start = period.start { title += " · \(start) → \(period.end ?? start)" }
            out += title + "\n"
            out += Table.render(period.families.map { family in
                let names = family.names.map { "\($0.name) \($0.count)" + ($0.meanIntensity.map { " (\(Format.oneDecimal($0)))" } ?? "") }
                return ["  " + family.total.name, String(family.total.count),
                        "mean " + (family.total.meanIntensity.map(Format.oneDecimal) ?? "–"), names.joined(separator: ", ")]
            }, rightAligned: [1])
        }
        return out
    }

    private static func tenths(_ mean: Double?) -> Double? {
        mean.map { ($0 * 10).rounded() / 10 }
    }
}
