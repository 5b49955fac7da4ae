import ArgumentParser
import Foundation
import TendCore

extension Tend {
    /// Runs tend with the process's arguments and exits: 0 ok, 1 nothing found, 2 errors.
    ///
    /// It replaces ArgumentParser's own `main()` for one reason: a usage error (an unknown
    /// option, a missing argument, a value a command does not take) must look and exit like
    /// every other error, `tend: error: sentence` and exit 2, not `Error:` and usage text with
    /// ArgumentParser's exit 64. A ``Diagnostic`` thrown by a command is printed the same way
    /// and exits 2: a command stops with an error by throwing it. Help, `--version` and completion scripts are printed as
    /// ArgumentParser prints them.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch let diagnostic as Diagnostic {
            Output.report(diagnostic)
            Foundation.exit(ExitStatus.errors)
        } catch let error as any DiagnosticConvertible {
            Output.report(error.diagnostic)
            Foundation.exit(ExitStatus.errors)
        } catch {
            guard exitCode(for: error) != .success else { exit(withError: error) }
            Output.report(.error(usageSentence(for: error)))
            Foundation.exit(ExitStatus.errors)
        }
    }

    /// The sentence for an error that reached the top: ArgumentParser's message for a usage
    /// error, with a pointer to the command's help; a plain description for anything else.
    static func usageSentence(for error: any Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSCocoaErrorDomain || nsError.domain == NSPOSIXErrorDomain {
            // Foundation's own errors print as a debug dump through `\(error)`.
            return Output.reason(error)
        }
        // One line: a few of ArgumentParser's messages run over several.
        var message = message(for: error).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        guard exitCode(for: error) == .validationFailure else { return message }
        if message.hasSuffix(".") { message.removeLast() }
        return message + " (see '\(helpCommand())')"
    }

    /// `tend grep --help` when the arguments name a command, else `tend --help`.
    static func helpCommand() -> String {
        let names = configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let named = CommandLine.arguments.dropFirst().first.flatMap { names.contains($0) ? $0 : nil }
        return named.map { "tend \($0) --help" } ?? "tend --help"
    }
}
