import Foundation
import PackagePlugin

/// Writes tend's version (`let buildVersion = "…"`) into the target it is applied to, before
/// every build, with `scripts/version.sh`: the latest git tag, or the VERSION file's version
/// when tend is built from an archive. A plain `swift build` gets it as well as `make`.
@main
struct TendVersion: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let generated = context.pluginWorkDirectoryURL.appending(path: "Generated")
        return [
            .prebuildCommand(
                displayName: "Writing tend's version",
                executable: URL(filePath: "/bin/sh"),
                arguments: [
                    context.package.directoryURL.appending(path: "scripts/version.sh").path(percentEncoded: false),
                    generated.appending(path: "BuildVersion.swift").path(percentEncoded: false),
                ],
                outputFilesDirectory: generated
            ),
        ]
    }
}
