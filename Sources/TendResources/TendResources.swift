import Foundation

/// The data files that ship inside tend: the emotion lexicon and the default templates.
public enum TendResources {
    /// The default emotion lexicon (`word<TAB>canonical<TAB>family` lines).
    public static func emotionLexicon() throws -> String {
        try text(named: "emotions", extension: "tsv")
    }

    /// A bundled file as text.
    static func text(named name: String, extension ext: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext) else {
            throw ResourceError(name: "\(name).\(ext)")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// A bundled file could not be found next to the tend binary.
public struct ResourceError: Error, CustomStringConvertible {
    /// The file's name.
    public var name: String
    /// A sentence for the user.
    public var description: String {
        "the file \(name) that ships with tend could not be found next to the tend binary; reinstalling tend (make release) should bring it back"
    }
}
