import CPCRE2

/// `tend grep --regex`: a regular expression compiled by PCRE2 with its JIT, matched over UTF-8
/// bytes. The only file that touches the PCRE2 C API; whatever it takes from PCRE2 it frees in
/// the same function.
///
/// PCRE2 rather than `NSRegularExpression`: ICU matched over UTF-16 Strings and made
/// `tend grep --regex 'gri.f'` take 6.4× the time of `rg -n 'gri.f'` on the 10,000-entry
/// bench vault; PCRE2's JIT reads the stored bytes in place (figures in docs/performance-log.md, "`tend grep`").
public enum RegularExpression {
    /// A pattern PCRE2 could not compile, as one plain sentence.
    public struct Problem: Error, Equatable, CustomStringConvertible {
        /// The sentence.
        public var description: String
    }

    /// A compiled pattern, valid only inside the `body` of ``compile(_:caseless:_:)``.
    /// Not to be kept: PCRE2's memory behind it is freed when `body` returns. It may be used on
    /// several threads at once: PCRE2 only reads compiled code, and every match gets its own
    /// match data.
    public struct Matcher: @unchecked Sendable {
        fileprivate let code: OpaquePointer

        /// Every match in `text`, as byte ranges, in order. `^` and `$` match at line ends; an
        /// empty match is kept, and the search goes on one character after it.
        public func matches(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
            guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return [] }
            defer { pcre2_match_data_free_8(data) }
            var found: [Range<Int>] = []
            var start = 0
            while start <= text.count {
                let code = match(text, start, data)
                guard code > 0 else { break }
                let ovector = pcre2_get_ovector_pointer_8(data)!
                let lower = Int(ovector[0]), upper = Int(ovector[1])
                // `\K` in a lookbehind can report an end before the start: keep what PCRE2 kept.
                found.append(lower..<max(lower, upper))
                if upper > start && upper > lower {
                    start = upper
                } else {
                    start = max(start, upper) + 1
                    while start < text.count, UTF8.isContinuation(text[start]) { start += 1 }   // not inside a character
                }
            }
            return found
        }

        /// True when the pattern matches anywhere in `text` (no ranges made).
        public func matches(anywhereIn text: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else { return false }
            defer { pcre2_match_data_free_8(data) }
            return match(text, 0, data) > 0
        }

        private func match(_ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ data: OpaquePointer) -> Int32 {
            if let base = text.baseAddress { return pcre2_match_8(code, base, text.count, start, 0, data, nil) }
            // An empty buffer has no address; PCRE2 wants one all the same.
            return [UInt8(ascii: " ")].withUnsafeBufferPointer { pcre2_match_8(code, $0.baseAddress, 0, 0, 0, data, nil) }
        }
    }

    /// Compiles `pattern` (with the JIT where the machine has one) and runs `body` with it; frees
    /// everything before returning.
    ///
    /// `^`/`$` match at every line end (LF or CRLF), `.` never matches a line break, `\w` and
    /// friends know Unicode, and invalid UTF-8 never matches rather than failing.
    ///
    /// - Throws: ``Problem`` when the pattern cannot be read; what `body` throws.
    public static func compile<R>(_ pattern: String, caseless: Bool, _ body: (Matcher) throws -> R) throws -> R {
        guard let context = pcre2_compile_context_create_8(nil) else { throw Problem(description: "there was no memory to read the regular expression") }
        defer { pcre2_compile_context_free_8(context) }
        pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_ANYCRLF))
        var options = PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE | PCRE2_MATCH_INVALID_UTF
        if caseless { options |= PCRE2_CASELESS }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled = pattern.utf8.withContiguousStorageIfAvailable { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, options, &errorCode, &errorOffset, context)
        } ?? Array(pattern.utf8).withUnsafeBufferPointer { bytes in
            pcre2_compile_8(bytes.baseAddress, bytes.count, options, &errorCode, &errorOffset, context)
        }
        guard let code = compiled else {
            let at = errorOffset >= pattern.utf8.count ? "at its end"
                : "at character \(String(decoding: pattern.utf8.prefix(errorOffset), as: UTF8.self).count + 1)"
            throw Problem(description: "'\(pattern)' is not a regular expression tend can read: \(message(errorCode)) \(at)")
        }
        defer { pcre2_code_free_8(code) }
        // Without a JIT (some machines have none), PCRE2 interprets the same pattern: slower, same answers.
        _ = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE)
        return try body(Matcher(code: code))
    }

    /// PCRE2's own words for a compile error (`missing closing parenthesis`).
    private static func message(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "error \(code)"
    }
}
