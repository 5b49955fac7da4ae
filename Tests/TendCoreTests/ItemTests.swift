import Testing
@testable import TendCore
import TendMarkdown

/// Insights, emotions, actions, practices and gratitude: one line per case.
struct ItemTests {
    static let insights: [(String, [String])] = [
        ("## Insights\n- I don't have to earn rest\n- Grief is love", ["I don't have to earn rest", "Grief is love"]),
        ("## Insight\nOne paragraph.\n\nAnother one.", ["One paragraph.", "Another one."]),
        ("## Realizations\n- a\n\n## Other\n- b", ["a"]),
        ("## Realisations\n- British spelling", ["British spelling"]),
        ("## Lessons:\n- trailing colon", ["trailing colon"]),
        ("Insights\n--------\n\n- setext heading", ["setext heading"]),
        ("Resting is allowed. #insight", ["Resting is allowed."]),
        ("- a list item with a tag #insight", ["a list item with a tag"]),
        ("insight:: I am not my father.", ["I am not my father."]),
        ("Some text [insight:: bracketed field] in prose.", ["bracketed field"]),
        ("## Insights\n- counted once #insight", ["counted once"]),
        ("## Insights\n### Morning\n- still insights", ["still insights"]),
        ("## Insights\n- a\n## Emotions\n- grief", ["a"]),
        ("## Insights\n- parent\n  - nested", ["parent", "nested"]),
        ("## insights\n- lower-case heading", ["lower-case heading"]),
        ("## Insights\n- [ ] a task is an action, not an insight", []),
        ("## Insights\n```\nnot an insight\n```\n- but this is", ["but this is"]),
        ("## Insights\n> - quoted item", ["quoted item"]),
    ]

    @Test(arguments: insights)
    func insight(_ input: String, _ expected: [String]) {
        #expect(parse(input).insightTexts == expected)
    }

    static let emotions: [(String, [String])] = [
        ("## Emotions\n- grief (7)", ["grief/sadness 7"]),
        ("## Emotions\n- relief – 4/10", ["relief/calm 4"]),
        ("## Feelings\n- anxious: 6", ["anxiety/fear 6"]),
        ("## Feelings:\n- tenderness", ["tenderness/trust"]),
        ("## Emotions\n- grief\u{00A0}(6)", ["grief/sadness 6"]),
        ("## Emotions\n- Ashamed", ["shame/shame"]),
        ("## Emotions\n- sad, tired, hopeful", ["sadness/sadness", "exhaustion/sadness", "hope/anticipation"]),
        ("## Emotions\n- grief in my chest (8)", ["grief/sadness 8"]),
        ("Felt #emotion/sadness today", ["sadness/sadness"]),
        ("A #feeling/hopeful morning", ["hope/anticipation"]),
        ("#emotion/grief (7) in prose", ["grief/sadness 7"]),
        ("emotion:: shame 5", ["shame/shame 5"]),
        // A field of several feelings, as front matter's `feelings:` (the second gap hunt of 2026-12-03:
        // a Logseq journal's `- feelings:: anxious, tender` block), once in a page's first block.
        ("Text.\n\n- feelings:: anxious, tender", ["anxiety/fear", "tenderness/trust"]),
        ("emotions:: hopeful (7), tired\nmood:: 6", ["hope/anticipation 7", "exhaustion/sadness"]),
        ("---\nemotions: [grief, relief]\n---\n", ["grief/sadness", "relief/calm"]),
        ("---\nemotions: [\"grief (7)\", \"relief (4)\"]\n---\n", ["grief/sadness 7", "relief/calm 4"]),
        ("---\nemotions: {grief: 7, hope: 5}\n---\n", ["grief/sadness 7", "hope/anticipation 5"]),
        ("---\nfeelings:\n  - awe\n---\n", ["awe/surprise"]),
        ("## Emotions\n- #emotion/grief (7)", ["grief/sadness 7"]),
        ("## Emotions\n- hapy (5)", ["hapy/other 5"]),
        ("## Emotions\n- anger 70%", ["anger/anger 7"]),
        // `I felt grief…` was [] here until parser version 58, when a sentence that begins by
        // saying how one feels came to name its feelings (FeelingLeadTests).
        ("## Emotions\nI felt grief as a paragraph.", ["grief/sadness"]),
        ("## Emotions\nGrief came as a paragraph.", []),
        // An emoji beside a feeling is decoration, as in a heading (the word is the feeling).
        ("## Feelings\n- 😢 sad\n- 😌 relieved (6)\n- anxious 😬\n- 🌀 zorbish", ["sadness/sadness", "relief/calm 6", "anxiety/fear", "zorbish/other"]),
        ("## Feelings\n😢 sad, 😌 relieved", ["sadness/sadness", "relief/calm"]),
        ("---\nemotions: [\"🙏 grateful\", \"❤️‍🩹 tender (5)\"]\n---\n", ["gratitude/joy", "tenderness/trust 5"]),
        // A face alone is its feeling, by the face's Unicode name (since parser version 61; this
        // row was ["😢/other"]); a face that names no one feeling stays as written.
        ("## Feelings\n- 😢\n- 😌 (6)\n- 😰, 😔\n- ☹️\n- 😐", ["sadness/sadness", "relief/calm 6", "anxiety/fear", "sadness/sadness", "sadness/sadness", "😐/other"]),
        ("Mood: 😔\n\nA slow day.\n", ["sadness/sadness"]),
        ("---\nmood: 😡\n---\n", ["anger/anger"]),
        // The intensity first (since parser version 61, a gap hunt's feelings list): each of
        // these had no name and was lost. A count first gives none; `!` ends a name as `?` does.
        ("## Feelings\n- 7/10 grief\n- (7) grief\n- 8: joy\n- 6 – calm\n- 2x grief\n- Hopeful!",
         ["grief/sadness 7", "grief/sadness 7", "joy/joy 8", "calm/calm 6", "grief/sadness", "hope/anticipation"]),
        // A shift and feelings joined by words are each a feeling, felt both.
        ("## Feelings\n- fear → calm", ["fear/fear", "calm/calm"]),
        // A feelings wheel's path names each feeling on it (lonely and isolated are one, loneliness).
        ("## Feelings wheel\n- Scared → anxious → worried\n- Sad → lonely → isolated",
         ["fear/fear", "anxiety/fear", "worry/fear", "sadness/sadness", "loneliness/sadness"]),
        ("## Feelings\n- anxious (7) -> relieved (3)", ["anxiety/fear 7", "relief/calm 3"]),
        ("## Feelings\n- numb, then tender", ["numbness/sadness", "tenderness/trust"]),
        ("## Feelings\n- sad but hopeful", ["sadness/sadness", "hope/anticipation"]),
        ("## Feelings\n- sad and tired", ["sadness/sadness", "exhaustion/sadness"]),
        ("## Gefühle\n- traurig und müde", ["sadness/sadness", "exhaustion/sadness"]),
        ("## Émotions\n- en colère", ["anger/anger"]),
        ("## Feelings\ngrief 8, floatiness 6, fear → calm", ["grief/sadness 8", "floatiness/other 6", "fear/fear", "calm/calm"]),
        // `light` is a feeling since 2026-12-03 (`Feelings: light, teary`), and so `lightness`.
        ("## Feelings\nlightness 6, teary", ["release/calm 6", "sadness/sadness"]),
        // A feeling compared with before (the gap hunt's `Anxious (5) in the morning, calmer (3) by night`).
        ("## Feelings\n- calmer (3)\n- happier\n- sadder than yesterday\n- angrier", ["calm/calm 3", "happiness/joy", "sadness/sadness", "anger/anger"]),
        // Words of when after a comma are no feeling (the gap hunt's `- shame, briefly`).
        ("## Emotions I noticed\n- shame, briefly\n- anxious, at times, then calm", ["shame/shame", "anxiety/fear", "calm/calm"]),
        // Not a list of feelings: a phrase is its first word, prose is prose.
        ("## Feelings\n- sad and I went for a walk", ["sadness/sadness"]),
        ("## Feelings\n- anxious 7 → 3", ["anxiety/fear 7"]),
        // [] until parser version 58 (FeelingLeadTests): the sentence's known feeling is read.
        ("## Feelings\nI felt sad, then went for a walk.", ["sadness/sadness"]),
        ("## Feelings\nfloatiness, wobbliness", []),
    ]

    @Test(arguments: emotions)
    func emotion(_ input: String, _ expected: [String]) {
        #expect(parse(input).emotionSummary == expected)
    }

    /// The quick look that spares most feelings the cutting never hides a cut: every text it
    /// passes over would be one part anyway. Feelings as people write them, joined every way.
    @Test func theQuickLookHidesNoSecondFeeling() {
        let feelings = ["sad", "grief (7)", "relief – 4/10", "😢 sad", "anxious: 6", "surprise (8) — mostly about work",
                        "Numb", "tender 3/10", "en colère", "müde"]
        let joins = [" ", ", ", " and ", " → ", " then ", "; ", " -> ", " But ", " => ", " ⟶ ", "\u{00A0}und "]
        var looked = 0
        for a in feelings {
            for b in feelings { for join in joins {
                let text = a + join + b
                if !EntryParser.mayNameSeveral(text) {
                    #expect(EntryParser.feelingParts(text).count <= 1, "'\(text)' holds more than one feeling")
                } else {
                    looked += 1
                }
            } }
        }
        #expect(looked > 0)
    }

    @Test func anEmojiBesideAFeelingIsKeptAsWritten() {
        let entry = parse("## Feelings\n- 😢 sad (4)")
        #expect(entry.emotions.map(\.written) == ["😢 sad"])
        #expect(entry.problems.isEmpty)
    }

    @Test func unknownEmotionSuggestsAWord() {
        let entry = parse("## Emotions\n- hapy (5)")
        #expect(entry.problems == [Diagnostic(.warning, line: 2, column: 3, "tend does not know the feeling 'hapy' yet (did you mean 'happy'?); it is kept as written")])
    }

    static let actions: [(String, [String])] = [
        ("- [ ] call my sister", ["open: call my sister"]),
        ("- [x] booked it", ["done: booked it"]),
        ("- [X] capital X", ["done: capital X"]),
        ("- [-] cancelled", ["cancelled: cancelled"]),
        ("- [/] started", ["in-progress: started"]),
        ("* [ ] star bullet", ["open: star bullet"]),
        ("1. [ ] numbered", ["open: numbered"]),
        ("- [ ] parent\n  - [x] child", ["open: parent", "done: child"]),
        ("- [ ] call my sister 📅 2026-11-25", ["open: call my sister due 2026-11-25"]),
        ("- [ ] with FE0F 📅\u{FE0F} 2026-11-14", ["open: with FE0F due 2026-11-14"]),
        ("- [ ] nbsp 📅\u{00A0}2026-11-14", ["open: nbsp due 2026-11-14"]),
        ("- [ ] talk to Priya due:2026-11-12", ["open: talk to Priya due 2026-11-12"]),
        ("- [ ] plan due:: 2026-11-30", ["open: plan due 2026-11-30"]),
        ("- [ ] bracketed [due:: 2026-11-30] field", ["open: bracketed field due 2026-11-30"]),
        ("- [x] booked ✅ 2026-10-14", ["done: booked done 2026-10-14"]),
        ("- [x] both 📅 2026-10-10 ✅ 2026-10-09", ["done: both due 2026-10-10 done 2026-10-09"]),
        ("## Next steps\n- plain item", ["open: plain item"]),
        ("## Action items\n- plain\n- [x] boxed", ["open: plain", "done: boxed"]),
        ("## To do\n- item", ["open: item"]),
        ("Need a frame for the photo #todo", ["open: Need a frame for the photo"]),
        ("- email Ana #action", ["open: email Ana"]),
        ("> [!todo] This week\n> - [ ] ask about the body scan", ["open: ask about the body scan"]),
        ("- [ ] #todo counted once", ["open: counted once"]),
        ("- [ ]", []),
        ("- [link](x) not a box", []),
        ("```\n- [ ] in code\n```", []),
        ("- [>] forwarded reads as open", ["open: forwarded reads as open"]),
    ]

    @Test(arguments: actions)
    func action(_ input: String, _ expected: [String]) {
        #expect(parse(input).actionSummary == expected)
    }

    /// Items skip the search for dates unless the one-pass check sees a marker: that check
    /// compares only at a `:`, so every marker must end so.
    @Test func everyDateMarkerIsSeenByTheQuickCheck() {
        let markers = ItemParsing.dueMarkers + ItemParsing.doneMarkers
        #expect(ItemParsing.colonMarkers.count == markers.count)
        for marker in markers {
            #expect(ItemParsing.mayHoldDate(marker), "\(marker)")
            #expect(ItemParsing.mayHoldDate("a – " + marker + " 2026-11-03"), "\(marker)")
        }
        #expect(!ItemParsing.mayHoldDate("call Ana on Friday (2026-11-03)"))
        #expect(!ItemParsing.mayHoldDate("Note: it’s due – soon 🙂"))
    }

    /// The reader of numbers gives what `Double(text)` gives, digit for digit.
    @Test func decimalsReadAsDoubleDoes() {
        var texts = ["0", "7", "07", "7.", "7.5", "10", "0.1", "0.3", "9.99", "4.35", "123456789012345",
                     "1234567890123456", "3.14159265358979", "1.5.2", "", ".", "12a", "00000000000000000001",
                     "-3", "+2.5", "1e3", ".5"]
        var seed: UInt64 = 42
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let length = Int(seed >> 60) + 1
            var text = ""
            for k in 0..<length {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += String(seed >> 61 == 0 && k > 0 && !text.contains(".") ? "." : "\((seed >> 33) % 10)")
            }
            texts.append(text)
        }
        for text in texts {
            #expect(text.withBytes(ItemParsing.decimal) == Double(text), "\(text)")
        }
    }

    /// Feelings are read on bytes; they give what the reading on Unicode scalars gave,
    /// on texts mixing names, separators, numbers of other scripts, dashes and accents.
    @Test func feelingsReadOnBytesAsOnScalars() {
        let pieces = ["grief", "Joy", " ", "  ", "(", ")", "7", "4/10", "/", "–", "—", ":", "-", "٣", "½", "70%",
                      ".", "5.5", "é", "\u{00A0}", ",", "=", "[", "🌊", "x", "12", "3 /4", "\u{2003}", "×", "X"]
        let texts = ["", "grief (7)", "relief – 4/10", "anxious: 6", "Sadness, in my chest", "calm 7.5/10", "fear 70%"]
            + generatedTexts(from: pieces, count: 20_000, maxPieces: 16, seed: 11)
        for text in texts {
            let (name, intensity) = ItemParsing.emotion(text)
            let expected = Self.scalarEmotion(text)
            #expect(name == expected.name && intensity == expected.intensity, "\(text)")
        }
    }

    /// Checkboxes are read on bytes; they give what the reading on Unicode scalars gave.
    @Test func checkboxesReadOnBytesAsOnScalars() {
        let pieces = ["[", "]", " ", "x", "X", "-", "/", "\u{00A0}", "é", "🌊", "a", "\t", ">", "\u{2003}", "call Ana"]
        for text in generatedTexts(from: pieces, count: 20_000, maxPieces: 8, seed: 3) {
            let found = ItemParsing.checkbox(text)
            let expected = Self.scalarCheckbox(text)
            #expect(found?.0 == expected?.0 && found?.1 == expected?.1, "\(Array(text.unicodeScalars))")
        }
    }

    /// The reading of a checkbox on Unicode scalars, as tend did it before it read bytes.
    private static func scalarCheckbox(_ text: String) -> (ActionStatus, String)? {
        guard text.utf8.first == 0x5B else { return nil }
        let scalars = text.unicodeScalars
        let markAt = scalars.index(after: scalars.startIndex)
        guard markAt != scalars.endIndex else { return nil }
        let mark = scalars[markAt]
        let closeAt = scalars.index(after: markAt)
        guard closeAt != scalars.endIndex, scalars[closeAt] == "]" else { return nil }
        let restAt = scalars.index(after: closeAt)
        if restAt != scalars.endIndex, !scalars[restAt].properties.isWhitespace { return nil }
        let status: ActionStatus
        switch mark {
        case " ", "\u{00A0}": status = .open
        case "x", "X": status = .done
        case "-": status = .cancelled
        case "/": status = .inProgress
        default:
            guard !mark.properties.isWhitespace else { return nil }
            status = .open
        }
        return (status, Substring(scalars[restAt...]).trimmingWhitespace())
    }

    /// The reading of a feeling on Unicode scalars, as tend did it before it read bytes.
    private static func scalarEmotion(_ text: String, intensityFirst: Bool = true) -> (name: String, intensity: Double?) {
        let scalars = text.unicodeScalars
        // Since parser version 61 an intensity written first (`7/10 grief`, `(7) grief`, `8: joy`)
        // is the feeling's, and the name follows it; a count first (`2x grief`) gives none.
        if intensityFirst {
            func isDigit(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.value >= 0x30 && c.value <= 0x39 }
            var lead = scalars.startIndex
            while lead != scalars.endIndex, [" ", "(", "["].contains(scalars[lead]) { lead = scalars.index(after: lead) }
            if lead != scalars.endIndex, isDigit(scalars[lead]) {
                var j = lead
                while j != scalars.endIndex, isDigit(scalars[j]) || [".", "/", "%"].contains(scalars[j]) { j = scalars.index(after: j) }
                let isCount = j != scalars.endIndex && (scalars[j] == "x" || scalars[j] == "X")
                let value = isCount ? nil : scalarEmotion(String(Substring(scalars[lead..<j])), intensityFirst: false).intensity
                if isCount || value != nil {
                    if isCount { j = scalars.index(after: j) }
                    while j != scalars.endIndex, [" ", ")", "]", ":", "-", "–", "—", "="].contains(scalars[j]) { j = scalars.index(after: j) }
                    if j != scalars.endIndex, !isDigit(scalars[scalars.index(before: j)]) {
                        let name = scalarEmotion(String(Substring(scalars[j...]))).name
                        if !name.isEmpty { return (name, value) }
                    }
                }
            }
        }
        let separators: Set<Unicode.Scalar> = ["(", ":", "–", "—", ",", ";", "[", "="]
        func isNumeral(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }
        var i = scalars.startIndex
        var lastWasSpace = false
        while i != scalars.endIndex {
            let c = scalars[i]
            if separators.contains(c) || isNumeral(c) { break }
            if c == "-", lastWasSpace { break }
            let next = scalars.index(after: i)
            // Since 2026-12-03 any slash ends the name (`Joy / Bliss`, a worksheet's choices);
            // before, only one before a number (`4/10`).
            if c == "/" { break }
            lastWasSpace = c.properties.isWhitespace
            i = next
        }
        let nameEnd = i
        var intensity: Double?
        func isASCIIDigit(_ c: Unicode.Scalar) -> Bool { c.isASCII && c.value >= 0x30 && c.value <= 0x39 }
        // Since parser version 57 a count (`x2`, `×3` after a space, `2x` before a space or the
        // end) is no intensity, and its mark is not part of the name.
        if let digit = scalars[i...].firstIndex(where: isASCIIDigit) {
            let times: Set<Unicode.Scalar> = ["x", "X", "×"]
            if digit > scalars.startIndex, times.contains(scalars[scalars.index(before: digit)]) {
                let mark = scalars.index(before: digit)
                if mark == scalars.startIndex || scalars[scalars.index(before: mark)] == " " {
                    return (String(Substring(scalars[..<min(i, mark)])).normalizedName(), nil)
                }
            }
            var end = digit
            while end != scalars.endIndex, isASCIIDigit(scalars[end]) { end = scalars.index(after: end) }
            if end != scalars.endIndex, times.contains(scalars[end]) {
                let after = scalars.index(after: end)
                if after == scalars.endIndex || scalars[after] == " " { return (String(Substring(scalars[..<min(i, digit)])).normalizedName(), nil) }
            }
        }
        let name = String(Substring(scalars[..<nameEnd]))
        if let digit = scalars[i...].firstIndex(where: { $0.isASCII && $0.value >= 0x30 && $0.value <= 0x39 }) {
            let u = Substring(scalars[digit...]).utf8
            var j = u.startIndex
            var seenDot = false
            while j != u.endIndex, (u[j] >= 0x30 && u[j] <= 0x39) || (u[j] == 0x2E && j != u.startIndex && !seenDot) {
                if u[j] == 0x2E { seenDot = true }
                j = u.index(after: j)
            }
            if var value = Double(Substring(u[u.startIndex..<j])) {
                while j != u.endIndex, u[j] == 0x20 { j = u.index(after: j) }
                if j != u.endIndex, u[j] == 0x2F {
                    let from = u.index(after: j)
                    var to = from
                    while to != u.endIndex, u[to] >= 0x30 && u[to] <= 0x39 { to = u.index(after: to) }
                    let scale = Double(Substring(u[from..<to])) ?? 10
                    if scale > 0 { value = value / scale * 10 }
                } else if j != u.endIndex, u[j] == 0x25 {
                    value /= 10
                }
                if (0...10).contains(value) { intensity = (value * 10).rounded() / 10 }
            }
        }
        return (name.normalizedName(), intensity)
    }

    @Test func impossibleDueDateIsReportedAndTheItemKept() {
        let entry = parse("- [ ] thing 📅 2026-13-40")
        #expect(entry.actionSummary == ["open: thing"])
        #expect(entry.problems.map(\.sentence) == ["the due date '2026-13-40' is not a date like 2026-11-03; the item was kept without it"])
    }

    static let practices: [(String, [String])] = [
        ("## Practices\n- breathwork 10m\n- yoga 20 min", ["breathwork 10m", "yoga 20m"]),
        ("## Self-care\n- walk in nature 30 minutes", ["walk in nature 30m"]),
        ("## Practices\n- run 1h", ["run 60m"]),
        ("## Practices\n- meditation – 15 minutes", ["meditation 15m"]),
        // An emoji beside the name is decoration, so a day's `🧘 meditation` counts with another's
        // `meditation` (the gap hunt of 2026-12-03's self-care checklist).
        ("## Self-care\n- [x] 🧘 meditation (15m)\n- [x] 🚶 walk — 45 minutes\n- [x] journaling ✍️\n- [x] 💊 meds",
         ["meditation 15m", "walk 45m", "journaling", "meds"]),
        ("## Practices\n- 🧘", ["🧘"]),
        ("Sat for a while #practice/meditation", ["meditation"]),
        ("---\npractices: [breathwork 10m, yoga 20 min, walk]\n---\n", ["breathwork 10m", "yoga 20m", "walk"]),
        ("## Practices\n- [x] journaling\n- [ ] yoga", ["journaling"]),
        ("## Practices\n- Gratitude list", ["gratitude list"]),
        ("## Practices\n- — breathwork (10 MIN.) —", ["breathwork 10m"]),
        ("## Practices\n- Stretching, 5 mins; then tea", ["stretching then tea 5m"]),
        ("## Practices\n- yoga\u{00A0}20\u{2003}min", ["yoga 20m"]),
        ("## Practices\n- piano 2 hours 30 min", ["piano 30 min 120m"]),
        ("## Practices\n- read 10 pages", ["read 10 pages"]),
        ("## Practices\n- run 999999999999999999 h", ["run 999999999999999999 h"]),
        ("## Practices\n- run 999999999999999999999m", ["run 999999999999999999999m"]),
        ("## Practices\n- ~ sauna 15' ~", ["~ sauna ~ 15m"]),
        ("## Practices\n- Éte: natation 20 min.", ["éte: natation 20m"]),
    ]

    @Test(arguments: practices)
    func practice(_ input: String, _ expected: [String]) {
        #expect(parse(input).practiceSummary == expected)
    }

    static let gratitude: [(String, [String])] = [
        ("## Gratitude\n- Elena's voice\n- soup", ["Elena's voice", "soup"]),
        ("## Grateful for\n- the rain", ["the rain"]),
        ("## Gratitude\nA whole paragraph of thanks.", ["A whole paragraph of thanks."]),
        ("## Gratitude\n- one\n\n## Notes\n- two", ["one"]),
    ]

    @Test(arguments: gratitude)
    func gratitudeItems(_ input: String, _ expected: [String]) {
        #expect(parse(input).gratitude.map(\.text) == expected)
    }
}

/// Regressions found by reading real exports.
struct RegressionTests {
    /// A callout's title line joined the insight text because CommonMark makes title and body one paragraph.
    @Test func calloutTitleIsNotPartOfTheItem() {
        #expect(parse("> [!note] A thought\n> Hope is still hope. #insight").insightTexts == ["Hope is still hope."])
        #expect(parse("> [!quote]- Folded\n> ## Insights\n> - inside").insightTexts == ["inside"])
    }
}
