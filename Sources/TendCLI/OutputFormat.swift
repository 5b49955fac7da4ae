import ArgumentParser

/// The output formats of listing commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, markdown
}
