/// Obsidian Tracker's tags with a value (pyrochlore/obsidian-tracker, `docs/TargetEvaluation.md`:
/// "a value can be attached to the tag in the format of `#tagName:value` … right after your tag
/// and an extra colon without spaces"): `#mood:7`, `#sleep:7.5`, `#weight:71.7kg`,
/// `#exercise-pushup:43`. Such a tag is a measure, not a theme: it is the metric its name says,
/// read as a value at the top of an entry is (`7/10`, `3/5`, `7h` for sleep), and a number with
/// its unit is the number, as Tracker reads it. A value tend cannot read as one number
/// (`#bloodpressure:183.4/120.8`, two) is neither a metric nor a theme, and `tend explain`
/// says so. A tag followed by a colon and a space (`#family: they came`) is a tag as before.
enum TrackerTags {
    /// The value written right after `tag` in `text` (`7` of `#mood:7`): a colon, then a digit,
    /// or a sign or a dot and a digit, up to the next white space, without the punctuation
    /// that ends a sentence (`#mood:7.` is 7); nil for a tag with no value so attached.
    static func value(after tag: FoundTag, in text: String) -> String? {
        text.withBytes { b -> String? in
            let colon = tag.byteOffset + tag.byteLength
            guard colon + 1 < b.count, b[colon] == UInt8(ascii: ":") else { return nil }
            var first = colon + 1
            if b[first] == UInt8(ascii: "-") || b[first] == UInt8(ascii: "+") || b[first] == UInt8(ascii: ".") { first += 1 }
            guard first < b.count, b[first].isASCIIDigit else { return nil }
            var end = first
            while end < b.count, !b[end].isASCIIWhitespace { end += 1 }
            while end > first, b[end - 1] == UInt8(ascii: ".") || b[end - 1] == UInt8(ascii: ",")
                    || b[end - 1] == UInt8(ascii: ";") || b[end - 1] == UInt8(ascii: ")") || b[end - 1] == UInt8(ascii: "!") {
                end -= 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: b[(colon + 1)..<end]), as: UTF8.self)
        }
    }

    /// The metric `value` gives under the tag's name `key`: a number, or one out of ten; out of
    /// five or in hours where the name says so (``OpeningLines/outOfFive(key:_:)``,
    /// ``OpeningLines/sleepHours(key:_:)``); or a number with its unit, the unit set aside
    /// (`71.7kg`, `48sec`). nil for any other value.
    static func number(_ value: String, key: String) -> Double? {
        if let number = EntryParser.metricNumber(value, key: key) ?? OpeningLines.sleepHours(key: key, value) {
            return number
        }
        guard case .withUnit(let number, let unit) = EntryParser.unreadNumber(value),
              unit.allSatisfy(\.isLetter) else { return nil }
        return EntryParser.number(number)
    }
}
