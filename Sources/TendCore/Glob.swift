/// A gitignore-style glob: `*` within a name, `**` across folders, `?` one character,
/// a trailing `/` for folders only. A pattern without `/` matches a name at any depth;
/// a pattern with `/` is anchored at the vault root.
public struct Glob: Sendable, Equatable {
    /// The pattern as written.
    public var pattern: String

    /// Creates a glob.
    public init(pattern: String) {
        self.pattern = pattern
    }

    /// True when the vault-relative `path` (or one of its parent folders) matches.
    public func matches(_ path: String, isDirectory: Bool) -> Bool {
        var p = pattern.trimmingWhitespace()
        guard !p.isEmpty, !p.hasPrefix("#") else { return false }
        var directoryOnly = false
        if p.hasSuffix("/") { directoryOnly = true; p.removeLast() }
        let anchored = p.contains("/")
        if p.hasPrefix("/") { p.removeFirst() }
        let patternParts = p.split(separator: "/").map(String.init)
        let pathParts = path.split(separator: "/").map(String.init)
        // Match the path or any of its folders.
        for end in stride(from: pathParts.count, through: 1, by: -1) {
            let isDir = end < pathParts.count || isDirectory
            if directoryOnly && !isDir { continue }
            let prefix = Array(pathParts[0..<end])
            if anchored {
                if Self.match(patternParts[...], prefix[...]) { return true }
            } else if Self.name(patternParts[0], prefix[end - 1]) {
                return true
            }
        }
        return false
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let name = path.first, Self.name(first, name) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one name.
    static func name(_ pattern: String, _ name: String) -> Bool {
        let p = Array(pattern), n = Array(name)
        var pi = 0, ni = 0, star = -1, mark = 0
        while ni < n.count {
            if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
                pi += 1; ni += 1
            } else if pi < p.count, p[pi] == "*" {
                star = pi; mark = ni; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; ni = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == "*" { pi += 1 }
        return pi == p.count
    }
}
