import Testing
@testable import TendMarkdown

/// The byte searches every scanner shares, on short texts and across the eight-byte blocks.
struct BytesTests {
    @Test("the first place of a letter in either case, or of a byte that is not ASCII", arguments: [
        ("the anger", "g", 0, 6),
        ("the ANGER", "g", 0, 6),
        ("0123456789abcdefG", "g", 0, 16),            // past a sixteen-byte block
        ("0123456789abcdefg", "g", 0, 16),
        ("0123456789abcdef", "g", 0, 16),             // none: the text's length
        ("plain text, then café", "g", 0, 20),        // é's first byte
        ("gag", "g", 1, 2),                           // from an offset
        ("gag", "g", 3, 3),
        ("", "g", 0, 0),
        ("x\u{11}y1 and 1", "1", 0, 3),               // a digit: only itself (U+0011 differs by the case bit)
        ("abcdefgh ijklmn 1", "1", 0, 16),
        ("a@b`c", "`", 0, 3),                         // no letter: only itself, never its other case
    ] as [(String, Character, Int, Int)])
    func firstLetter(_ text: String, _ letter: Character, _ from: Int, _ expected: Int) {
        let byte = letter.asciiValue!
        let found = Array(text.utf8).withUnsafeBufferPointer { $0.firstOffset(ofLetter: byte, and: byte, at: 0, orNonASCIIFrom: from) }
        #expect(found == expected)
    }

    @Test("the first place of a letter with another at a distance, in either case, or of a byte that is not ASCII", arguments: [
        ("the danger of anger", "g", "r", 2, 0, 7),
        ("the DANGER", "g", "r", 2, 0, 7),
        ("gag ga", "g", "a", 1, 1, 4),                 // from an offset
        ("anger", "g", "a", -2, 0, 2),                 // the other letter before it
        ("gr", "g", "r", 2, 0, 2),                     // its partner would be past the end
        ("ag", "g", "a", -3, 0, 2),                    // or before the start
        ("0123456789abcdefghijkl gxr", "g", "r", 2, 0, 23),   // past a sixteen-byte block
        ("0123456789abcdeg r", "g", "r", 2, 0, 15),    // across two blocks
        ("rage — anger", "g", "r", 2, 0, 5),           // the dash's first byte
        ("", "g", "r", 2, 0, 0),
    ] as [(String, Character, Character, Int, Int, Int)])
    func firstPair(_ text: String, _ letter: Character, _ other: Character, _ distance: Int, _ from: Int, _ expected: Int) {
        let found = Array(text.utf8).withUnsafeBufferPointer {
            $0.firstOffset(ofLetter: letter.asciiValue!, and: other.asciiValue!, at: distance, orNonASCIIFrom: from)
        }
        #expect(found == expected)
    }

    /// 20,000 texts at every length up to 50, every distance from -4 to 4 and every start,
    /// against a byte at a time: sixteen bytes at once finds the same place.
    @Test func pairAsAByteAtATime() {
        // Both cases of both letters, others, a bell and an apostrophe (no letter: their case bit
        // must not count), the two bytes of é and a lone high byte.
        let alphabet: [UInt8] = Array("gGrRa '".utf8) + [7, 195, 169, 231]
        var seed: UInt64 = 11
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        func byByte(_ bytes: [UInt8], _ distance: Int, _ from: Int) -> Int {
            func lower(_ b: UInt8) -> UInt8 { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b - UInt8(ascii: "A") + UInt8(ascii: "a") : b }
            for i in from..<bytes.count {
                if bytes[i] >= 128 { return i }
                let j = i + distance
                if lower(bytes[i]) == UInt8(ascii: "g"), bytes.indices.contains(j), lower(bytes[j]) == UInt8(ascii: "r") { return i }
            }
            return max(from, bytes.count)
        }
        for _ in 0..<20_000 {
            let bytes = (0..<(next() % 51)).map { _ in alphabet[next() % alphabet.count] }
            let distance = next() % 9 - 4, from = bytes.isEmpty ? 0 : next() % bytes.count
            let found = bytes.withUnsafeBufferPointer {
                $0.firstOffset(ofLetter: UInt8(ascii: "g"), and: UInt8(ascii: "r"), at: distance, orNonASCIIFrom: from)
            }
            #expect(found == byByte(bytes, distance, from), "\(bytes) \(distance) from \(from)")
        }
    }

    /// Text that folding white space leaves alone, as a byte at a time would say it.
    private static func foldedByBytes(_ bytes: [UInt8]) -> Bool {
        let space = UInt8(ascii: " ")
        if bytes.isEmpty { return true }
        if bytes.first == space || bytes.last == space { return false }
        for (i, c) in bytes.enumerated() {
            if c < space || c >= 128 { return false }
            if c == space, i > 0, bytes[i - 1] == space { return false }
        }
        return true
    }

    @Test("folded ASCII, eight bytes at a time", arguments: [
        ("", true), ("a", true), ("a b", true), ("a  b", false), (" a", false), ("a ", false),
        ("seven b eight", true),
        ("1234567 9", true), ("1234567  0", false),    // two spaces across the first block's end
        ("12345678 0", true), ("1234567\t90", false),  // a tab
        ("abcdefgh\u{7F}", true),                      // DEL is not white space
        ("caf\u{E9} au lait", false),                  // not ASCII: the general reading decides
        ("abcdefghijklmnop qrstuvw  x", false),
    ] as [(String, Bool)])
    func foldedASCII(_ text: String, _ expected: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer(\.isFoldedASCII) == expected)
        #expect(Self.foldedByBytes(bytes) == expected)
    }

    /// 20,000 texts of letters, spaces, tabs, controls and high bytes at every length up to 40
    /// and every place within the eight-byte blocks.
    @Test func foldedASCIIAsAByteAtATime() {
        let common: [UInt8] = [UInt8(ascii: "a"), UInt8(ascii: "Z"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: " ")]
        let rare: [UInt8] = [UInt8(ascii: "\t"), 0, 31, 127, 128, 195, 255]
        var seed: UInt64 = 7
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(seed >> 33)
        }
        var folded = 0
        for _ in 0..<20_000 {
            let length = next() % 41
            // Mostly letters and single spaces, so that many texts are folded.
            let bytes = (0..<length).map { _ in next() % 16 == 0 ? rare[next() % rare.count] : common[next() % common.count] }
            #expect(bytes.withUnsafeBufferPointer(\.isFoldedASCII) == Self.foldedByBytes(bytes), "\(bytes)")
            if Self.foldedByBytes(bytes) { folded += 1 }
        }
        #expect((2_000...18_000).contains(folded), "both answers are tried often: \(folded) folded")
    }
}
