/// One action item with its place and its entry's day and session (`tend actions`).
public struct ActionRecord: Sendable, Equatable {
    /// The text.
    public var text: String
    /// Its state.
    public var status: ActionStatus
    /// When it is due.
    public var due: LocalDate?
    /// When it was done.
    public var done: LocalDate?
    /// The entry's vault-relative path.
    public var path: String
    /// 1-based line in the file.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// The entry's session.
    public var session: Int?
    /// The entry's day.
    public var date: LocalDate?
    /// Its scheduled, start, created and cancelled dates, priority, recurrence, dependencies and fields.
    public var details = StepDetails()

    /// An action item.
    public init(text: String, status: ActionStatus, due: LocalDate? = nil, done: LocalDate? = nil, path: String,
                line: Int, column: Int, session: Int? = nil, date: LocalDate? = nil, details: StepDetails = StepDetails()) {
        self.text = text
        self.status = status
        self.due = due
        self.done = done
        self.path = path
        self.line = line
        self.column = column
        self.session = session
        self.date = date
        self.details = details
    }

    /// Open (or in progress) with a due date before `today`.
    public func isOverdue(today: LocalDate) -> Bool {
        status.isOpen && (due.map { $0 < today } ?? false)
    }
}

/// Which action items to list.
public enum ActionSelection: String, Sendable, CaseIterable {
    /// Open and in-progress items (the default).
    case open
    /// Items marked done.
    case done
    /// Open and in-progress items whose due day is before today.
    case overdue
    /// Every item, cancelled ones too.
    case all

    /// The states an item in the selection may have.
    public var statuses: [ActionStatus] {
        switch self {
        case .open, .overdue: [.open, .inProgress]
        case .done: [.done]
        case .all: ActionStatus.allCases
        }
    }
}

extension ActionStatus {
    /// Open or in progress: still to do.
    public var isOpen: Bool { self == .open || self == .inProgress }
}
