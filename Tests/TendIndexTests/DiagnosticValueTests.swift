import Foundation
import Testing
import TendCore
@testable import TendIndex

/// The index's and the search's errors are ``Diagnostic`` values (or carry one), compared
/// exactly: one line per case, input -> the diagnostic tend prints.
struct DiagnosticValueTests {
    static let advice = "point --index or TEND_INDEX to a new file, or to an index tend made"

    @Test("a named index path tend did not make is refused with a sentence", arguments: [
        ("a folder", Diagnostic.error("this is not a file, so tend left it as it is; \(advice)")),
        ("a text file", Diagnostic.error("this file is not a tend index (it is not an SQLite database), so tend left it as it is; \(advice)")),
    ])
    func indexRefused(what: String, expected: Diagnostic) throws {
        let vault = try TempVault()
        let path = vault.root + "/named.sqlite"
        if what == "a folder" {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } else {
            try "my notes\n".write(toFile: path, atomically: false, encoding: .utf8)
        }
        #expect(throws: JournalIndex.NotAnIndex(diagnostic: expected)) { try JournalIndex.open(at: path, place: .given) }
    }

    @Test("a search that cannot be read is an error with no place", arguments: [
        ("(grief", Diagnostic.error("a '(' in the search is not closed")),
        ("grief)", Diagnostic.error("a ')' in the search has no '(' to close")),
        ("\"open phrase", Diagnostic.error("a quote in the search is not closed; put the phrase between two \" marks")),
        ("   ", Diagnostic.error("the search has no words to look for")),
        ("🙂", Diagnostic.error("the search has no words to look for (words are letters and digits); to find '🙂' as written, use tend grep --regex '🙂'")),
        ("' —", Diagnostic.error("the search has no words to look for")),
        ("...", Diagnostic.error("the search has no words to look for")),
    ])
    func badSearch(pattern: String, expected: Diagnostic) {
        #expect(diagnostic { _ = try SearchPattern(pattern) } == expected)
    }

    @Test("a --where condition that cannot be read is an error with no place", arguments: [
        ("mood!=3", Diagnostic.error("--where knows the comparisons = < > <= >=; '!=' in 'mood!=3' is not one of them")),
        ("mood", Diagnostic.error("--where wants KEY=VALUE, KEY>N or KEY<N, like mood>5; 'mood' has no comparison")),
    ])
    func badCondition(text: String, expected: Diagnostic) {
        #expect(diagnostic { _ = try FieldCondition(parsing: text) } == expected)
    }

    @Test("a regular expression PCRE2 cannot compile is an error with no place", arguments: [
        ("gri(f", Diagnostic.error("'gri(f' is not a regular expression tend can read: missing closing parenthesis at its end")),
        ("café)", Diagnostic.error("'café)' is not a regular expression tend can read: unmatched closing parenthesis at character 5")),
    ])
    func badRegex(pattern: String, expected: Diagnostic) {
        #expect(diagnostic { try RegularExpression.compile(pattern, caseless: true) { _ in } } == expected)
    }

    /// The diagnostic `body` throws, if any.
    private func diagnostic(_ body: () throws -> Void) -> Diagnostic? {
        do {
            try body()
            return nil
        } catch let error as any DiagnosticConvertible {
            return error.diagnostic
        } catch {
            return error as? Diagnostic
        }
    }
}
