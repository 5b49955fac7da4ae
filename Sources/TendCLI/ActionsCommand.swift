import ArgumentParser
import Foundation
import TendCore
import TendIndex
import TendRender

/// Which action items to list.
enum ActionSelection: String, EnumerableFlag {
    case open, done, overdue, all

    static func help(for value: ActionSelection) -> ArgumentHelp? {
        switch value {
        case .open: return "Open and in-progress items (the default)."
        case .done: return "Items marked done."
        case .overdue: return "Open items whose due date has passed."
        case .all: return "Every item, cancelled ones too."
        }
    }
}

/// `tend actions`: the action items with their sources.
struct ActionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "Your action items with status, due date, session and where they are written (PATH:LINE:COL).",
        discussion: "Sorted by due date; items without one come last."
    )

    @OptionGroup var vaultOptions: VaultOptions
    @OptionGroup var indexOptions: IndexOptions

    @Flag var selection: ActionSelection = .open

    @Option(help: "How to write the results.")
    var format: ListFormat = .text

    func run() throws {
        let vault = try Vault.open(vaultOptions.location())
        let index = try vault.queryIndex(indexOptions)
        let today = try indexOptions.today()
        let actions = try vault.query(indexOptions) { try index.actions() }.filter { a in
            switch selection {
            case .open: return a.status == .open || a.status == .inProgress
            case .done: return a.status == .done
            case .overdue: return a.isOverdue(today: today)
            case .all: return true
            }
        }
        switch format {
        case .json, .jsonl:
            let objects: [JSONValue] = actions.map { a in
                .object([("text", .string(a.text)), ("status", .string(a.status.rawValue)),
                         ("due", .string(a.due?.description)), ("done", .string(a.done?.description))]
                        + a.details.jsonPairs + [
                         ("overdue", .bool(a.isOverdue(today: today))),
                         ("path", .string(a.path)), ("line", .int(a.line)), ("column", .int(a.column)),
                         ("session", .int(a.session)), ("date", .string(a.date?.description))])
            }
            if format == .json { Output.line(JSONValue.array(objects).pretty) } else {
                Output.write(objects.map { $0.compact + "\n" }.joined())
            }
        default:
            guard !actions.isEmpty else {
                let what: String
                switch selection {
                case .open: what = "No open action items. Small next steps can go in a list with - [ ] in any entry."
                case .done: what = "No action items are marked done yet."
                case .overdue: what = "Nothing is overdue."
                case .all: what = "No action items yet. Small next steps can go in a list with - [ ] in any entry."
                }
                Output.line(what)
                return
            }
            var out = ""
            for a in actions {
                var details: [String] = []
                if let due = a.due { details.append("due \(due)" + (a.isOverdue(today: today) ? " (overdue)" : "")) }
                if let done = a.done { details.append("done \(done)") }
                if let scheduled = a.details.scheduled { details.append("scheduled \(scheduled)") }
                if let priority = a.details.priority { details.append("\(priority.rawValue) priority") }
                if let rule = a.details.recurrence { details.append("repeats \(rule)") }
                if let session = a.session { details.append("session \(session)") }
                let tail = details.isEmpty ? "" : " · " + details.joined(separator: " · ")
                out += "\(vault.location.display(a.path)):\(a.line):\(a.column): \(Self.box(a.status)) \(a.text)\(tail)\n"
            }
            Output.write(out)
        }
    }

    static func box(_ status: ActionStatus) -> String {
        switch status {
        case .open: return "[ ]"
        case .done: return "[x]"
        case .cancelled: return "[-]"
        case .inProgress: return "[/]"
        }
    }
}
