import Testing
@testable import TendCore

/// Obsidian Tasks' emoji format: each case is a task description (what follows `- [ ] `) and
/// what Tasks reads from it, written `description | signifier=value …`.
struct ObsidianTasksTests {
    /// From obsidian-tasks `tests/TaskSerializer/DefaultTaskSerializer.test.ts`, `describe('deserialize')`
    /// (test names in the comments), and `tests/Task/Task.test.ts` where named.
    static let deserialize: [(String, String)] = [
        ("", ""),                                                                  // should parse an empty string
        ("🛫 2021-06-20", " | start=2021-06-20"),                                  // should parse a startDate
        ("➕ 2021-06-20", " | created=2021-06-20"),                                // should parse a createdDate
        ("⏳ 2021-06-20", " | scheduled=2021-06-20"),                              // should parse a scheduledDate
        ("📅 2021-06-20", " | due=2021-06-20"),                                    // should parse a dueDate
        ("✅ 2021-06-20", " | done=2021-06-20"),                                   // should parse a doneDate
        ("⌛ 2021-06-20", " | scheduled=2021-06-20"),                              // … scheduledDate - with non-standard emoji
        ("⏳\u{FE0F} 2024-11-18", " | scheduled=2024-11-18"),                      // … scheduledDate - with Variation Selector
        ("📆 2021-06-20", " | due=2021-06-20"),                                    // … dueDate - with non-standard emoji 1
        ("🗓 2021-06-20", " | due=2021-06-20"),                                    // … dueDate - with non-standard emoji 2
        ("🔺", " | priority=highest"),                                             // should parse a priority (Highest)
        ("⏫", " | priority=high"),                                                // … (High); without Variant Selector 16
        ("🔼", " | priority=medium"),                                              // … (Medium)
        ("🔽", " | priority=low"),                                                 // … (Low)
        ("⏬", " | priority=lowest"),                                              // … (Lowest)
        ("⏫\u{FE0F}", " | priority=high"),                                        // … high priority with Variant Selector 16
        ("🔁 every day", " | recurrence=every day"),                               // should parse a recurrence
        ("🏁 Delete", " | onCompletion=delete"),                                   // should parse delete action
        ("🏁  Keep", " | onCompletion=keep"),                                      // should allow multiple spaces
        ("⛔ F12345", " | dependsOn=F12345"),                                      // should parse depends on one task (both)
        ("⛔\u{FE0F} F12345", " | dependsOn=F12345"),                              // … with Variant Selector 16
        ("⛔ 123456,abC123", " | dependsOn=123456,abC123"),                        // should parse depends on two tasks
        ("⛔ ab , CD ,  EF  ,    GK", " | dependsOn=ab,CD,EF,GK"),                 // … multiple tasks with varying spaces
        ("🆔 pqrd0f", " | id=pqrd0f"),                                             // should parse id with lower-case and numbers
        ("🆔 Abcd0f", " | id=Abcd0f"),                                             // should parse id with capitals
        ("🆔 Abcd0f-", " | id=Abcd0f-"),                                           // should parse id with hyphen
        ("🆔 Ab_cd0f", " | id=Ab_cd0f"),                                           // should parse id with underscore
        ("🆔 A*bcd0f", "🆔 A*bcd0f"),                                              // should not parse id with asterisk
        ("#hello #world #task", "#hello #world #task"),                            // … containing only tags without adding whitespace
        // tests/Task/Task.test.ts
        ("this is a done task 🗓 2021-09-12 ✅ 2021-06-20 ➕ 2023-03-07",          // parses a task from a line starting with hyphen
         "this is a done task | due=2021-09-12 created=2023-03-07 done=2021-06-20"),
        ("this is a ✅ done task 🗓 2021-09-12 ✅ 2021-06-20",                     // allows signifier emojis as part of the description
         "this is a ✅ done task | due=2021-09-12 done=2021-06-20"),
        ("this is a ✅ done task 🗓 2021-09-12 ✅ 2021-06-20 ^my-precious  ",      // also works with block links and trailing spaces
         "this is a ✅ done task | due=2021-09-12 done=2021-06-20 link=^my-precious"),
        ("this is a task due 📅 2021-09-12 #inside_tag ⏫ #some/tags_with_underscore", // supports tag anywhere in the description …
         "this is a task due #inside_tag #some/tags_with_underscore | due=2021-09-12 priority=high"),
        ("Wobble ⏫  #tag1 ✅ 2022-07-02 #tag2  📅 2022-07-02 #tag3 ⏳ 2022-07-02 #tag4 🛫 2022-07-02 #tag5  🔁 every day  #tag6 #tag7 #tag8 #tag9 #tag10",
         "Wobble #tag1 #tag2 #tag3 #tag4 #tag5 #tag6 #tag7 #tag8 #tag9 #tag10 | due=2022-07-02 scheduled=2022-07-02 start=2022-07-02 done=2022-07-02 priority=high recurrence=every day"),
        // supports parsing of emojis with multiple spaces (its four lines)
        ("Wobble ✅2022-07-01 📅2022-07-02 ⏳2022-07-03 🛫2022-07-04 ➕2022-07-05 🔁every day",
         "Wobble | due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 recurrence=every day"),
        ("Wobble ✅ 2022-07-01 📅 2022-07-02 ⏳ 2022-07-03 🛫 2022-07-04 ➕ 2022-07-05 🔁 every day",
         "Wobble | due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 recurrence=every day"),
        ("Wobble ✅  2022-07-01 📅  2022-07-02 ⏳  2022-07-03 🛫  2022-07-04 ➕  2022-07-05 🔁  every day",
         "Wobble | due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 recurrence=every day"),
        ("Wobble ✅  2022-07-01 📅  2022-07-02 ⏳  2022-07-03 🛫  2022-07-04 ➕   2022-07-05 🔁  every day",
         "Wobble | due=2022-07-02 scheduled=2022-07-03 start=2022-07-04 created=2022-07-05 done=2022-07-01 recurrence=every day"),
        // obsidian-dataview `src/test/parse/parse.inline.test.ts`, "Inline task emoji shorthands"
        // and "Add emoji shorthand annotation": Dataview reads the same emoji.
        ("testTask 🗓\u{FE0F}2022-07-14", "testTask | due=2022-07-14"),            // Due emoji shorthand
        ("testTask 🗓2022-07-14", "testTask | due=2022-07-14"),                     // … a different calendar emoji
        ("testTask ➕2022-07-25", "testTask | created=2022-07-25"),                 // Created emoji shorthand
        ("testTask 🛫2022-07-21", "testTask | start=2022-07-21"),                   // Start date emoji shorthand
        ("testTask ⏳2022-07-24", "testTask | scheduled=2022-07-24"),               // Scheduled date emoji shorthand
        ("an uncompleted task ✅ 2022-07-26", "an uncompleted task | done=2022-07-26"), // Add emoji shorthand annotation
        // The peers disagree here: Dataview reads a done date anywhere in the line, Tasks only at
        // its end. tend reads as Tasks does (docs/vault-format.md, "Obsidian Tasks").
        ("a completed task ✅ 2022-07-26 foo bar", "a completed task ✅ 2022-07-26 foo bar"),
        // The issue's own cases.
        ("water the plants ❌ 2026-11-04", "water the plants | cancelled=2026-11-04"),
        ("call my sister 🔼 🔁 every week on Sunday 📅 2026-11-08 🆔 call1 ⛔ ask1 🏁 keep",
         "call my sister | due=2026-11-08 priority=medium recurrence=every week on Sunday id=call1 dependsOn=ask1 onCompletion=keep"),
        ("📅 2026-11-08 stays when it is not at the end", "📅 2026-11-08 stays when it is not at the end"),
        ("tidy up 🏁 later", "tidy up"),
        ("two dates 📅 2026-11-08 📅 2026-11-09", "two dates | due=2026-11-08"),
    ]

    @Test(arguments: deserialize)
    func readsWhatTasksReads(_ input: String, _ expected: String) {
        var text = input
        let found = ObsidianTasks.read(&text)
        #expect(Self.summary(text, found) == expected)
    }

    /// Status symbols: obsidian-tasks `src/Statuses/Status.ts` `getTypeForUnknownSymbol` and the core
    /// statuses of `StatusRegistry` (`tests/Statuses/StatusRegistry.test.ts`, "should … default statuses").
    static let statuses: [(String, String?)] = [
        ("- [ ] a", "open"), ("- [x] a", "done"), ("- [X] a", "done"), ("- [/] a", "in-progress"),
        ("- [-] a", "cancelled"), ("- [>] a", "open"), ("- [!] a", "open"), ("- [?] a", "open"), ("- [Q] a", "open"),
        ("- [D] a", "open"), ("- [xx] a", nil),
    ]

    @Test(arguments: statuses)
    func statusSymbols(_ input: String, _ expected: String?) {
        #expect(parse(input).actions.first?.status.rawValue == expected)
    }

    /// The whole path from a task line to an action item (text, dates and fields kept).
    @Test func anActionKeepsEverySignifier() {
        let entry = parse("- [ ] call my sister ⏫ 🔁 every week 🛫 2026-11-02 ⏳ 2026-11-03 📅 2026-11-10 ➕ 2026-11-01 🆔 s1 ⛔ s0 🏁 delete ^call-1")
        let a = entry.actions[0]
        #expect(a.text == "call my sister")
        #expect(a.due?.description == "2026-11-10")
        #expect(a.details.scheduled?.description == "2026-11-03")
        #expect(a.details.start?.description == "2026-11-02")
        #expect(a.details.created?.description == "2026-11-01")
        #expect(a.details.priority == .high)
        #expect(a.details.recurrence == "every week")
        #expect(a.details.id == "s1")
        #expect(a.details.dependsOn == ["s0"])
        #expect(a.details.onCompletion == "delete")
    }

    @Test func anImpossibleDateIsAWarningAndLeavesTheText() {
        let entry = parse("- [ ] rest 📅 2026-02-30")
        #expect(entry.actions[0].text == "rest")
        #expect(entry.actions[0].due == nil)
        #expect(entry.problems.map(\.sentence).contains { $0.contains("'2026-02-30'") })
    }

    static func summary(_ text: String, _ s: ObsidianTasks.Signifiers) -> String {
        var parts: [String] = []
        for (name, value) in [("due", s.due), ("scheduled", s.scheduled), ("start", s.start), ("created", s.created),
                              ("done", s.done), ("cancelled", s.cancelled), ("priority", s.priority?.rawValue),
                              ("recurrence", s.recurrence), ("id", s.id),
                              ("dependsOn", s.dependsOn.isEmpty ? nil : s.dependsOn.joined(separator: ",")),
                              ("onCompletion", s.onCompletion), ("link", s.blockLink)] {
            if let value { parts.append("\(name)=\(value)") }
        }
        return parts.isEmpty ? text : text + " | " + parts.joined(separator: " ")
    }
}

/// Obsidian Tasks' global filter (its settings' `globalFilter`, e.g. `#task` in the plugin's own
/// `resources/sample_vaults/Tasks-Demo/.obsidian/plugins/obsidian-tasks-plugin/data.json`): a
/// checklist item is a task only when it carries the filter, and with `removeGlobalFilter` the
/// filter is not shown. Regression: on Tasks-Demo every step read "#task …" and every plain
/// checklist item was a step. Each case: the entry → its steps, `status: text`.
struct TasksGlobalFilterTests {
    static let cases: [(String, [String])] = [
        ("- [ ] #task call mum 📅 2026-11-10", ["open: call mum"]),
        ("- [x] buy milk", []),                                             // a checklist item, not a task
        ("- [ ] buy milk #task", ["open: buy milk"]),
        ("## Action items\n- [ ] write the letter", ["open: write the letter"]), // tend's steps heading still holds steps
        ("- TODO ring the clinic", ["open: ring the clinic"]),                // a Logseq marker is not a Tasks checkbox
        ("- [ ] #tasks plural is another tag", []),
    ]

    @Test(arguments: cases)
    func globalFilter(_ text: String, _ expected: [String]) {
        var vocabulary = Vocabulary()
        vocabulary.taskFilterTag = "task"
        let parser = EntryParser(vocabulary: vocabulary, lexicon: shippedLexicon)
        let entry = parser.parse(path: "journals/2026_11_03.md", bytes: Array(text.utf8), modificationDate: nil).entry!
        #expect(entry.actions.map { "\($0.status.rawValue): \($0.text)" } == expected)
        #expect(!entry.themes.contains("task"))
    }

    @Test(arguments: [("#task", "task"), ("#todo/now", "todo/now"), ("", nil), ("TODO", nil), ("#a #b", nil)] as [(String, String?)])
    func filterSetting(_ written: String, _ tag: String?) {
        #expect(AppSettings.tasksFilterTag(written) == tag)
    }
}
