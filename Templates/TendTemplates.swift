/// The default templates that ship with tend: the weekly review, the session brief, the plan
/// and the entry templates. They live in the package's top-level `Templates/` folder, where
/// people can read and copy them, and are built into the binary (SwiftPM's `embedInCode`), so
/// an installed `tend` needs no files beside it. A vault's own `Templates/` or
/// `.tend/templates/` file of the same name wins.
public enum TendTemplates {
    /// The names of the default templates.
    public static let names = ["weekly-review.md", "session-review.md", "plan.md", "journey.md", "integration.md", "journal.md"]

    /// The default template named `name` (`weekly-review.md`, `plan.md`, `journey.md`, …).
    public static func text(named name: String) throws -> String {
        let bytes: [UInt8]
        switch name.hasSuffix(".md") ? String(name.dropLast(3)) : name {
        case "weekly-review": bytes = PackageResources.weekly_review_md
        case "session-review": bytes = PackageResources.session_review_md
        case "plan": bytes = PackageResources.plan_md
        case "journey": bytes = PackageResources.journey_md
        case "integration": bytes = PackageResources.integration_md
        case "journal": bytes = PackageResources.journal_md
        default: throw MissingTemplate(name: name)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// tend has no default template of this name.
public struct MissingTemplate: Error, CustomStringConvertible {
    /// The template's file name.
    public var name: String
    /// A sentence for the user.
    public var description: String {
        "tend has no built-in template named \(name); the built-in ones are \(TendTemplates.names.joined(separator: ", "))"
    }
}
