import TendMarkdown

/// File names as tend keeps them. A path inside the vault is a `String`, but a name on disk is
/// bytes, and not every name is UTF-8 (a file copied from an old Windows disk, a zip archive).
///
/// - A byte of a name that is not part of UTF-8 is kept as one of the private-use code points
///   U+10FF00…U+10FFFF (the byte's value added to U+10FF00), so the file can still be opened by
///   its exact bytes, and is never confused with another name.
/// - Shown to a person (`PATH:LINE:COL`), such a byte is written `\xNN`, and a line break, tab
///   or other control character in a name is written `\n`, `\r`, `\t` or `\xNN`, so one
///   diagnostic or match is always one line.
public enum FileName {
    /// The first of the 256 code points that stand for bytes.
    private static let firstByteScalar: UInt32 = 0x10FF00

    /// The name of these bytes: UTF-8 as it is, any other byte kept as a stand-in code point.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        // A name in ASCII (most) is read as it is: validating it took 1,600 instructions a name,
        // 17 million in the walk of the bench vault.
        if let text = bytes.withContiguousStorageIfAvailable({ $0.firstNonASCII(from: 0) == $0.count ? String(decoding: $0, as: UTF8.self) : nil }),
           let text {
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var rest = Array(bytes)[...]
        while let first = rest.first {
            // The longest well-formed sequence at the front (UTF-8 sequences are 1 to 4 bytes).
            let length = (1...min(4, rest.count)).first { n in
                String(validating: rest.prefix(n), as: UTF8.self)?.unicodeScalars.count == 1
            }
            if let length {
                scalars.append(contentsOf: String(decoding: rest.prefix(length), as: UTF8.self).unicodeScalars)
                rest = rest.dropFirst(length)
            } else {
                scalars.append(Unicode.Scalar(firstByteScalar + UInt32(first))!)
                rest = rest.dropFirst()
            }
        }
        return String(scalars)
    }

    /// The bytes on disk of a name made by ``decode(_:)`` (a path of such names too).
    public static func bytes(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count)
        for scalar in name.unicodeScalars {
            if let byte = standIn(scalar) {
                out.append(byte)
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return out
    }

    /// The name as a C string for the system's file calls.
    public static func withCString<R>(_ name: String, _ body: (UnsafePointer<CChar>) -> R) -> R {
        // A name in ASCII (most) holds no stand-in, as its bytes show: looking at its scalars
        // took 3 million instructions in the walk of the bench vault.
        if name.withBytes({ $0.firstNonASCII(from: 0) == $0.count }) { return name.withCString(body) }
        guard name.unicodeScalars.contains(where: { standIn($0) != nil }) else { return name.withCString(body) }
        let raw = bytes(name).map { CChar(bitPattern: $0) } + [0]
        return raw.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// The name of the file at a vault-relative `path`, without its folders.
    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The name as a person should see it in a one-line message.
    public static func shown(_ name: String) -> String {
        // Most names are printable ASCII, checked on their bytes: reading them as scalars took
        // 2 ms of `tend grep anger`'s printing (7,578 paths) on the bench vault.
        if name.withBytes({ $0.allSatisfy { (UInt8(ascii: " ")...UInt8(ascii: "~")).contains($0) } }) { return name }
        guard name.unicodeScalars.contains(where: { $0.value < 32 || $0.value == 127 || standIn($0) != nil }) else { return name }
        var out = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if let byte = standIn(scalar) {
                    out += hex(byte)
                } else if scalar.value < 32 || scalar.value == 127 {
                    out += hex(UInt8(scalar.value))
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// The byte a stand-in code point keeps, or nil for any other character.
    private static func standIn(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= firstByteScalar ? UInt8(scalar.value - firstByteScalar) : nil
    }

    /// `\xNN`, upper-case hexadecimal, as ripgrep writes a byte.
    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "\\x" + (digits.count == 1 ? "0" : "") + digits
    }
}
