import Foundation

/// The default templates that ship with tend: the weekly review, the session brief, the plan and
/// the entry templates. They live in the package's top-level `Templates/` folder, where people can read
/// and copy them; a vault's own `Templates/` or `.tend/templates/` file of the same name wins.
public enum TendTemplates {
    /// The names of the default templates.
    public static let names = ["weekly-review.md", "session-review.md", "plan.md", "journey.md", "integration.md", "journal.md"]

    /// The default template named `name` (`weekly-review.md`, `plan.md`, `journey.md`, …).
    public static func text(named name: String) throws -> String {
        let base = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        guard let url = Bundle.module.url(forResource: base, withExtension: "md") else {
            throw MissingTemplate(name: name)
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}

/// A default template could not be found next to the tend binary.
public struct MissingTemplate: Error, CustomStringConvertible {
    /// The template's file name.
    public var name: String
    /// A sentence for the user.
    public var description: String {
        "the template \(name) that ships with tend could not be found next to the tend binary; reinstalling tend (make release) should bring it back"
    }
}
