// swift-tools-version:6.0
import Foundation
import PackageDescription

/// mimalloc (Debian: libmimalloc-dev), when it is installed: tend makes many small values
/// on two cores, and this allocator makes `tend check` about a fifth faster than glibc's.
/// `make` installs it; without it, tend builds and runs the same with the system allocator.
let mimalloc: [LinkerSetting] = {
    let folders = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib", "/usr/local/lib"]
    guard folders.contains(where: { FileManager.default.fileExists(atPath: $0 + "/libmimalloc.so") }) else { return [] }
    return [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
}()

let package = Package(
    name: "Tend",
    // Linux only (docs/install.md): the code calls Glibc and Linux's stat fields by name.
    products: [
        .executable(name: "tend", targets: ["tend"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // libcmark from the system (Debian: libcmark-dev). Only TendMarkdown imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // PCRE2 from the system (Debian: libpcre2-dev), for `tend grep --regex`. Only
        // TendIndex/RegularExpression.swift imports it.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // One wrapper for a SQLite setting that Swift cannot call (sqlite3_config is variadic).
        // Only TendIndex/JournalIndex.swift imports it; GRDB links the same libsqlite3.
        .systemLibrary(name: "CSQLiteOptions"),
        // Markdown and YAML text -> Swift value trees with source locations.
        .target(
            name: "TendMarkdown",
            dependencies: ["CCmark", .product(name: "Yams", package: "Yams")]
        ),
        // Pure values and extraction: entries, insights, emotions, actions, weeks, sessions.
        .target(name: "TendCore", dependencies: ["TendMarkdown"]),
        // View models and values -> text, Markdown and JSON.
        .target(
            name: "TendRender",
            dependencies: ["TendCore", .product(name: "Mustache", package: "swift-mustache")]
        ),
        // The default weekly review, plan and entry templates. They live at the package's top
        // level (`Templates/`) so people find and copy them; this target only bundles them.
        .target(
            name: "TendTemplates",
            path: "Templates",
            exclude: ["README.md"],
            // Built into the binary (embedInCode), so an installed `tend` needs no files beside it.
            resources: [
                .embedInCode("weekly-review.md"), .embedInCode("session-review.md"), .embedInCode("plan.md"),
                .embedInCode("journey.md"), .embedInCode("integration.md"), .embedInCode("journal.md"),
            ]
        ),
        // Bundled data files: the emotion lexicon, built into the binary like the templates.
        .target(name: "TendResources", resources: [.embedInCode("Resources/emotions.tsv")]),
        // SQLite: schema migrations, incremental sync, FTS5 search; conforms to TendCore's JournalStore.
        .target(
            name: "TendIndex",
            dependencies: [
                "TendCore", "TendMarkdown", "CPCRE2", "CSQLiteOptions", .product(name: "GRDB", package: "GRDB.swift"),
                // The C API, for the few loops that read thousands of rows in place.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // The commands: the one place that wires walker, parser, index and renderers.
        .target(
            name: "TendCLI",
            dependencies: [
                "TendCore", "TendMarkdown", "TendRender", "TendResources", "TendTemplates", "TendIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["TendVersion"]
        ),
        // Writes tend's version (git tag or VERSION file) into TendCLI before every build.
        .plugin(name: "TendVersion", capability: .buildTool()),
        .executableTarget(name: "tend", dependencies: ["TendCLI"], linkerSettings: mimalloc),
        // Writes a large deterministic vault for `make bench`.
        .executableTarget(name: "tend-vaultgen", path: "Sources/tend-vaultgen"),

        .testTarget(name: "TendMarkdownTests", dependencies: ["TendMarkdown"]),
        .testTarget(name: "TendCoreTests", dependencies: ["TendCore", "TendResources"]),
        .testTarget(name: "TendRenderTests", dependencies: ["TendRender", "TendTemplates"]),
        .testTarget(
            name: "TendIndexTests",
            dependencies: ["TendIndex", "TendCore", "TendResources", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["Fixtures"]   // read from the source tree (golden files are re-recorded there)
        ),
        .testTarget(
            name: "TendCLITests",
            dependencies: ["TendCLI"],
            exclude: ["Goldens"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
