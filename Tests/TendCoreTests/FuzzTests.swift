import Foundation
import Testing
import TendCore

/// The parser over mutated and generated entries: hostile shapes (deep nesting, YAML alias
/// bombs, huge lines, random bytes, odd names) and real entries with bytes flipped, cut and
/// spliced. No input may crash or hang the parser, and each hostile file gets a diagnostic.
///
/// `make test` runs it for a few seconds with a fixed seed; `make fuzz` runs it for minutes
/// (FUZZ_SECONDS) with a new seed (FUZZ_SEED), and a failure names the seed and the case.
struct FuzzTests {
    /// A seedable generator, so a seed replays the same cases: the linear congruential step
    /// of ``generatedTexts(from:count:maxPieces:seed:)``, its high bits folded into the low ones.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 29)
        }
    }

    /// One generated file: its name, its bytes, and the diagnostic it must get (nil: any outcome
    /// but a crash or a hang will do).
    struct Case {
        var kind: String
        var path: String
        var bytes: [UInt8]
        var mustWarn: Bool
    }

    /// Real entries to mutate.
    static let seeds: [String] = [
        "---\ndate: 2026-11-17 10:00\ntype: journey\nsession: 5\nintention: Let the tiredness speak\nmood: 5\ntags: [father, rest]\n---\n# Session five\n\n## Insights\n- Rest is not earned. #insight\n\n## Emotions\n- grief (7)\n- relief – 4/10\n\n## Action items\n- [ ] tell Dr. Reyes 📅 2026-11-20\n- [x] eat ✅ 2026-11-17\n\n## Practices\n- breathwork 10m\n",
        "---\ndate: 2026-11-18\nemotions: {grief: 6, awe: 3}\npractices: [yoga 20 min]\n---\n> [!insight] Title\n> body #theme/home\n\ninsight:: a field\nemotion:: shame 5\n- TODO call mum\nDEADLINE: <2026-11-20>\n%% hidden %%\n",
        "# 2026-11-19\n\n1. [ ] first\n   - [/] nested\n     > - [-] cancelled\n\n**Insight:** written inline\nFeelings: sad, hopeful\n\n```\n#not-a-tag\n```\n[[#heading]] [link](http://x.y/#frag) <span>#html</span>\n",
        // The lines that open an entry, as Day One and templates write them.
        "\tDate:\tmardi 3 novembre 2026 à 09:00\n\tTags:\tkap, [[grief]], #home\nType: KAP\nSession: 3\n**Mood (1-10):** 6\nMood before: 4/10\nDose (mg): 60\nFeelings: 😢 sad, 😌 relieved (6)\n\n## 🌱 Integration practices\n- walk 20 min\n",
        // A check-in below the top, a change with an arrow, tables, feelings joined by words.
        "---\ntype: KAP\n---\n# KAP session 6\n\nProse first.\n\n## Check-in\nMood: 3/10 → **after:** 7/10\n- Energy: 4\n\n| Mood | Sleep |\n|:--|--:|\n| 6 | 7.5 |\n\n## Feelings\n| Feeling | Intensity |\n|---|---|\n| grief | 7 |\n- fear → calm, numb then tender\ngrief 8, lightness 6; sad -> hopeful\n",
        // A journal in another language: its headings, feelings and mood lines.
        "Stimmung: 6/10\nHumeur : 5\nestado de ánimo: 7\n\n## Gefühle\n- Trauer (6)\n- soulagée, cansada\n\n## Prises de conscience\n- Je peux demander.\n\n## Próximos pasos\n- [ ] llamar a Ana\n",
        // 2026-12-02 evening: questions to bring, a rating after an emoji or without a colon, a
        // rating heading, a pair's half with a dash, a title that names a journey.
        "---\ntitle: KAP 7 · Tuesday\nmood-before:: 3\n---\n😊 Mood: 8/10\nMood - 6/10\n\n## Questions for Dr. Reyes\n- why now? [asked:: no]\n\nTo bring: the lake\n\n## Mood\nBefore: 3\nAfter: 7\n\n## Sleep\n7 hours\n\n> [!question]\n> what am I avoiding?\nsession:: 4\n",
        // 2026-12-02 night: journals without headings: label lines, bold names, Logseq blocks of
        // a section's name, a block of labelled lines, feelings with how much, hours of sleep.
        "# KAP 4\n\n**Set & setting:** home\n**Intention:** meet the grief\n**Dose:** 100 mg\n\nTakeaways:\n- rest\n  - nested\nGratitude:\n\n**What is one small step?**\n- [ ] breathe\n\n- Feelings\n\t- a bit anxious, kind of numb\n- **Homework**\n\t- TODO letter\n\n## Mood: 6/10\nSleep: 7h30\n## Self-care today\n- [x] walk\n",
        // 2026-12-03, later: a table of before and after, lists in front matter, lines without marks,
        // a face before a number, joined and noted headings, Logseq's bracketed tags.
        "---\ngratitude: [Maya, the rain]\ntodo:\n  - call the clinic\nmood: 😌 6 out of 10\n---\n| | Before | After | Notes |\n|---|---|---|---|\n| Mood | 3 | 7 | lighter |\n\n|  | Mood | Anxiety |\n|--|--|--|\n| Pre | 2 | 9 |\n\n## Gratitude (3 things)\n• my sister\n🙏 the soup\n\n## Insights & realizations\nRest is allowed.\nI can ask.\n\n## Tomorrow\nTomorrow: write the letter\n- feelings:: anxious, tender\n- #[[inner child]] and #[[ ]] #[[a [[b]]\nSlept: 7h\nAnxiety: ⚡️ 4 of 10\n",
        // 2026-12-03 afternoon: ratings out of five and in stars, Obsidian Tracker's tags with a
        // value, day names with dots or without a comma.
        "---\nmood: 3/5\nenergy: ★★★☆☆\nbloodpressure: 180/120\n---\n# Tuesday, November 3rd 2026\n\nMood: 2/5 → 4/5\nCalm (1-5): 4\nFocus: ⭐⭐⭐⭐\nStimmung: 6/5\n\n#weight:71.7kg #mood:7. #bank:-2.7USD #bp:180/120mmHg #family: #x:\n- Clarity: ★★★☆☆☆☆ — meh\n## 2026.11.04\n",
        // And: linked types, categories and feelings, headings of one emoji, times before items,
        // gratitude in a sentence, marked lines under practices, a five-word label.
        "---\ntype: [\"[[KAP]]\"]\ncategories: [\"[[Journeys]]\", \"[[\"]\nemotions: [\"[[Emotions/Joy|joy]] (7)\", \"[[]]\"]\n---\n## 🙏🏽\n- [10:12] Maya\n- 9:30 - 10 am\n## ❓\n- 25:00 why\nI'm grateful for\nI am grateful for the rain. Then\nToday I am so grateful for [[Rain|rain]]!\n## Self-care\nMeditation: ✅\nTherapy: ❌\nMy intention for this journey: trust\n## Homework from Dr. Reyes\n- [ ] 09:30 call\n",
        // 2026-12-03 evening: percentages, Daylio's mood words, insights in a sentence, mantras.
        "---\nmood: good\nenergy: 70%\nfocus: 140%\n---\nMood: 😊 rad\nAnxiety: 30/100\nMood: bad → 100%\nI\nIt\nI realized\nI realized that\nIt dawned on me that [[Grief|grief]] #insight\n## Feelings\n- sad\n\nJ’ai compris que\nI learned that %\nMantra: breathe\n## Next steps\nIt hit me that. Then\n",
        // 2026-12-03, second session: themes in words, worksheet tables, a mood in a feeling's
        // word, labels of how many.
        "---\nthemes: [Grief, \"[[Mother]]\", \"\", \"#x\"]\nmood: anxious\n---\nMood: 😫 Stressed.\nThemes: , ;, and , [[]]\n\n## Themes\n- grief, mother, and rest.\n- a b c d e f g\n-\n\n| Prompt | Response |\n|---|---|\n| What did you learn? | |\n| Insight | ✅ |\n| tomorrow (x) | due:: y |\n| Next step |\n\n| Emotion | Intensity |\n|---|---|\n| | |\n| grief | 7 |\nOne thing I learned:\nSomething : x\nBiggest insight: the fear is old.\nMood: meh.\nMood:: \nEnergy level before: 3\n",
        // 2026-12-03, third session: a paragraph read a line at a time, labels set off by a
        // dash, task markers on lines of prose, I'm and Woke up, a mood word below the top, a
        // time in bold, a numbered prompt with its answer, a name alone over a list.
        "# Dec 3\n\nI'm so grateful for this.\nI realized that\nWhat I learned: grief and\nlove.\nFeelings — relief, awe,\nThemes - \nTODO\nTODO call mom\nDONE \nI'm\nI'm down\nI was weirdly\nWoke up feeling heavy and a little anxious\n\n**08:00** Woke up anxious.\n**08:00**\n09:30 – \n\n## Check-in\nMood: anxious\n**Mood**: \nmood:\n\n1. What did the medicine show you?\n   That I've been holding my breath.\n2. What is one thing you will do this week?\n\nFeelings\n- sad\n\n*Gratitude*\n\nTo-do\n- [ ] call Sam\n",
        // 2026-12-03, fourth session: words of when before a lead, a lead that names what was
        // seen, several ratings on a line with and without colons.
        "Mood 4/10, anxiety 7/10\nMood: 6/10 Energy: 4/10\n\nToday I realized that\nToday \nToday, \nAfter the session, I was\nAnd I'm so grateful for\nThe big insight was that\nThe insight is that \nMy \n- Mood 5 | \n- , Mood 5\nMood 4/10,\nMood 4/10, , anxiety\nMood: 3 → 7 Anxiety:\nMood: Energy: 4 Sleep: 7\nSlept 7 hours.\nI slept about\nGot 7 hours of\n7 hours of sleep of sleep\nSlept ~\nSlept ~h\nSlept a a a\n7\n",
        // 2026-12-04: Roam's markers and tags, Dendron's times, a face alone, an intensity first,
        // a thought record, a callout of its title alone, a prompt with its answer on its line,
        // a practice not done, a day in slashes.
        "---\nid: x\nupdated: 1644502845130\ncreated: 1644502827652\njournal-date: 2026/11/30\njournal-index: 3\n---\n# 2026/11/30\n- {{[[TODO]]}}\n- {{[[TODO]]}} call [[Dr. Reyes]]\n- {{DONE}}x\n- #[[deep grief]] and #[[\n## Feelings\n- 😢\n- ☹️ (6)\n- 7/10\n- (7) \n- 2x\n- 10/10/10 grief\n- deep\n- some some relief\n- Hopeful!!\nMood: 😌\n\n| Situation | Emotion (0-100) |\n|---|---|\n| x | shame 800 |\n| y | |\n\n> [!todo] Call Dana\n\n> [!insight] \n> [!todo] x\n>\n> ```\n> q\n> ```\n\n**What am I grateful for?** \nNext step? ?\n? x\n## Practices\n- skipped \n- didn’t stretch\n- no time for\n### One small step I will take\nCall.\n",
    ]

    @Test func hostileAndMutatedEntries() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["FUZZ_SEED"].flatMap { UInt64($0) } ?? 42
        let seconds = environment["FUZZ_SECONDS"].flatMap { Double($0) } ?? 8
        // Said before the first case: a crash then still shows which seed to replay.
        FileHandle.standardError.write(Data("fuzz: seed \(seed), \(Int(seconds)) s (FUZZ_SEED=\(seed) FUZZ_SECONDS=\(Int(seconds)) make fuzz)\n".utf8))
        var random = Generator(state: seed)
        let parser = EntryParser(lexicon: shippedLexicon)
        let clock = ContinuousClock()
        let end = clock.now + .seconds(seconds)
        var runs = 0, slowest = Duration.zero
        while clock.now < end {
            let c = Self.generate(&random)
            let start = clock.now
            let parsed = parser.parse(path: c.path, bytes: c.bytes, modificationDate: nil)
            let took = clock.now - start
            slowest = max(slowest, took)
            runs += 1
            let replay = "FUZZ_SEED=\(seed), case \(runs) (\(c.kind))"
            #expect(took < .seconds(3), "a file took \(took) to read: \(replay)")
            if c.mustWarn { #expect(!parsed.problems.isEmpty, "no diagnostic for a hostile file: \(replay)") }
            if case .entry(let entry) = parsed {
                for p in entry.problems { #expect((p.place.line ?? 0) >= 1 && (p.place.column ?? 0) >= 1, "a problem without a place: \(replay)") }
            }
            #expect(FileName.bytes(c.path) == FileName.bytes(FileName.decode(FileName.bytes(c.path))), "a name that does not round-trip: \(replay)")
            #expect(!FileName.shown(c.path).contains("\n"), "a name shown on two lines: \(replay)")
        }
        FileHandle.standardError.write(Data("fuzz: \(runs) files, slowest \(slowest), seed \(seed)\n".utf8))
        #expect(runs > 10)
    }

    static func generate(_ random: inout Generator) -> Case {
        let path = name(&random)
        switch Int.random(in: 0..<10, using: &random) {
        case 0:
            let unit = ["- ", "> ", "> - ", "1. ", "+ "].randomElement(using: &random)!
            let depth = Int.random(in: 101...20_000, using: &random)
            return Case(kind: "nested \(depth) deep", path: path, bytes: Array((String(repeating: unit, count: depth) + "x\n").utf8), mustWarn: true)
        case 1:
            let levels = Int.random(in: 6...12, using: &random)
            var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            for i in 1..<levels { yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]\n" }
            return Case(kind: "alias bomb \(levels) levels", path: path, bytes: Array("---\n\(yaml)---\nbody\n".utf8), mustWarn: true)
        case 2:
            let length = Int.random(in: (EntryLimits.maximumLineBytes + 1)...(EntryLimits.maximumLineBytes * 3), using: &random)
            let unit = ["*a", "[a](", "_", "`", "<a ", "#t "].randomElement(using: &random)!
            return Case(kind: "a \(length)-byte line", path: path,
                        bytes: Array(("# t\n" + String(repeating: unit, count: length / unit.count + 1) + "\n").utf8), mustWarn: true)
        case 3:
            var bytes = (0..<Int.random(in: 1...4096, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            bytes[Int.random(in: 0..<bytes.count, using: &random)] = 0
            return Case(kind: "random bytes", path: path, bytes: bytes, mustWarn: true)
        case 4:
            let key = ["date", "type", "title", "tags"].randomElement(using: &random)!
            return Case(kind: "key twice", path: path, bytes: Array("---\n\(key): a\nmood: 3\n\(key): b\n---\nx\n".utf8), mustWarn: true)
        case 5:
            let bad = ["date: [", "a: b: c", "- x\ny: 1", "{", "\"open", "k: @x", "\t- tab"].randomElement(using: &random)!
            return Case(kind: "invalid front matter", path: path, bytes: Array("---\n\(bad)\n---\nx\n".utf8), mustWarn: true)
        case 6:
            let nested = String(repeating: "[", count: Int.random(in: 1...5_000, using: &random))
            return Case(kind: "nested YAML", path: path, bytes: Array("---\ntags: \(nested)\n---\nx\n".utf8), mustWarn: false)
        case 7:
            // One shape many times over, where a reading that starts again at each repeat is slow
            // (a paragraph of label lines, a feeling after a thousand words of how much).
            let unit = ["Takeaways:\n", "**Gratitude**\n", "- Feelings\n\t- ", "so ", "Insight: a\nDose: b\n", "Sleep: 7h30 "]
                .randomElement(using: &random)!
            let count = Int.random(in: 1_000...20_000, using: &random)
            let body = unit == "so " ? "## Feelings\n- " + String(repeating: unit, count: count) + "sad\n"
                : String(repeating: unit, count: count) + "x\n"
            return Case(kind: "\(count) × \(unit.debugDescription)", path: path, bytes: Array(body.utf8), mustWarn: false)
        default:
            return Case(kind: "mutated entry", path: path, bytes: mutated(&random), mustWarn: false)
        }
    }

    /// A real entry with a few bytes flipped, inserted, cut, repeated or spliced in.
    static func mutated(_ random: inout Generator) -> [UInt8] {
        var bytes = Array(seeds.randomElement(using: &random)!.utf8)
        let pieces: [[UInt8]] = ["\r", "\r\n", "\n---\n", "- ", "> ", "#", "[[", "]]", "%%", "::", "📅 ", "[ ] ", "*", "`", "&a ", "*a",
                                 "\u{FEFF}", "\u{2028}", "é", ": ", "(", ")", "**", "😢", "\u{200D}", "Tags: ", "(1-10)", "ü", "Gefühle", "Stimmung: ",
                                 "Takeaways:", "**Gratitude**", "\t- ", "h30", "__"].map { Array($0.utf8) }
            + [[0], [255], [254, 255], [192, 128]]
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let at = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<5, using: &random) {
            case 0 where at < bytes.count: bytes[at] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(contentsOf: pieces.randomElement(using: &random)!, at: at)
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...40, using: &random)))
            case 3:
                let piece = pieces.randomElement(using: &random)!
                bytes.insert(contentsOf: Array([[UInt8]](repeating: piece, count: Int.random(in: 1...3_000, using: &random)).joined()), at: at)
            default:
                let other = Array(seeds.randomElement(using: &random)!.utf8)
                let from = Int.random(in: 0..<other.count, using: &random)
                bytes.insert(contentsOf: other[from...], at: at)
            }
        }
        return bytes
    }

    /// A file name: mostly ordinary, sometimes with a line break, a tab or bytes that are not UTF-8.
    static func name(_ random: inout Generator) -> String {
        var bytes = Array("2026/11/2026-11-\(Int.random(in: 10...28, using: &random)) e".utf8)
        if Bool.random(using: &random) {
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                bytes.append([UInt8(ascii: "\n"), UInt8(ascii: "\t"), 255, 192, 237, 160, UInt8.random(in: 0...255, using: &random)].randomElement(using: &random)!)
            }
        }
        return FileName.decode(bytes + Array(".md".utf8))
    }
}
