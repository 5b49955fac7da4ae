import TendCore
import TendResources

/// The shipped lexicon, read once.
let shippedLexicon = Lexicon(tsv: TendResources.emotionLexicon())

/// Parses Markdown text as an entry at `path`.
func parse(_ text: String, path: String = "2026/11/2026-11-03.md", modified: LocalDate? = nil) -> Entry {
    let parser = EntryParser(lexicon: shippedLexicon)
    switch parser.parse(path: path, bytes: Array(text.utf8), modificationDate: modified) {
    case .entry(let entry): return entry
    case .skipped(_, let problem): fatalError("skipped: \(problem)")
    }
}

/// Parses raw bytes.
func parse(bytes: [UInt8], path: String = "2026/11/2026-11-03.md") -> ParsedFile {
    EntryParser(lexicon: shippedLexicon).parse(path: path, bytes: bytes, modificationDate: nil)
}

/// A compact, comparable rendering of what was extracted.
extension Entry {
    var insightTexts: [String] { insights.map(\.text) }
    var emotionSummary: [String] {
        emotions.map { e in
            "\(e.name)/\(e.family)" + (e.intensity.map { i in i.rounded() == i ? " \(Int(i))" : " \(i)" } ?? "")
        }
    }
    var actionSummary: [String] {
        actions.map { a in
            var s = "\(a.status.rawValue): \(a.text)"
            if let due = a.due { s += " due \(due)" }
            if let done = a.done { s += " done \(done)" }
            return s
        }
    }
    var practiceSummary: [String] { practices.map { $0.name + ($0.minutes.map { " \($0)m" } ?? "") } }
}

/// Texts for checking a quick reader against the code it replaced: each joins up to
/// `maxPieces` of `pieces`, picked by a fixed linear congruential sequence, so every run
/// checks the same texts.
func generatedTexts(from pieces: [String], count: Int, maxPieces: Int, seed: UInt64) -> [String] {
    var seed = seed
    var texts: [String] = []
    texts.reserveCapacity(count)
    for _ in 0..<count {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        let length = Int(seed >> 33) % (maxPieces + 1)
        var text = ""
        for _ in 0..<length {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            text += pieces[Int(seed >> 33) % pieces.count]
        }
        texts.append(text)
    }
    return texts
}
