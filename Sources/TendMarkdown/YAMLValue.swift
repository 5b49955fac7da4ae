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
        return node.map { convert($0, firstLine: firstLine) }
    }

    private static func position(_ mark: Mark?, firstLine: Int) -> TextPosition {
        guard let mark else { return TextPosition(line: firstLine, column: 1) }
        return TextPosition(line: mark.line + firstLine - 1, column: mark.column)
    }

    private static func convert(_ node: Node, firstLine: Int) -> YAMLValue {
        let at = position(node.mark, firstLine: firstLine)
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain, at: at)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, firstLine: firstLine) }, at: at)
        case .mapping(let mapping):
            let pairs = mapping.map { pair in
                YAMLPair(
                    key: pair.key.scalar?.string ?? "",
                    value: convert(pair.value, firstLine: firstLine),
                    at: position(pair.key.mark, firstLine: firstLine)
                )
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
        case .reader(let problem, _, _, _):
            return YAMLProblem(message: "the front matter could not be read (\(problem))", at: TextPosition(line: firstLine, column: 1))
        default:
            return YAMLProblem(message: "the front matter could not be read as YAML", at: TextPosition(line: firstLine, column: 1))
        }
    }
}
