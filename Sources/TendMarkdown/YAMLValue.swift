import Yams

/// A YAML value read as written: scalars stay strings (never converted to `Date`
/// through UTC), each with the place it starts in the file.
public enum YAMLValue: Sendable, Equatable {
    /// A scalar as written; `isPlain` is false for quoted and block scalars.
    case scalar(String, isPlain: Bool, at: TextPosition)
    /// A sequence of values.
    case sequence([YAMLValue], at: TextPosition)
    /// A mapping, in the order written. Keys are scalars as written.
    case mapping([YAMLPair], at: TextPosition)

    /// Where the value starts.
    public var position: TextPosition {
        switch self {
        case .scalar(_, _, let at), .sequence(_, let at), .mapping(_, let at): return at
        }
    }

    /// The scalar's text, or nil for a sequence or mapping.
    public var scalarText: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }
}

/// One key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Equatable {
    /// The key as written.
    public var key: String
    /// The value.
    public var value: YAMLValue
    /// Where the key starts.
    public var at: TextPosition

    /// Creates a pair.
    public init(key: String, value: YAMLValue, at: TextPosition) {
        self.key = key
        self.value = value
        self.at = at
    }
}

/// A YAML syntax error, with its place in the file.
public struct YAMLProblem: Error, Equatable, Sendable {
    /// A sentence saying what is wrong.
    public var message: String
    /// Where, in the file.
    public var at: TextPosition

    /// Creates a problem.
    public init(message: String, at: TextPosition) {
        self.message = message
        self.at = at
    }
}

extension YAMLValue {
    /// Reads a YAML document. `firstLine` is the file line the YAML text starts on,
    /// so every position refers to the file on disk.
    ///
    /// - Returns: nil for an empty document.
    /// - Throws: ``YAMLProblem`` with the file's line and column.
    public static func read(_ yaml: String, firstLine: Int = 1) throws(YAMLProblem) -> YAMLValue? {
        if let simple = SimpleYAML.read(yaml, firstLine: firstLine) { return simple }
        return try readWithYams(yaml, firstLine: firstLine)
    }

    /// Reads a YAML document with Yams (libyaml), whatever its shape.
    static func readWithYams(_ yaml: String, firstLine: Int = 1) throws(YAMLProblem) -> YAMLValue? {
        if let deep = deepNesting(in: yaml, firstLine: firstLine) {
            throw YAMLProblem(message: "the front matter is nested more than \(maximumDepth) levels deep here, so it was not read", at: deep)
        }
        let node: Node?
        do {
            // The basic resolver: tend reads scalars as written, so Yams need not match each one
            // against its regular expressions; UTF-8 is named so it is not looked up per call.
            node = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw problem(from: error, firstLine: firstLine)
        } catch {
            throw YAMLProblem(message: "the front matter could not be read as YAML", at: TextPosition(line: firstLine, column: 1))
        }
        guard let node else { return nil }
        // Without aliases a document has fewer values than bytes; aliases (`&a`, `*a`) may
        // repeat a value, but a "billion laughs" of aliases of aliases repeats it exponentially.
        var budget = yaml.utf8.count + 1_000
        guard let value = convert(node, firstLine: firstLine, budget: &budget) else {
            throw YAMLProblem(message: "the front matter repeats values through aliases (*name) far more often than it is long, so it was not read",
                              at: TextPosition(line: firstLine, column: 1))
        }
        return value
    }

    /// How deep YAML may nest: Yams reads nested values by recursion, and thousands of `[`
    /// would take it deeper than a thread's stack holds. Front matter nests two or three levels.
    public static let maximumDepth = 100

    /// Where the YAML may nest deeper than ``maximumDepth``, or nil. An upper bound, read from
    /// the text alone: open `[` and `{`, a line's chain of `- ` and `? ` indicators, or an
    /// indentation of more than two columns a level.
    static func deepNesting(in yaml: String, firstLine: Int) -> TextPosition? {
        var flow = 0
        var line = firstLine
        var column = 0
        var indent = 0
        var atLineStart = true
        var chain = 0
        var previous: UInt8 = UInt8(ascii: "\n")
        for byte in yaml.utf8 {
            column += 1
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1; column = 0; indent = 0; chain = 0; atLineStart = true
            case UInt8(ascii: " ") where atLineStart:
                indent += 1
            case UInt8(ascii: "-"), UInt8(ascii: "?"):
                if atLineStart || previous == UInt8(ascii: " ") { chain += 1 }
                atLineStart = false
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flow += 1; atLineStart = false
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flow = max(0, flow - 1); atLineStart = false
            default:
                atLineStart = false
            }
            previous = byte
            if flow > maximumDepth || chain > maximumDepth || indent > 2 * maximumDepth {
                return TextPosition(line: line, column: column)
            }
        }
        return nil
    }

    private static func position(_ mark: Mark?, firstLine: Int) -> TextPosition {
        guard let mark else { return TextPosition(line: firstLine, column: 1) }
        return TextPosition(line: mark.line + firstLine - 1, column: mark.column)
    }

    /// The value of `node`, or nil once more than `budget` values were made.
    private static func convert(_ node: Node, firstLine: Int, budget: inout Int) -> YAMLValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        let at = position(node.mark, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain, at: at)
        case .sequence(let sequence):
            var items: [YAMLValue] = []
            for item in sequence {
                guard let value = convert(item, firstLine: firstLine, budget: &budget) else { return nil }
                items.append(value)
            }
            return .sequence(items, at: at)
        case .mapping(let mapping):
            var pairs: [YAMLPair] = []
            for pair in mapping {
                guard let value = convert(pair.value, firstLine: firstLine, budget: &budget) else { return nil }
                pairs.append(YAMLPair(key: pair.key.scalar?.string ?? "", value: value,
                                      at: position(pair.key.mark, firstLine: firstLine)))
            }
            return .mapping(pairs, at: at)
        case .alias:
            return .scalar("", isPlain: true, at: at)
        }
    }

    private static func problem(from error: YamlError, firstLine: Int) -> YAMLProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return YAMLProblem(message: "the front matter is not valid YAML (\(problem))", at: position(mark, firstLine: firstLine))
        case .duplicatedKeysInMapping(let keys, let context):
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            let what = keys.count == 1 ? "the key \(names) is" : "the keys \(names) are"
            return YAMLProblem(message: "\(what) written more than once in the front matter (first here), so it could not be read; keep one of each",
                               at: position(context.mark, firstLine: firstLine))
        case .reader(let problem, _, _, _):
            return YAMLProblem(message: "the front matter could not be read (\(problem))", at: TextPosition(line: firstLine, column: 1))
        default:
            return YAMLProblem(message: "the front matter could not be read as YAML", at: TextPosition(line: firstLine, column: 1))
        }
    }
}
