// tend-vaultgen — writes a large, deterministic vault of integration-journal entries
// for `make bench` (and for anyone who wants a realistic vault to try tend on).
//
//   tend-vaultgen OUTDIR --entries N [--seed S] [--start 2020-01-06] [--force]
//
// Same arguments → byte-identical files. Randomness comes only from SplitMix64 below
// (never from the system generator), and nothing iterates a Dictionary or a Set, whose
// order changes from run to run.
//
// Every entry exercises the vault format of docs/vault-format.md: YAML front matter with every known
// key in its several shapes, the vocabulary headings (ATX, setext, trailing colon, other
// levels and cases) next to free headings, emotion items with intensities, marker tags,
// theme tags, tasks with due and done dates, inline fields, and the places where a `#`
// is *not* a tag (code spans, code blocks, links, URLs, wikilinks, HTML, `#12`).
// About 60 % of the bytes are prose paragraphs. A few words are planted at known
// rates for full-text search benchmarks (see `RareWord`), and each entry carries one
// made-up word that occurs in no other entry.

import Foundation

// MARK: - Random numbers

struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n
    mutating func int(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    /// lo ... hi
    mutating func range(_ lo: Int, _ hi: Int) -> Int { lo + int(hi - lo + 1) }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) * 0x1p-53 < p }
    mutating func pick<T>(_ a: [T]) -> T { a[int(a.count)] }

    /// `k` distinct elements of `a`, in a random order.
    mutating func sample<T>(_ a: [T], _ k: Int) -> [T] {
        var idx = Array(a.indices)
        let k = min(k, a.count)
        for i in 0 ..< k {
            let j = i + int(idx.count - i)
            idx.swapAt(i, j)
        }
        return idx[0 ..< k].map { a[$0] }
    }
}

// MARK: - Calendar arithmetic (proleptic Gregorian, days since 1970-01-01; no Foundation time zones)

func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
}

func civilFromDays(_ z0: Int) -> (y: Int, m: Int, d: Int) {
    let z = z0 + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
}

/// 0 = Monday … 6 = Sunday
func weekday(_ day: Int) -> Int { ((day % 7) + 7 + 3) % 7 }

@inline(__always) func pad2(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }
@inline(__always) func pad4(_ n: Int) -> String {
    n >= 1000 ? String(n) : String(repeating: "0", count: 4 - String(n).count) + String(n)
}

func isoDate(_ day: Int) -> String {
    let c = civilFromDays(day)
    return pad4(c.y) + "-" + pad2(c.m) + "-" + pad2(c.d)
}

let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                  "August", "September", "October", "November", "December"]

// MARK: - Word pools

let openers: [String] = [
    "This morning", "Tonight", "After the session", "On the drive home", "Around noon",
    "Later in the evening", "Before bed", "While the kettle boiled", "On my walk",
    "In the shower", "At work", "Sitting in the car", "During breathwork", "Lying on the floor",
    "After dinner", "When I woke up", "Halfway through the afternoon", "In the waiting room",
    "Somewhere between sleep and waking", "On the train", "While doing the dishes",
    "Right after lunch", "At the clinic", "Out by the water",
]

let subjects: [String] = [
    "the old tightness in my chest", "my father's voice", "a memory from the lake house",
    "the part of me that wants to hide", "the fear of being too much", "my breath",
    "the music from the session", "a wave of tiredness", "the urge to fix everything",
    "my inner critic", "the younger version of me", "the quiet after the storm",
    "the knot in my stomach", "the feeling of falling", "a sense of spaciousness",
    "the story I tell about myself", "my mother's kitchen", "the ocean image",
    "the need to be liked", "the grief about the lost years", "a strange lightness",
    "the anger I usually swallow", "the picture of the empty house", "my sister's laugh",
    "the voice that says I'm behind", "the warmth in my hands", "the silence at the table",
    "the memory of the hospital corridor", "a pull toward the window", "the loneliness",
]

let verbs: [String] = [
    "came back", "showed up again", "softened", "felt lighter", "kept pulling at me",
    "was louder than usual", "went quiet", "asked for attention", "loosened a little",
    "felt strangely familiar", "surprised me", "stayed with me all day", "faded by the afternoon",
    "made me want to cry", "turned into something gentler", "got very small",
    "took up the whole room", "was just there, not asking for anything", "shifted",
    "felt less dangerous than before", "flickered and was gone",
]

let actionsI: [String] = [
    "noticed", "sat with", "wrote about", "talked to Sam about", "tried to name",
    "let myself feel", "pushed away", "breathed into", "made space for", "argued with",
    "laughed at", "got curious about", "kept circling back to", "held", "drew a picture of",
    "cried about", "walked with", "described to my therapist", "stopped fighting",
]

let feelingAdjectives: [String] = [
    "tender", "raw", "heavy", "light", "open", "tired but clear", "restless", "grounded",
    "fragile", "calm", "scattered", "hopeful", "numb", "warm", "exposed", "steady",
    "irritable", "soft", "anxious", "peaceful", "wobbly", "quietly proud", "flat", "alive",
]

let people: [String] = [
    "my therapist", "Sam", "my sister", "Zoë", "my partner", "the group", "Dr. Okafor",
    "my mother", "an old friend", "my neighbour", "Björn from work", "the nurse",
    "my brother", "Maya", "my sponsor", "Aunt Renée",
]

let places: [String] = [
    "in the garden", "at the kitchen table", "by the river", "at the clinic", "in the park",
    "on the balcony", "on the train", "at my desk", "in bed", "on the beach path",
    "at the café around the corner", "in the car park", "under the big oak", "on the couch",
]

let reflections: [String] = [
    "I don't have to earn rest", "the feeling passes if I let it",
    "I am allowed to take up space", "not everything needs to be fixed today",
    "my body knows before my mind does", "I can be kind to the scared part",
    "anger is information, not a verdict", "I've been carrying this for a long time",
    "saying no is a way of saying yes to myself", "grief and love are the same river",
    "I can ask for help", "the critic is trying to protect me",
    "slowing down is not the same as giving up", "I was a child and did what I could",
    "being seen doesn't have to be dangerous", "the old rules don't apply anymore",
    "there is room for both the sadness and the relief", "I can stay with discomfort a little longer",
    "rest is part of the work", "I keep waiting for permission I can give myself",
]

let timePhrases: [String] = [
    "for a long time", "for a few minutes", "most of the day", "all week",
    "since the last session", "again and again", "longer than I expected",
    "until the light changed", "for years, probably", "the whole evening",
]

let bodyParts: [String] = [
    "my jaw", "my chest", "my hands", "my belly", "my throat", "the back of my neck",
    "my shoulders", "my feet", "my lower back", "my forehead",
]

/// Sentence templates. Slots: {O} opener, {S} subject, {V} verb, {A} I-action, {F} feeling,
/// {P} person, {L} place, {R} reflection, {T} time phrase, {B} body part.
let sentenceTemplates: [String] = [
    "{O} I {A} {S}.",
    "{O}, {S} {V}.",
    "I felt {F}, and {S} {V}.",
    "{P} said something that stuck: that {R}.",
    "I keep coming back to the idea that {R}.",
    "There was a moment {L} when {S} {V}, and I let it.",
    "{O} I noticed {B} holding on {T}.",
    "It's strange how {S} {V} when I stop trying to control it.",
    "I {A} {S} {T}, and something shifted.",
    "Part of me wanted to call {P}, part of me wanted to be alone.",
    "The honest version is that I felt *{F}* and didn't know why.",
    "I wrote it down so I don't lose it: {R}.",
    "{O} {B} felt {F}, which I'm learning to read as a signal rather than a problem.",
    "When I think about {S}, I feel {F}.",
    "Maybe {R}; maybe that's enough for today.",
    "I spent time {L} and let {S} be there without commentary.",
    "{P} asked how I was and I actually answered.",
    "Not much happened {L}, and that was fine.",
    "I {A} {S} instead of scrolling, which felt like a small win.",
    "By evening I was {F} again.",
    "During the session {S} {V}, and the music carried me through it.",
    "It felt like {S} had been waiting {T} for me to notice.",
    "**{R}** — I want to remember that.",
    "I told {P} about {S} and they just listened.",
    "{O} I was {F} and there was tension in {B}, so I went outside for a bit.",
    "The thing about {S} is that it never really left.",
    "I notice I get {F} whenever {P} brings up the past.",
]

let themeTags: [String] = [
    "father", "mother", "family", "trust", "grief", "boundaries", "self-compassion",
    "inner-child", "shame", "body", "work", "creativity", "sobriety", "anger", "loneliness",
    "perfectionism", "rest", "relationships", "nature", "sleep", "forgiveness", "fear",
    "theme/relationships", "theme/work", "theme/family/father", "theme/self-worth",
    "theme/body", "theme/grief", "theme/creativity", "people/sam", "people/zoë",
    "ketamine", "integration", "journal", "dreams", "café", "rêve", "日記",
]

let emotionNames: [String] = [
    "grief", "sadness", "sad", "relief", "joy", "hope", "hopeful", "anxious", "anxiety",
    "fear", "anger", "shame", "guilt", "tenderness", "love", "gratitude", "awe", "peace",
    "calm", "loneliness", "frustration", "overwhelm", "overwhelmed", "curiosity",
    "contentment", "confusion", "numbness", "irritable", "excitement", "nostalgia",
    "vulnerable", "serenity", "disgust", "surprise", "embarrassment", "resentment",
    "trust", "safe", "despair", "longing", "acceptance", "compassion", "melancholy",
]
let oddEmotionNames: [String] = ["floaty", "buzzy", "ocean-y", "fizzy", "unmoored", "glassy"]

let emotionTagNames: [String] = [
    "sad", "grief", "anxious", "fear", "joy", "relief", "anger", "shame", "calm",
    "hopeful", "lonely", "awe", "tender", "overwhelmed", "peace", "guilt",
]

let practiceNames: [String] = [
    "breathwork", "meditation", "yoga", "walk", "walk in nature", "journaling",
    "gratitude list", "cold shower", "body scan", "movement", "running", "tai chi",
    "music listening", "drawing", "stretching", "swimming", "loving-kindness",
]
let practiceTagNames: [String] = [
    "meditation", "breathwork", "yoga", "walk", "nature", "journaling", "movement",
    "body-scan", "gratitude", "cold-exposure", "running",
]

let insightTexts: [String] = [
    "My anger at Dad is covering something softer", "When I slow my breath, the story slows too",
    "I can hold two feelings at once", "The critic's voice sounds like my old teacher",
    "I've been treating exhaustion as a moral failure", "Being seen doesn't have to be dangerous",
    "I don't need to finish healing before I'm allowed to enjoy things",
    "The urge to leave is old, not about this person", "Control has been my way of feeling safe",
    "My body relaxes when I stop performing", "I can let people help without owing them",
    "The younger me just wanted someone to notice",
    "Grief comes in waves and each wave ends", "I keep choosing busy over present",
    "I am more than the worst thing I did", "Nature resets me faster than anything else",
    "Sleep is the first thing to go when I'm avoiding something",
    "I confuse being needed with being loved", "Saying the feeling out loud takes half its weight away",
    "I can disappoint someone and still be okay", "The fear of the dark room was really about being alone",
]

let actionTexts: [String] = [
    "call my sister", "book the next integration session", "write a letter to Dad (not to send)",
    "walk in the park three times this week", "ask Sam for help with the move",
    "schedule a check-in with Dr. Okafor", "try the 4-7-8 breath before bed",
    "clear the desk and light a candle", "put the phone away after 9 pm",
    "sign up for the Thursday yoga class", "email the group facilitator",
    "buy a new notebook for dreams", "cancel the extra work meeting",
    "reread last month's insights", "plan a day trip to the coast",
    "drink water before coffee", "say no to the Saturday shift",
    "make the playlist from the session", "go to bed by 11 three nights in a row",
    "tell Maya what I actually need", "look up a grief support group",
    "return Björn's book", "update the integration plan",
]

let gratitudeTexts: [String] = [
    "the light through the kitchen window", "Sam's patience", "my sister's voice on the phone",
    "a warm bed", "the nurse at the clinic who held my hand", "coffee on the balcony",
    "the dog's ridiculous joy", "a quiet morning", "the group on Thursday",
    "my body for carrying me", "rain on the roof", "a good night's sleep", "music",
    "the café owner who remembers my order", "Zoë checking in", "clean sheets",
    "the first warm day", "being able to cry again", "my therapist's steadiness",
]

let intentions: [String] = [
    "to meet my grief with kindness", "to let go of control", "to listen to my body",
    "to see my father with new eyes", "to feel safe in my own skin",
    "to forgive myself for the lost years", "to find out what I'm avoiding",
    "to rest without guilt", "to reconnect with joy", "to trust the process",
    "to stay curious about fear", "to soften toward the younger me",
    "to understand the anger", "to make peace with my mother",
]

let freeHeadings: [String] = [
    "Morning", "What came up", "Body", "Dreams", "Music", "Notes", "Evening",
    "Conversation with Sam", "Thoughts", "Work stuff", "Walk", "Later",
]
let journeyFreeHeadings: [String] = ["Set and setting", "During the session", "The music", "After", "Coming back"]

let subheadingNames: [String] = ["Morning", "Evening", "Later", "Afternoon", "After the call", "Before bed",
                                  "At work", "Weekend", "On the walk"]
let therapists: [String] = ["Dr. Okafor", "Dr. Lindqvist", "Jun (integration coach)", "the group"]

let uniqueSyllables: [String] = [
    "ka", "ve", "lo", "ri", "mu", "ta", "shi", "no", "pe", "zu",
    "ro", "fa", "gi", "du", "ne", "xo", "ly", "be", "wa", "tho",
]

/// Words planted at known rates, for full-text search benchmarks.
struct RareWord { let word: String; let rate: Double; let sentences: [String] }
let rareWords: [RareWord] = [
    RareWord(word: "zephyrine", rate: 0.01, sentences: [
        "The word zephyrine came to me during the music and I still don't know what it means.",
        "I called the feeling zephyrine, a soft wind moving through the chest.",
        "The light behind my eyes had a colour I can only call zephyrine.",
    ]),
    RareWord(word: "quillwort", rate: 0.001, sentences: [
        "There was a quillwort growing at the edge of the pond and I couldn't stop looking at it.",
    ]),
    RareWord(word: "lanternfish", rate: 0.10, sentences: [
        "I thought of lanternfish, lighting themselves in the deep, and felt less alone.",
        "The image of a lanternfish kept coming back: a small light in a very dark place.",
        "Sam sent me a video about lanternfish and I watched it three times.",
    ]),
    RareWord(word: "déjà vu", rate: 0.05, sentences: [
        "Strong déjà vu walking into the clinic today.",
        "It was déjà vu in the body more than in the mind.",
    ]),
]

// MARK: - Templates, pre-parsed

enum Part { case lit(String), slot(Int) }

let slotPools: [[String]] = [openers, subjects, verbs, actionsI, feelingAdjectives, people, places,
                             reflections, timePhrases, bodyParts]
let slotKeys: [Character] = ["O", "S", "V", "A", "F", "P", "L", "R", "T", "B"]

let parsedTemplates: [[Part]] = sentenceTemplates.map { t in
    var parts: [Part] = []
    var lit = ""
    var i = t.startIndex
    while i < t.endIndex {
        let c = t[i]
        if c == "{", let close = t[i...].firstIndex(of: "}"), let k = slotKeys.firstIndex(of: t[t.index(after: i)]) {
            if !lit.isEmpty { parts.append(.lit(lit)); lit = "" }
            parts.append(.slot(k))
            i = t.index(after: close)
        } else {
            lit.append(c)
            i = t.index(after: i)
        }
    }
    if !lit.isEmpty { parts.append(.lit(lit)) }
    return parts
}

// MARK: - Schedule

enum Kind { case journey, integration, journal }

struct Plan {
    let day: Int
    let kind: Kind
    let journalNo: Int      // 1-based among the journals of the day (0 for journey/integration)
    let slot: Int           // 0-based among all entries of the day (for times)
    let journeyNo: Int      // latest journey number on or before this day (0 = none yet)
    let journeyDay: Int     // day of that journey (or -1)
    let intention: String   // the intention of that journey
}

func makeSchedule(entries n: Int, start: Int, seed: UInt64) -> [Plan] {
    var rng = SplitMix64(seed: seed ^ 0x5C4E_D01E_0000_0001)
    var plans: [Plan] = []
    plans.reserveCapacity(n)
    var day = start
    var journeyNo = 0
    var journeyDay = -1
    var intention = ""
    var nextJourney = start + rng.range(2, 6)
    var integrationDay = -1
    while plans.count < n {
        var kinds: [Kind] = []
        if day == nextJourney {
            journeyNo += 1
            journeyDay = day
            intention = rng.pick(intentions)
            kinds.append(.journey)
            if rng.chance(0.3) { kinds.append(.journal) }
            // Most integration entries land in the 48–72 h window; some come too early or too late,
            // some never.
            if rng.chance(0.9) {
                integrationDay = day + (rng.chance(0.8) ? rng.range(2, 3) : rng.pick([1, 4, 5]))
            } else {
                integrationDay = -1
            }
            nextJourney = day + rng.range(14, 28)
        } else if day == integrationDay {
            kinds.append(.integration)
            if rng.chance(0.4) { kinds.append(.journal) }
        } else {
            let r = rng.int(100)
            let count = r < 12 ? 0 : r < 72 ? 1 : r < 92 ? 2 : 3
            for _ in 0 ..< count { kinds.append(.journal) }
        }
        var journalNo = 0
        for (slot, k) in kinds.enumerated() where plans.count < n {
            if k == .journal { journalNo += 1 }
            plans.append(Plan(day: day, kind: k, journalNo: k == .journal ? journalNo : 0, slot: slot,
                              journeyNo: journeyNo, journeyDay: journeyDay, intention: intention))
        }
        day += 1
    }
    return plans
}

func fileName(_ p: Plan) -> String {
    let d = isoDate(p.day)
    switch p.kind {
    case .journey: return d + " journey.md"
    case .integration: return d + " integration.md"
    case .journal: return p.journalNo <= 1 ? d + ".md" : d + " journal " + String(p.journalNo) + ".md"
    }
}

// MARK: - Entry generator

enum SectionKind { case free, insights, emotions, actions, practices, gratitude, other }

struct Section {
    var heading: String     // rendered heading lines, "" for none
    var proseWeight: Int    // how many shares of the prose budget go here (before `body`)
    var body: String        // structured content (lists, fields), rendered after the prose
    var kind: SectionKind = .other
    var bodyFirst = false   // render `body` before the prose (a line under the title)
    var paragraphs = false  // an insights section written as paragraphs, not a list
    var prose: [String] = []
}

struct Stats {
    var bytes = 0
    var proseBytes = 0
    var journeys = 0, integrations = 0, journals = 0
    var rare: [Int] = Array(repeating: 0, count: rareWords.count)
}

struct EntryGen {
    var rng: SplitMix64
    let plan: Plan
    let index: Int
    let seed: UInt64
    var pending: [String] = []      // special sentences still to plant in prose
    var hardWrap = false
    var subheadings: [String] = []  // free sub-headings not used yet in this entry
    var proseBytes = 0

    init(plan: Plan, index: Int, seed: UInt64) {
        self.plan = plan
        self.index = index
        self.seed = seed
        var mix = SplitMix64(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ (UInt64(index) &* 0xD1B5_4A32_D192_ED03))
        rng = SplitMix64(seed: mix.next())
    }

    // MARK: small pieces

    mutating func sentence() -> String {
        var s = ""
        for part in rng.pick(parsedTemplates) {
            switch part {
            case .lit(let l): s += l
            case .slot(let k): s += rng.pick(slotPools[k])
            }
        }
        if let f = s.unicodeScalars.first, f.properties.isLowercase {
            return s.prefix(1).uppercased() + s.dropFirst()
        }
        return s
    }

    mutating func tagToken() -> String { "#" + rng.pick(themeTags) }

    mutating func inlineExtra() -> String {
        switch rng.int(14) {
        case 0: return "I found a [box breathing guide](https://example.org/breath#box) and tried it."
        case 1: return "Rereading [[" + journeyLink() + "]] helped."
        case 2: return "I've started marking things with `#insight` so they're easy to find later."
        case 3: return "The meditation was this one: https://example.com/meditations#body-scan, the long version."
        case 4: return "See [[#Insights]] below."
        case 5: return "The `4-7-8` pattern works better lying down."
        case 6: return "This was session #" + String(max(plan.journeyNo, 1)) + ", if I'm counting right."
        case 7: return "Notes from <https://example.org/integration#week-" + String(rng.range(1, 12)) + "> are in [[Integration plan|the plan]]."
        case 8: return "I typed `tend review --week latest` and read the whole thing twice."
        case 9: return "We're on week #6 of the group already."
        case 10: return "A line from the [article](https://example.net/ketamine-integration?ref=journal#after-care) stuck with me."
        case 11: return "Wrote ~20 minutes, as suggested (item #3 on the list)."
        case 12: return "<mark>Remember this one.</mark>"
        default: return "Filed under [[Themes/Body]] for now."
        }
    }

    func journeyLink() -> String {
        plan.journeyDay >= 0 ? isoDate(plan.journeyDay) + " journey" : "Integration plan"
    }

    /// One prose paragraph of 3–6 sentences, sometimes with a tag, a link, a code span or a
    /// planted sentence.
    mutating func paragraph() -> String {
        let n = rng.range(3, 6)
        var parts: [String] = []
        for _ in 0 ..< n { parts.append(sentence()) }
        if !pending.isEmpty && rng.chance(0.4) {
            parts.insert(pending.removeLast(), at: rng.int(parts.count + 1))
        }
        if rng.chance(0.07) { parts.insert(inlineExtra(), at: rng.int(parts.count + 1)) }
        let r = rng.int(100)
        if r < 22 {
            let i = rng.int(parts.count)
            parts[i] += " " + tagToken()
        } else if r < 30 {
            parts[rng.int(parts.count)] += " #emotion/" + rng.pick(emotionTagNames)
        } else if r < 33 {
            parts[rng.int(parts.count)] += " #feeling/" + rng.pick(emotionTagNames)
        } else if r < 39 {
            parts.append("Did some #practice/" + rng.pick(practiceTagNames) + " afterwards.")
        } else if r < 42 {
            parts.append("#insight " + rng.pick(insightTexts) + ".")
        } else if r < 44 {
            parts.append("I need to " + rng.pick(actionTexts) + " #todo")
        } else if r < 45 {
            parts.append("Next: " + rng.pick(actionTexts) + ". #action")
        }
        return parts.joined(separator: " ")
    }

    mutating func date(_ day: Int, plus: Int) -> String { isoDate(day + plus) }

    mutating func heading(_ name: String, level: Int = 2, allowVariants: Bool = true) -> String {
        var n = name
        if allowVariants {
            let r = rng.int(100)
            if r < 6 { n += ":" } else if r < 10 { n = n.lowercased() }
        }
        if allowVariants && level <= 2 && rng.chance(0.06) {
            return n + "\n" + String(repeating: level == 1 ? "=" : "-", count: max(3, n.count))
        }
        return String(repeating: "#", count: level) + " " + n
    }

    mutating func emotionName() -> String {
        rng.chance(0.05) ? rng.pick(oddEmotionNames) : rng.pick(emotionNames)
    }

    // MARK: structured sections

    mutating func emotionItems() -> String {
        var lines: [String] = []
        let names = rng.sample(emotionNames, rng.range(2, 6)) + (rng.chance(0.1) ? [rng.pick(oddEmotionNames)] : [])
        for name in names {
            let i = rng.range(1, 10)
            let r = rng.int(100)
            let text: String
            if r < 35 { text = name + " (" + String(i) + ")" }
            else if r < 55 { text = name + " – " + String(i) + "/10" }
            else if r < 70 { text = name + ": " + String(i) }
            else if r < 85 { text = name }
            else if r < 91 { text = name.prefix(1).uppercased() + name.dropFirst() + " (" + String(i) + ")" }
            else if r < 96 { text = name + " - " + String(i) + "/10" }
            else { text = name + " (" + String(i) + ") — mostly about " + rng.pick(["Dad", "work", "the move", "Mum", "the session"]) }
            lines.append((rng.chance(0.1) ? "* " : "- ") + text)
        }
        return lines.joined(separator: "\n")
    }

    mutating func insightItems(asParagraphs: Bool) -> String {
        let picks = rng.sample(insightTexts, rng.range(2, 5))
        if asParagraphs {
            return picks.map { $0 + ". " + sentence() }.joined(separator: "\n\n")
        }
        var lines: [String] = []
        let ordered = rng.chance(0.2)
        for (k, t) in picks.enumerated() {
            var line = (ordered ? String(k + 1) + ". " : "- ") + t
            if rng.chance(0.3) { line += ". " + sentence() }
            if rng.chance(0.15) { line += " #insight" }      // found twice, counts once
            if rng.chance(0.15) { line += " " + tagToken() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    mutating func taskLine(bullet: String, checkbox: Bool) -> String {
        var text = rng.pick(actionTexts)
        var box = ""
        if checkbox {
            let r = rng.int(100)
            if r < 55 { box = "[ ] " }
            else if r < 80 { box = "[x] " }
            else if r < 86 { box = "[X] " }
            else if r < 93 { box = "[-] " }
            else { box = "[/] " }
            let d = rng.int(100)
            if d < 35 { text += " 📅 " + date(plan.day, plus: rng.range(1, 14)) }
            else if d < 42 { text += " due:" + date(plan.day, plus: rng.range(1, 14)) }
            else if d < 47 { text += " due:: " + date(plan.day, plus: rng.range(1, 14)) }
            if box == "[x] " || box == "[X] ", rng.chance(0.6) {
                text += " ✅ " + date(plan.day, plus: rng.range(0, 3))
            }
        } else if rng.chance(0.3) {
            text += " 📅 " + date(plan.day, plus: rng.range(1, 14))
        }
        if rng.chance(0.12) { text += " " + tagToken() }
        return bullet + box + text
    }

    mutating func actionItems(checkboxes: Bool) -> String {
        var lines: [String] = []
        let n = rng.range(1, 5)
        let ordered = checkboxes && rng.chance(0.12)
        let star = rng.chance(0.12)
        for k in 0 ..< n {
            let bullet = ordered ? String(k + 1) + ". " : (star ? "* " : "- ")
            lines.append(taskLine(bullet: bullet, checkbox: checkboxes || rng.chance(0.15)))
            if checkboxes && rng.chance(0.12) {
                let indent = rng.chance(0.2) ? "\t" : String(repeating: " ", count: bullet.count)
                lines.append(indent + taskLine(bullet: "- ", checkbox: true))
            }
        }
        return lines.joined(separator: "\n")
    }

    mutating func practiceItems() -> String {
        rng.sample(practiceNames, rng.range(1, 4)).map { p in
            let r = rng.int(100)
            if r < 40 { return "- " + p }
            if r < 70 { return "- " + p + " " + String(rng.pick([5, 10, 15, 20, 30, 45])) + " min" }
            if r < 90 { return "- " + p + " " + String(rng.pick([5, 10, 15, 20, 30])) + "m" }
            return "- [x] " + p
        }.joined(separator: "\n")
    }

    mutating func gratitudeItems() -> String {
        rng.sample(gratitudeTexts, rng.range(2, 5)).map { "- " + $0 }.joined(separator: "\n")
    }

    mutating func inlineFields() -> String {
        var lines: [String] = []
        if rng.chance(0.7) { lines.append("insight:: " + rng.pick(insightTexts)) }
        if rng.chance(0.6) {
            lines.append("emotion:: " + rng.pick(emotionNames) + (rng.chance(0.7) ? " " + String(rng.range(1, 10)) : ""))
        }
        if lines.isEmpty { lines.append("insight:: " + rng.pick(reflections)) }
        return lines.joined(separator: rng.chance(0.5) ? "\n" : "\n\n")
    }

    mutating func rareExtras() -> String {
        switch rng.int(5) {
        case 0:
            return "```text\nbreathe in 4   #count\nhold 7\nout 8         #not-a-tag\n```"
        case 1:
            return "<!-- private: #secret stays out of the index -->"
        case 2:
            return "> " + rng.pick(reflections).prefix(1).uppercased() + rng.pick(reflections).dropFirst() + ". — " + rng.pick(therapists)
        case 3:
            return "> " + rng.pick(insightTexts) + ". #insight"
        default:
            return "~~~\n#fenced-with-tildes is not a tag either\n~~~"
        }
    }

    // MARK: front matter

    mutating func yamlList(_ key: String, _ items: [String]) -> String {
        if items.isEmpty { return key + ": []\n" }
        if rng.chance(0.35) { return key + ": [" + items.joined(separator: ", ") + "]\n" }
        return key + ":\n" + items.map { "  - " + $0 + "\n" }.joined()
    }

    mutating func frontMatter(tags: [String]) -> String {
        var fm = "---\n"
        var keyCase: (String) -> String = { $0 }
        if rng.chance(0.03) { keyCase = { $0.prefix(1).uppercased() + $0.dropFirst() } }

        // date
        let r = rng.int(100)
        let hour = [8, 13, 20, 22][min(plan.slot, 3)] + (plan.kind == .journey ? 2 : 0)
        let minute = rng.pick([0, 5, 15, 30, 45, 50])
        let d = isoDate(plan.day)
        if r < 68 { fm += keyCase("date") + ": " + d + "\n" }
        else if r < 83 { fm += keyCase("date") + ": " + d + " " + pad2(hour) + ":" + pad2(minute) + "\n" }
        else if r < 93 { fm += keyCase("date") + ": " + d + "T" + pad2(hour) + ":" + pad2(minute) + ":00" + rng.pick(["+01:00", "+02:00", "-05:00", "Z"]) + "\n" }
        else if r < 96 { fm += keyCase("date") + ": \"" + d + "\"\n" }
        // else: no date key; the file name has it

        // type
        switch plan.kind {
        case .journey:
            let t = rng.int(100)
            let name = t < 70 ? "journey" : t < 78 ? "session" : t < 85 ? "dosing" : t < 93 ? "ketamine" : "Medicine"
            fm += keyCase("type") + ": " + name + "\n"
            if rng.chance(0.85) { fm += keyCase("session") + ": " + String(plan.journeyNo) + "\n" }
        case .integration:
            fm += keyCase("type") + ": " + (rng.chance(0.9) ? "integration" : "Integration") + "\n"
            fm += keyCase("session") + ": " + String(plan.journeyNo) + "\n"
            fm += "with: " + rng.pick(therapists) + "\n"
        case .journal:
            let t = rng.int(100)
            if t < 55 { fm += keyCase("type") + ": journal\n" }
            else if t < 58 { fm += keyCase("type") + ": dream\n" }
            if plan.journeyNo > 0 && rng.chance(0.3) { fm += keyCase("session") + ": " + String(plan.journeyNo) + "\n" }
        }

        // intention
        if plan.kind == .journey {
            if rng.chance(0.8) { fm += "intention: " + plan.intention + "\n" }
            else { fm += yamlList("intention", [plan.intention, rng.pick(intentions)]) }
            if rng.chance(0.35) { fm += "dose_mg: " + String(rng.pick([50, 60, 70, 80, 90, 100])) + "\n" }
            if rng.chance(0.4) { fm += "route: " + rng.pick(["IM", "IV", "lozenge", "nasal"]) + "\n" }
            if rng.chance(0.1) { fm += "motivation: I want to be present for the people I love\n" }
        } else if weekday(plan.day) == 0 && rng.chance(0.3) {
            fm += "intention: " + rng.pick(intentions) + " this week\n"
        }

        // tags
        if !tags.isEmpty {
            let t = rng.int(100)
            let key = rng.chance(0.1) ? "tag" : "tags"
            if t < 45 { fm += yamlList(key, tags) }
            else if t < 70 { fm += key + ": " + tags.joined(separator: ", ") + "\n" }
            else if t < 85 { fm += key + ": " + tags.joined(separator: " ") + "\n" }
            else { fm += key + ": \"" + tags.map { "#" + $0 }.joined(separator: " ") + "\"\n" }
        }

        // metrics
        if rng.chance(0.85) { fm += keyCase("mood") + ": " + String(rng.range(2, 9)) + "\n" }
        if rng.chance(0.6) { fm += "anxiety: " + String(rng.range(0, 9)) + "\n" }
        if rng.chance(0.55) { fm += "sleep: " + String(rng.range(4, 9)) + (rng.chance(0.5) ? ".5" : "") + "\n" }
        if rng.chance(0.25) { fm += "energy: " + String(rng.range(1, 10)) + "\n" }
        if weekday(plan.day) == 0 && rng.chance(0.5) { fm += "phq9: " + String(rng.range(2, 20)) + "\n" }
        if rng.chance(0.05) { fm += "location: " + rng.pick(["home", "clinic", "cabin", "parents' place"]) + "\n" }

        // emotions
        if rng.chance(plan.kind == .journal ? 0.45 : 0.8) {
            let key = rng.chance(0.12) ? "feelings" : "emotions"
            let names = rng.sample(emotionNames, rng.range(1, 4))
            let e = rng.int(100)
            if e < 40 { fm += yamlList(key, names) }
            else if e < 70 { fm += key + ":\n" + names.map { "  - " + $0 + " (" + String(rng.range(1, 10)) + ")\n" }.joined() }
            else if e < 90 { fm += key + ":\n" + names.map { "  " + $0 + ": " + String(rng.range(0, 10)) + "\n" }.joined() }
            else { fm += key + ": {" + names.map { $0 + ": " + String(rng.range(0, 10)) }.joined(separator: ", ") + "}\n" }
        }

        // practices
        if rng.chance(0.4) {
            let ps = rng.sample(practiceNames, rng.range(1, 3)).map { p -> String in
                let r = rng.int(3)
                return r == 0 ? p : r == 1 ? p + " " + String(rng.pick([10, 15, 20, 30])) + "m" : p + " " + String(rng.pick([10, 20, 25, 40])) + " min"
            }
            fm += yamlList("practices", ps)
        }
        if rng.chance(0.04) { fm += "cssclasses: [journal]\n" }

        fm += rng.chance(0.05) ? "...\n" : "---\n"
        return fm
    }

    mutating func newSection(_ k: SectionKind, names: [String] = ["Insights", "Insights", "Realizations", "Lessons", "Insight"]) -> Section {
        switch k {
        case .insights:
            // Either a list (with an optional lead-in paragraph, which is not an insight) or only
            // paragraphs (each one an insight) — never both, so the expected result is clear.
            let asParagraphs = rng.chance(0.2)
            let intro = !asParagraphs && rng.chance(0.2)
                ? rng.pick(["A few things that landed:", "What I want to keep:", "Mostly small things."]) + "\n\n" : ""
            var s = Section(heading: heading(rng.pick(names)), proseWeight: 0,
                            body: intro + insightItems(asParagraphs: asParagraphs), kind: .insights)
            s.paragraphs = asParagraphs
            return s
        case .emotions:
            var s = Section(heading: heading(rng.pick(["Emotions", "Emotions", "Feelings"])), proseWeight: 0, body: emotionItems(), kind: .emotions)
            if rng.chance(0.25) { s.body = "Naming them helps:\n\n" + s.body }
            return s
        case .gratitude:
            return Section(heading: heading(rng.pick(["Gratitude", "Gratitude", "Grateful for"])), proseWeight: 0, body: gratitudeItems(), kind: .gratitude)
        case .practices:
            return Section(heading: heading(rng.pick(["Practices", "Self-care"])), proseWeight: 0, body: practiceItems(), kind: .practices)
        case .actions:
            let h = rng.pick(["Action items", "To do", "Next steps", "Actions"])
            return Section(heading: heading(h), proseWeight: 0,
                           body: actionItems(checkboxes: h == "Next steps" ? rng.chance(0.3) : rng.chance(0.8)), kind: .actions)
        case .free, .other:
            return Section(heading: heading(rng.pick(freeHeadings)), proseWeight: 2, body: "", kind: .free)
        }
    }

    /// More items for a list section: the same list, or under a free sub-heading (which stays
    /// in the section). Returns the text and the separator to put before it.
    mutating func moreItems(_ s: Section) -> (sep: String, text: String) {
        if s.kind != .insights && rng.chance(0.5) {
            return ("\n", moreListItems(s))
        }
        if subheadings.isEmpty { subheadings = rng.sample(subheadingNames, subheadingNames.count) }
        return ("\n\n", "### " + subheadings.removeLast() + "\n\n" + moreListItems(s))
    }

    mutating func moreListItems(_ s: Section) -> String {
        switch s.kind {
        case .insights: return insightItems(asParagraphs: s.paragraphs)
        case .emotions: return emotionItems()
        case .actions: return actionItems(checkboxes: true)
        case .practices: return practiceItems()
        case .gratitude: return gratitudeItems()
        case .free, .other: return inlineFields()
        }
    }

    // MARK: whole entry

    mutating func title() -> String {
        let c = civilFromDays(plan.day)
        let human = weekdayNames[weekday(plan.day)] + ", " + String(c.d) + " " + monthNames[c.m - 1] + " " + String(c.y)
        switch plan.kind {
        case .journey:
            return "# Journey " + String(plan.journeyNo) + " — " + plan.intention.dropFirst(3)
        case .integration:
            return "# Integration — session " + String(plan.journeyNo)
        case .journal:
            let r = rng.int(100)
            if r < 45 { return "# " + human }
            if r < 60 { return "# " + isoDate(plan.day) }
            if r < 65 { return human + "\n" + String(repeating: "=", count: human.count) }
            if r < 80 { return "# " + rng.pick(["A slow day", "Waves", "Still here", "Small things", "Heavy morning", "Light", "After the storm", "Notes to self"]) }
            return ""
        }
    }

    mutating func generate() -> (text: String, prose: Int, rare: [Bool]) {
        // Entry-level plans: planted words.
        var rareHits: [Bool] = []
        for rw in rareWords {
            let hit = rng.chance(rw.rate)
            rareHits.append(hit)
            if hit { pending.append(rng.pick(rw.sentences)) }
        }
        pending.append(uniqueSentence())
        hardWrap = rng.chance(0.15)
        let crlf = rng.chance(0.01)

        // Size target (bytes), by kind.
        let target: Int
        switch plan.kind {
        case .journey: target = rng.range(5500, 9500)
        case .integration: target = rng.range(3500, 6500)
        case .journal: target = rng.chance(0.1) ? rng.range(700, 1500) : rng.range(1300, 5200)
        }

        var sections: [Section] = []
        let t = title()
        sections.append(Section(heading: t, proseWeight: 2, body: ""))

        switch plan.kind {
        case .journey:
            sections.append(Section(heading: heading("Intention", allowVariants: false), proseWeight: 0,
                                    body: "I want " + plan.intention + ". " + sentence()))
            sections.append(Section(heading: heading("Set and setting"), proseWeight: 1, body: ""))
            var during = Section(heading: heading("During the session"), proseWeight: 3, body: "")
            if rng.chance(0.5) {
                during.body = heading(rng.pick(["The music", "The ocean", "Dad", "The hallway"]), level: 3) + "\n\n" + paragraph()
            }
            sections.append(during)
            sections.append(newSection(.insights, names: ["Insights", "Insights", "Realizations", "Insight"]))
            sections.append(Section(heading: heading(rng.pick(["Emotions", "Emotions", "Feelings"])), proseWeight: 0, body: emotionItems(), kind: .emotions))
            sections.append(Section(heading: heading("After"), proseWeight: 1, body: ""))
            sections.append(Section(heading: heading(rng.pick(["Action items", "Next steps"])), proseWeight: 0,
                                    body: "- [ ] book the integration session 📅 " + date(plan.day, plus: 2) + "\n" + actionItems(checkboxes: true),
                                    kind: .actions))
            if rng.chance(0.6) {
                sections.append(Section(heading: heading(rng.pick(["Gratitude", "Grateful for"])), proseWeight: 0, body: gratitudeItems(), kind: .gratitude))
            }
        case .integration:
            sections[0].body = "Integration for [[" + journeyLink() + "]] with " + rng.pick(therapists) + "."
            sections[0].bodyFirst = true
            sections.append(Section(heading: heading("What we talked about"), proseWeight: 3, body: ""))
            var ins = newSection(.insights, names: ["Insights", "Realizations", "Realisations", "Lessons"])
            if rng.chance(0.3) {
                ins.body += "\n\n" + heading("Later", level: 3) + "\n\n" + (ins.paragraphs ? "" : "- ") + rng.pick(insightTexts)
            }
            sections.append(ins)
            sections.append(Section(heading: heading(rng.pick(["Emotions", "Feelings"])), proseWeight: 0, body: emotionItems(), kind: .emotions))
            sections.append(Section(heading: heading(rng.pick(["Next steps", "Action items", "Actions"])), proseWeight: 0,
                                    body: actionItems(checkboxes: rng.chance(0.5)), kind: .actions))
            if rng.chance(0.6) {
                sections.append(Section(heading: heading(rng.pick(["Practices", "Self-care"])), proseWeight: 0, body: practiceItems(), kind: .practices))
            }
        case .journal:
            var optional: [Section] = []
            let nFree = rng.range(0, 2)
            for h in rng.sample(freeHeadings, nFree) {
                optional.append(Section(heading: heading(h, level: rng.chance(0.2) ? 3 : 2), proseWeight: 2, body: "", kind: .free))
            }
            if rng.chance(0.5) { optional.append(newSection(.insights)) }
            if rng.chance(0.6) { optional.append(newSection(.emotions)) }
            if rng.chance(0.5) { optional.append(newSection(.gratitude)) }
            if rng.chance(0.45) { optional.append(newSection(.practices)) }
            if rng.chance(0.5) { optional.append(newSection(.actions)) }
            // Keep the free headings roughly in front, the lists in a mostly stable order.
            if rng.chance(0.2) { optional.swapAt(0, rng.int(optional.count)) }
            sections += optional
            // Tasks anywhere: in a free section or under the title, outside an action heading.
            if rng.chance(0.15) {
                let free = sections.indices.filter { sections[$0].kind == .free }
                let i = free.isEmpty ? 0 : rng.pick(free)
                sections[i].body += (sections[i].body.isEmpty ? "" : "\n\n") + taskLine(bullet: "- ", checkbox: true)
            }
        }
        // Inline fields sit under the title (no vocabulary section), so they count once.
        if rng.chance(0.2) {
            sections[0].body += (sections[0].body.isEmpty ? "" : "\n\n") + inlineFields()
        }
        if rng.chance(0.08) {
            let i = rng.pick(sections.indices.filter { sections[$0].kind != .insights })
            sections[i].body += (sections[i].body.isEmpty ? "" : "\n\n") + rareExtras()
        }

        // Themes: front matter and a closing tag line.
        let tags = rng.sample(themeTags, rng.range(0, 4))
        let noFrontMatter = plan.kind == .journal && rng.chance(0.04)
        let fm = noFrontMatter ? "" : frontMatter(tags: tags)
        var closingTags = ""
        if rng.chance(noFrontMatter ? 0.8 : 0.25) {
            closingTags = rng.sample(themeTags, rng.range(1, 3)).map { "#" + $0 }.joined(separator: " ")
        }

        // Structure: grow it to about 40 % of the target, by adding items (under a free
        // sub-heading, which stays in its section) or sections the entry does not have yet.
        var structure = fm.utf8.count + closingTags.utf8.count
        for s in sections { structure += s.heading.utf8.count + s.body.utf8.count + 4 }
        let listKinds: [SectionKind] = [.insights, .emotions, .actions, .practices, .gratitude]
        while structure * 100 < target * 42 {
            let before = structure
            let i = rng.int(sections.count + 2)
            if i < sections.count, listKinds.contains(sections[i].kind) {
                let more = moreItems(sections[i])
                sections[i].body += more.sep + more.text
                structure += more.text.utf8.count + 2
            } else {
                let k = rng.pick(listKinds)
                if let j = sections.firstIndex(where: { $0.kind == k }) {
                    let more = moreItems(sections[j])
                    sections[j].body += more.sep + more.text
                    structure += more.text.utf8.count + 2
                } else {
                    let s = newSection(k)
                    sections.append(s)
                    structure += s.heading.utf8.count + s.body.utf8.count + 4
                }
            }
            if structure == before { break }
        }

        // The closing tag line must not land in a paragraph-insights section (it would read as an insight).
        if sections.count > 2, sections[sections.count - 1].kind == .insights {
            sections.swapAt(sections.count - 1, sections.count - 2)
        }

        // Prose: about 1.5× the structure, and at least what the target still leaves.
        let proseTarget = max(target - structure, structure * 3 / 2)
        let weights = sections.reduce(0) { $0 + $1.proseWeight }
        for i in sections.indices where sections[i].proseWeight > 0 {
            let share = proseTarget * sections[i].proseWeight / max(weights, 1)
            var got = 0
            while got < share || sections[i].prose.isEmpty {
                let p = paragraph()
                got += p.utf8.count + 2
                sections[i].prose.append(p)
            }
        }
        if !pending.isEmpty { sections[0].prose.append(pending.joined(separator: " ") + " " + sentence()) }
        pending.removeAll()

        // Render.
        var out = ""
        out.reserveCapacity(target + 1024)
        out += fm
        var first = true
        for s in sections {
            let prose = s.prose.map { hardWrap ? wrap($0) : $0 }
            let body = s.body.isEmpty ? [] : [s.body]
            let blocks = (s.heading.isEmpty ? [] : [s.heading]) + (s.bodyFirst ? body + prose : prose + body)
            for b in blocks {
                if !first { out += "\n" }
                first = false
                out += b
                out += "\n"
            }
            for p in s.prose { proseBytes += p.utf8.count + 1 }
        }
        if !closingTags.isEmpty { out += "\n" + closingTags + "\n" }
        if crlf { out = out.replacingOccurrences(of: "\n", with: "\r\n") }
        return (out, proseBytes, rareHits)
    }

    /// A sentence with a made-up word that no other entry has.
    mutating func uniqueSentence() -> String {
        let w = uniqueWord(index: index, seed: seed)
        switch rng.int(4) {
        case 0: return "A word came to me out of nowhere — " + w + " — and I don't know what it means."
        case 1: return "In the dream there was a street called " + w + " and I knew it was mine."
        case 2: return "I keep saying \"" + w + "\" to myself, like a small password."
        default: return "Sam said my made-up word for this is " + w + ", and it fits."
        }
    }

    /// Hard-wraps a paragraph at 80 columns (vim style), never inside a code span or a wikilink.
    func wrap(_ p: String) -> String {
        var out = ""
        var line = ""
        var lineLen = 0
        var word = ""
        var inCode = false, inWiki = 0
        var prev: Character = " "
        func flushWord() {
            if word.isEmpty { return }
            let wl = word.count
            if lineLen > 0 && lineLen + 1 + wl > 80 {
                out += line + "\n"
                line = word; lineLen = wl
            } else {
                if lineLen > 0 { line += " "; lineLen += 1 }
                line += word; lineLen += wl
            }
            word = ""
        }
        for c in p {
            if c == "`" { inCode.toggle() }
            if c == "[" && prev == "[" { inWiki += 1 }
            if c == "]" && prev == "]" && inWiki > 0 { inWiki -= 1 }
            if c == " " && !inCode && inWiki == 0 { flushWord() } else { word.append(c) }
            prev = c
        }
        flushWord()
        return out + line
    }
}

func uniqueWord(index: Int, seed: UInt64) -> String {
    // A bijection of the index onto 4 syllables (20^4 = 160,000 words), then 5 (3.2 M) beyond that.
    let syl = uniqueSyllables.count
    let space = index < 160_000 ? 160_000 : 3_200_000
    let n = index < 160_000 ? 4 : 5
    var v = (index &* 7919 &+ Int(seed % UInt64(space))) % space
    var w = ""
    for _ in 0 ..< n {
        w += uniqueSyllables[v % syl]
        v /= syl
    }
    return w
}

// MARK: - Command line

func usage() -> String {
    """
    usage: tend-vaultgen OUTDIR --entries N [--seed S] [--start YYYY-MM-DD] [--force]

    Writes N deterministic integration-journal entries into OUTDIR/YYYY/MM/.
    The same arguments always produce byte-identical files.
      --entries N     number of entries (required)
      --seed S        random seed (default 1)
      --start DATE    date of the first day (default 2020-01-06, a Monday)
      --force         write even when OUTDIR is not empty (existing files with the same names are replaced)
    """
}

struct WriteError: Error, CustomStringConvertible {
    let path: String, code: Int32
    var description: String { path + ": " + String(cString: strerror(code)) }
}

/// Plain open/write/close: Foundation's `Data.write` calls fsync on every file, which makes
/// a 10,000-file vault several times slower to write and buys nothing here.
func writeFile(_ path: String, _ text: inout String) throws -> Int {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if fd < 0 { throw WriteError(path: path, code: errno) }
    defer { close(fd) }
    return try text.withUTF8 { buf -> Int in
        var off = 0
        while off < buf.count {
            let n = write(fd, buf.baseAddress! + off, buf.count - off)
            if n < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, code: errno)
            }
            off += n
        }
        return buf.count
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data(("tend-vaultgen: error: " + message + "\n").utf8))
    exit(2)
}

var outDir: String?
var entries: Int?
var seed: UInt64 = 1
var startDay = daysFromCivil(2020, 1, 6)
var force = false

var args = Array(CommandLine.arguments.dropFirst())
while !args.isEmpty {
    let a = args.removeFirst()
    func value() -> String {
        if args.isEmpty { fail("\(a) needs a value\n" + usage()) }
        return args.removeFirst()
    }
    switch a {
    case "-h", "--help":
        print(usage()); exit(0)
    case "--entries", "-n":
        guard let n = Int(value()), n >= 0 else { fail("--entries wants a whole number ≥ 0") }
        entries = n
    case "--seed":
        guard let s = UInt64(value()) else { fail("--seed wants a whole number ≥ 0") }
        seed = s
    case "--start":
        let v = value()
        let p = v.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3, v.count == 10, (1 ... 12).contains(p[1]), (1 ... 31).contains(p[2]),
              civilFromDays(daysFromCivil(p[0], p[1], p[2])) == (p[0], p[1], p[2]) else {
            fail("--start wants a date like 2020-01-06, not '\(v)'")
        }
        startDay = daysFromCivil(p[0], p[1], p[2])
    case "--force":
        force = true
    default:
        if a.hasPrefix("-") { fail("unknown option '\(a)'\n" + usage()) }
        if outDir != nil { fail("only one OUTDIR, got '\(outDir!)' and '\(a)'") }
        outDir = a
    }
}
guard let outDir else { fail("missing OUTDIR\n" + usage()) }
guard let entries else { fail("missing --entries N\n" + usage()) }

let fm = FileManager.default
var isDir: ObjCBool = false
if fm.fileExists(atPath: outDir, isDirectory: &isDir) {
    if !isDir.boolValue { fail("\(outDir) exists and is not a folder") }
    let contents = (try? fm.contentsOfDirectory(atPath: outDir)) ?? []
    if !contents.isEmpty && !force {
        fail("\(outDir) is not empty; use --force to write into it anyway")
    }
}

let clock = Date()
let plans = makeSchedule(entries: entries, start: startDay, seed: seed)
var stats = Stats()
var madeDirs = Set<String>()
let root = URL(fileURLWithPath: outDir, isDirectory: true)
do {
    try fm.createDirectory(at: root, withIntermediateDirectories: true)
    // A vault, as `tend init` leaves one: tend keeps the index of a folder holding .tend/ there,
    // while a plain folder's index lasts one run only.
    try fm.createDirectory(at: root.appendingPathComponent(".tend", isDirectory: true), withIntermediateDirectories: true,
                           attributes: [.posixPermissions: 0o700])
    for (i, plan) in plans.enumerated() {
        let c = civilFromDays(plan.day)
        let sub = pad4(c.y) + "/" + pad2(c.m)
        if !madeDirs.contains(sub) {
            try fm.createDirectory(at: root.appendingPathComponent(sub, isDirectory: true), withIntermediateDirectories: true)
            madeDirs.insert(sub)
        }
        var gen = EntryGen(plan: plan, index: i, seed: seed)
        var (text, prose, rare) = gen.generate()
        stats.bytes += try writeFile(root.appendingPathComponent(sub + "/" + fileName(plan), isDirectory: false).path, &text)
        stats.proseBytes += prose
        switch plan.kind {
        case .journey: stats.journeys += 1
        case .integration: stats.integrations += 1
        case .journal: stats.journals += 1
        }
        for k in rare.indices where rare[k] { stats.rare[k] += 1 }
    }
} catch {
    fail("cannot write the vault: \(error)")
}
let seconds = Date().timeIntervalSince(clock)

func mb(_ b: Int) -> String {
    let tenths = (b * 10 + 524_288) / 1_048_576
    return String(tenths / 10) + "." + String(tenths % 10) + " MB"
}
let span = plans.isEmpty ? "" : ", " + isoDate(plans.first!.day) + " … " + isoDate(plans.last!.day)
print("tend-vaultgen: wrote \(plans.count) files, \(stats.bytes) bytes (\(mb(stats.bytes))) to \(outDir) in "
    + String(Int(seconds * 1000)) + " ms")
if !plans.isEmpty {
    let pct = stats.bytes > 0 ? stats.proseBytes * 100 / stats.bytes : 0
    print("  \(stats.journeys) journeys, \(stats.integrations) integration, \(stats.journals) journal entries\(span)")
    print("  average \(stats.bytes / plans.count) bytes per entry, prose ≈ \(pct)%")
    print("  planted words: " + rareWords.enumerated().map { "\($1.word) in \(stats.rare[$0])" }.joined(separator: ", ")
        + "; one made-up word per entry (e.g. \(uniqueWord(index: 0, seed: seed)))")
}
