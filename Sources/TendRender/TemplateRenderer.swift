import Foundation
import Mustache
import TendCore

/// A Mustache template with the name of the file it came from (for error messages).
public struct TemplateSource: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Where it came from, as shown to the user (`Templates/weekly-review.md`,
    /// `(built in) weekly-review.md`).
    public var file: String

    /// Creates a source.
    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}

/// Renders view models (as ``JSONValue``) through Mustache templates as plain text.
public enum TemplateRenderer {
    /// Renders `source` with `context`; a template that cannot be read throws a diagnostic at
    /// its file, line and column. Output is Markdown, never HTML-escaped (a template that
    /// does not say `{{% CONTENT_TYPE: TEXT}}` gets it added), but no value can open an HTML tag
    /// (see ``JSONValue/withoutRawHTML``).
    public static func render(_ source: TemplateSource, context: JSONValue) throws(Diagnostic) -> String {
        let pragma = "{{% CONTENT_TYPE: TEXT}}"
        var text = source.text
        var lineShift = 0
        if !text.contains(pragma) {
            text = pragma + "\n" + text
            lineShift = 1
        }
        let template: MustacheTemplate
        do {
            template = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            if !(error.error is MustacheTemplate.Error), let (line, column) = Self.unclosedTag(in: text) {
                // The parser ran off the end of the text: point at the tag that was never closed.
                throw Diagnostic(.error, "this tag is never closed (a '}}' is missing)",
                                 at: Place(path: source.file, line: max(1, line - lineShift), column: column))
            }
            throw Diagnostic(.error, Self.sentence(error.error),
                             at: Place(path: source.file, line: max(1, error.context.lineNumber - lineShift),
                                       column: error.context.columnNumber))
        } catch {
            throw Diagnostic(.error, "this template could not be read (\(error))", at: Place(path: source.file, line: 1, column: 1))
        }
        var out = template.render(context.withoutRawHTML.mustache)
        // A template that starts with the pragma on its own line leaves no blank line behind,
        // but one added above does: take it away again.
        if lineShift == 1, out.hasPrefix("\n") { out.removeFirst() }
        return out
    }

    /// The line and column of the last `{{` with no `}}` after it.
    static func unclosedTag(in text: String) -> (Int, Int)? {
        guard let open = text.range(of: "{{", options: .backwards),
              text[open.upperBound...].range(of: "}}") == nil else { return nil }
        let before = text[..<open.lowerBound]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let column = before.distance(from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex,
                                     to: before.endIndex) + 1
        return (line, column)
    }

    static func sentence(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "this template could not be read (\(error))" }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "this tag is not finished (a '}}' may be missing)"
        case .expectedSectionEnd: return "the template ends inside a section: a {{/name}} closing tag is missing"
        case .invalidSetDelimiter: return "this set-delimiter tag is not written right"
        case .transformAppliedToInheritanceSection: return "a transform cannot be used on an inherited section"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection: return "only blocks may sit inside a parent partial"
        case .invalidConfigVariableSyntax: return "this {{% … }} pragma is not written right"
        case .unrecognisedConfigVariable: return "tend does not know this {{% … }} pragma"
        }
    }
}

/// Stands for a JSON `null` so that Mustache finds the key (and does not look it up in an
/// outer object) but treats it as empty.
struct MustacheNull: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}

extension JSONValue {
    /// The value as a Mustache context: objects become dictionaries (with `hasKEY` for every
    /// list), numbers the way JSON writes them, `null` empty.
    var mustache: Any {
        switch self {
        case .null: return MustacheNull()
        case .bool(let b): return b
        case .number(let n): return JSONWriter.format(n)
        case .string(let s): return s
        case .array(let items): return items.map(\.mustache)
        case .object(let pairs):
            var dictionary: [String: Any] = [:]
            for (key, value) in pairs {
                dictionary[key] = value.mustache
                if case .array(let items) = value {
                    dictionary["has" + key.prefix(1).uppercased() + key.dropFirst()] = !items.isEmpty
                }
            }
            return dictionary
        }
    }
}
