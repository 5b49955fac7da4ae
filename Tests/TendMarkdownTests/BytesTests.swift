import Testing
@testable import TendMarkdown

/// The byte searches every scanner shares, on short texts and across the eight-byte blocks.
struct BytesTests {
    @Test("the first place of a letter in either case, or of a byte that is not ASCII", arguments: [
        ("the anger", "g", 0, 6),
        ("the ANGER", "g", 0, 6),
        ("0123456789abcdefG", "g", 0, 16),            // past two eight-byte blocks
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
        let found = Array(text.utf8).withUnsafeBufferPointer { $0.firstOffset(ofLetter: letter.asciiValue!, orNonASCIIFrom: from) }
        #expect(found == expected)
    }
}
