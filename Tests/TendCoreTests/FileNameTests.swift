import Foundation
import Testing
import TendCore

/// File names on disk are bytes; tend keeps them as strings that give the same bytes back, and
/// shows them on one line.
struct FileNameTests {
    static func b(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Regression: a name with bytes that are not UTF-8 was skipped silently; a name with a
    /// line break split `PATH:LINE:COL` over two lines. ripgrep shows such bytes as `\xNN`.
    static let names: [([UInt8], String)] = [
        // bytes on disk, as shown
        (b("2026-11-03 café.md"), "2026-11-03 café.md"),
        (b("caf") + [233] + b(".md"), "caf\\xE9.md"),
        (b("a") + [255, 254] + b(".md"), "a\\xFF\\xFE.md"),
        (b("a") + [237, 160, 128] + b(".md"), "a\\xED\\xA0\\x80.md"),
        (b("half ") + [226, 130] + b(".md"), "half \\xE2\\x82.md"),
        (b("two\nlines.md"), "two\\nlines.md"),
        (b("tab\there\r.md"), "tab\\there\\r.md"),
        (b("bell") + [7] + b(".md"), "bell\\x07.md"),
        (b("back\\slash.md"), "back\\slash.md"),
        (b("2026/11/~ plain, printable ASCII.md"), "2026/11/~ plain, printable ASCII.md"),
        (b("del") + [127] + b(".md"), "del\\x7F.md"),
        (b("space ") + [31] + b(".md"), "space \\x1F.md"),
    ]

    @Test(arguments: names)
    func namesRoundTripAndShowOnOneLine(bytes: [UInt8], shown: String) {
        let name = FileName.decode(bytes)
        #expect(FileName.bytes(name) == bytes)
        #expect(FileName.shown(name) == shown)
        let cString = FileName.withCString(name) { pointer in
            Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)).bindMemory(to: UInt8.self))
        }
        #expect(cString == bytes, "the system calls get the bytes on disk")
    }
}
