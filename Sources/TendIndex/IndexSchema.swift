import GRDB

/// The index schema as an ordered list of migrations. A migration may ask for a full
/// reindex (by setting `needs_reindex`), which the next sync honours.
enum IndexSchema {
    /// Every migration, oldest first. Append; never edit one that has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1: entries, items, full-text search") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE entry (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash INTEGER NOT NULL,
                    skipped INTEGER NOT NULL DEFAULT 0,
                    day INTEGER,
                    date TEXT,
                    type TEXT NOT NULL,
                    written_session INTEGER,
                    session INTEGER,
                    title TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    metrics TEXT NOT NULL,
                    body_line INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    problems TEXT NOT NULL,
                    warnings INTEGER NOT NULL,
                    errors INTEGER NOT NULL,
                    entry BLOB
                );
                CREATE INDEX entry_day ON entry(day, path);
                CREATE TABLE theme (entry_id INTEGER NOT NULL, name TEXT NOT NULL);
                CREATE TABLE insight (entry_id INTEGER NOT NULL, text TEXT NOT NULL, line INTEGER, col INTEGER, heading TEXT);
                CREATE TABLE emotion (entry_id INTEGER NOT NULL, name TEXT NOT NULL, family TEXT NOT NULL,
                                      intensity REAL, written TEXT, line INTEGER, col INTEGER);
                CREATE TABLE action (entry_id INTEGER NOT NULL, text TEXT NOT NULL, status TEXT NOT NULL,
                                     due TEXT, done TEXT, line INTEGER, col INTEGER);
                CREATE TABLE practice (entry_id INTEGER NOT NULL, name TEXT NOT NULL, minutes INTEGER, line INTEGER, col INTEGER);
                CREATE TABLE gratitude (entry_id INTEGER NOT NULL, text TEXT NOT NULL, line INTEGER, col INTEGER);
                CREATE INDEX theme_entry ON theme(entry_id);
                CREATE INDEX theme_name ON theme(name);
                CREATE INDEX insight_entry ON insight(entry_id);
                CREATE INDEX emotion_entry ON emotion(entry_id);
                CREATE INDEX action_entry ON action(entry_id);
                CREATE INDEX practice_entry ON practice(entry_id);
                CREATE INDEX gratitude_entry ON gratitude(entry_id);
                CREATE VIRTUAL TABLE entry_fts USING fts5(
                    text, content='entry', content_rowid='id',
                    tokenize='unicode61 remove_diacritics 2');
                CREATE TRIGGER entry_ai AFTER INSERT ON entry BEGIN
                    INSERT INTO entry_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER entry_ad AFTER DELETE ON entry BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, text) VALUES ('delete', old.id, old.text);
                    DELETE FROM theme WHERE entry_id = old.id;
                    DELETE FROM insight WHERE entry_id = old.id;
                    DELETE FROM emotion WHERE entry_id = old.id;
                    DELETE FROM action WHERE entry_id = old.id;
                    DELETE FROM practice WHERE entry_id = old.id;
                    DELETE FROM gratitude WHERE entry_id = old.id;
                END;
                CREATE TRIGGER entry_au AFTER UPDATE OF text ON entry BEGIN
                    INSERT INTO entry_fts(entry_fts, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO entry_fts(rowid, text) VALUES (new.id, new.text);
                END;
                PRAGMA user_version = 1;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("2: narrow indexes for sync and sessions") { db in
            // Sync compares every file's stamp, and renumbering reads every entry's day and type:
            // covering indexes let both skip the wide rows (text and encoded entry).
            try db.execute(sql: """
                CREATE INDEX entry_stamp ON entry(path, size, mtime, hash);
                CREATE INDEX entry_sessions ON entry(skipped, day, path, type, written_session, session);
                PRAGMA user_version = 2;
                """)
        }
        migrator.registerMigration("3: entries dated by their file's time") { db in
            // An entry with no written date takes its file's modification day, so touching it
            // changes its date: sync must read it again even when its content is the same.
            // Existing rows cannot know, hence the reindex.
            try db.execute(sql: """
                ALTER TABLE entry ADD COLUMN mtime_dated INTEGER NOT NULL DEFAULT 0;
                DROP INDEX entry_stamp;
                CREATE INDEX entry_stamp ON entry(path, size, mtime, hash, mtime_dated);
                PRAGMA user_version = 3;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("4: an action item's own tags and heading; an entry's time and intentions") { db in
            // The plan groups open steps by their own tags; storing them (and the heading) lets the
            // open steps be listed from the action table alone, and an entry's time and intentions
            // let journeys be listed without decoding whole entries. Existing rows have none,
            // hence the reindex.
            try db.execute(sql: """
                ALTER TABLE action ADD COLUMN tags TEXT NOT NULL DEFAULT '';
                ALTER TABLE action ADD COLUMN heading TEXT;
                ALTER TABLE entry ADD COLUMN minutes INTEGER;
                ALTER TABLE entry ADD COLUMN intentions TEXT NOT NULL DEFAULT '';
                CREATE INDEX action_status ON action(status, entry_id);
                PRAGMA user_version = 4;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("5: open steps and theme histories from narrow indexes") { db in
            // The review and the plan count every open step but show only a few. An open step's
            // day, due day and topic (what the plan groups by) on the action row itself, with
            // partial indexes over open steps only, let SQLite count them and find the few to
            // show without reading the wide entry rows. A theme row's day and session (kept up
            // to date when sessions are renumbered) let a theme's history be read from one
            // narrow index. Problems get their own partial index.
            // Existing rows have no day or topic, hence the reindex.
            try db.execute(sql: """
                ALTER TABLE action ADD COLUMN day INTEGER;
                ALTER TABLE action ADD COLUMN due_day INTEGER;
                ALTER TABLE action ADD COLUMN topic TEXT NOT NULL DEFAULT '';
                CREATE INDEX action_open_day ON action(day, due_day) WHERE \(openStep());
                CREATE INDEX action_open_due ON action(due_day, day) WHERE \(openStep());
                CREATE INDEX action_open_topic ON action(topic, day) WHERE \(openStep());
                CREATE INDEX entry_problems ON entry(path) WHERE warnings + errors > 0;
                ALTER TABLE theme ADD COLUMN day INTEGER;
                ALTER TABLE theme ADD COLUMN session INTEGER;
                DROP INDEX theme_name;
                CREATE INDEX theme_history ON theme(name, day, session);
                PRAGMA user_version = 5;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("6: entries are read from their files, not kept encoded") { db in
            // The review and the plan read a few weeks of whole entries; parsing those files
            // again costs about what decoding a stored copy did, and keeping no copy halves the
            // index and the time to build it.
            try db.execute(sql: """
                ALTER TABLE entry DROP COLUMN entry;
                PRAGMA user_version = 6;
                """)
        }
        migrator.registerMigration("7: a step's Obsidian Tasks signifiers and its own fields") { db in
            // Obsidian Tasks' scheduled, start, created and cancelled dates, priority, recurrence,
            // id, depends-on and on-completion, and the Dataview fields written on a step, are kept
            // with it (`fields` as a JSON object). Existing rows have none, hence the reindex.
            try db.execute(sql: """
                ALTER TABLE action ADD COLUMN scheduled TEXT;
                ALTER TABLE action ADD COLUMN start TEXT;
                ALTER TABLE action ADD COLUMN created TEXT;
                ALTER TABLE action ADD COLUMN cancelled TEXT;
                ALTER TABLE action ADD COLUMN priority TEXT;
                ALTER TABLE action ADD COLUMN recurrence TEXT;
                ALTER TABLE action ADD COLUMN task_id TEXT;
                ALTER TABLE action ADD COLUMN depends_on TEXT NOT NULL DEFAULT '';
                ALTER TABLE action ADD COLUMN on_completion TEXT;
                ALTER TABLE action ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
                PRAGMA user_version = 7;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("8: the file is marked as a tend index") { db in
            // A path named with --index or TEND_INDEX may hold someone's own file; the mark in
            // the header is how tend knows a file there is its own (see IndexFile).
            try db.execute(sql: """
                PRAGMA application_id = \(IndexFile.applicationID);
                PRAGMA user_version = 8;
                """)
        }
        migrator.registerMigration("9: every part of an entry is kept, so reports read no file") { db in
            // The review, the plan and the session views build whole entries from these tables
            // alone. They lacked an entry's date source and its front-matter keys as written
            // (`fields` keeps them lower-cased for `--where`), the fields written on an insight
            // or a gratitude item, and the heading above an emotion, a practice or a gratitude
            // item. Existing rows have none of them, hence the reindex.
            try db.execute(sql: """
                ALTER TABLE entry ADD COLUMN date_source TEXT NOT NULL DEFAULT 'none';
                ALTER TABLE entry ADD COLUMN written_fields TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE insight ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE gratitude ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE emotion ADD COLUMN heading TEXT;
                ALTER TABLE practice ADD COLUMN heading TEXT;
                ALTER TABLE gratitude ADD COLUMN heading TEXT;
                PRAGMA user_version = 9;
                """)
            try requestReindex(db)
        }
        migrator.registerMigration("10: emoji and newer symbols separate words in the full-text index") { db in
            // FTS5's unicode61 tokenizer sorts characters by the Unicode of 2012: an emoji or a
            // symbol added since (🙂 🥰 🤔 🫶, a skin tone, ₽) counts as a letter, so
            // `better🙂` was one word and `tend grep better` did not find it, where tend's own
            // reading of lines (and rg) sees a word and an emoji. The tokenizer's `separators`
            // names them; the words are indexed again from the entry table.
            try declareFullTextTableAgain(db, userVersion: 10)
        }
        migrator.registerMigration("11: the entries with errors have an index of their own") { db in
            // Every report names the files tend could not read (``JournalIndex/storedErrors()``).
            // Through the index of entries with any problem, SQLite read the wide entry row of
            // each entry with a warning to find the few with an error: 1,519 rows, about 1,000
            // pages (32 MB) for each report on the bench vault, for none. An index of the
            // entries with errors alone answers that from its own few pages.
            try db.execute(sql: """
                DROP INDEX IF EXISTS entry_problems;
                CREATE INDEX entry_errors ON entry(path) WHERE errors > 0;
                PRAGMA user_version = 11;
                """)
        }
        migrator.registerMigration("12: the journeys have an index of their own") { db in
            // Every command that groups by session reads the journeys in order of day
            // (``JournalIndex/sessionSpans()``, ``JournalIndex/journeys()``). Through the index
            // of all entries, SQLite stepped over each of the bench vault's 10,000 entries to
            // find its 380 journeys: 7.6 million instructions, a sixth of a `tend grep` that
            // finds nothing (1.6 ms against 0.16 ms in the `sqlite3` tool). This index holds
            // the journeys alone, with the columns of its condition, so that it answers the
            // session spans by itself. The queries name it (``journeyRows``): with no statistics,
            // SQLite's planner preferred the other index for its equality on `skipped`.
            try db.execute(sql: """
                CREATE INDEX entry_journeys ON entry(day, path, session, skipped, type) WHERE \(isJourney);
                PRAGMA user_version = 12;
                """)
        }
        migrator.registerMigration("13: the full-text index's separators are listed from the last") { db in
            // FTS5 reads the separators of its option into a sorted list whenever a connection
            // first uses the table (every command opens the index so, and a search on two cores
            // twice), each one put in its place by a search from the list's start. Listed
            // rising, each of the 1,713 went through all the ones before it: about 4 million
            // instructions, in the `sqlite3` tool 7.0 against 3.5 million for the whole query
            // with the list from the last. The same characters make the same words; only the
            // table's declaration changes, and the words are indexed again from the entry table.
            try declareFullTextTableAgain(db, userVersion: 13)
        }
        migrator.registerMigration("14: questions and things to bring to the integration session") { db in
            // A section such as `## Questions for my therapist` holds items of a kind of their
            // own, kept like gratitude items. The delete trigger removes them with their entry.
            try db.execute(sql: """
                CREATE TABLE question (entry_id INTEGER NOT NULL, text TEXT NOT NULL, line INTEGER, col INTEGER,
                                       heading TEXT, fields TEXT NOT NULL DEFAULT '{}');
                CREATE INDEX question_entry ON question(entry_id);
                DROP TRIGGER entry_ad;
                \(deleteTrigger(clearing: ["theme", "insight", "emotion", "action", "practice", "gratitude", "question"]));
                PRAGMA user_version = 14;
                """)
            try requestReindex(db)
        }
        return migrator
    }

    /// The characters migration 10 makes separators: the blocks of emoji and the newer symbols
    /// (Unicode 7 and after) that FTS5's tables, older than them, read as letters. None is a
    /// letter, a digit or a mark (`SearcherTests` checks each, and that FTS5 splits at every
    /// one); a character FTS5 already separates at is passed over by its option. They are part
    /// of migrations 10 and 13, which have shipped: another character needs a migration of its own.
    /// (The characters tend's own reading of a line passes over are another list, for another
    /// question: `TextFolding.cannotBeInWord`.)
    static let separatorRanges: [ClosedRange<UInt32>] = [
        0x2066...0x2069,                     // the isolates of bidirectional text
        0x20BA...0x20C1,                     // currency signs since 2012 (₺ ₽ ₾ ₿)
        0x218A...0x218B, 0x23F4...0x23FF, 0x2427...0x2429, 0x2700...0x2700, 0x2B4D...0x2BFF,
        0x1F300...0x1F5FF,                   // Miscellaneous Symbols and Pictographs, skin tones
        0x1F600...0x1F64F,                   // Emoticons (🙂 🙃)
        0x1F680...0x1F6FF,                   // Transport and Map Symbols
        0x1F780...0x1F7FF,                   // Geometric Shapes Extended (🟠)
        0x1F900...0x1F9FF,                   // Supplemental Symbols and Pictographs (🤗 🥰)
        0x1FA70...0x1FAFF,                   // Symbols and Pictographs Extended-A (🫶)
    ]

    /// ``separatorRanges`` as one string, for the tokenizer's option, from the last character
    /// to the first (migration 13).
    static var separators: String {
        String(String.UnicodeScalarView(separatorRanges.flatMap { $0.compactMap(Unicode.Scalar.init) }.reversed()))
    }

    /// The full-text table of migrations 10 and 13: the entries' text, read by FTS5's unicode61
    /// tokenizer without accents, with ``separators``.
    static var fullTextTable: String {
        """
        CREATE VIRTUAL TABLE entry_fts USING fts5(
            text, content='entry', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2 separators ''\(separators)''')
        """
    }

    /// Drops the full-text table, declares it again (``fullTextTable``) and indexes the words
    /// again from the entry table, for migrations 10 and 13.
    static func declareFullTextTableAgain(_ db: Database, userVersion: Int) throws {
        try db.execute(sql: """
            DROP TABLE entry_fts;
            \(fullTextTable);
            INSERT INTO entry_fts(entry_fts) VALUES ('rebuild');
            PRAGMA user_version = \(userVersion);
            """)
    }

    /// The trigger that takes an entry's words out of the full-text index and its rows out of
    /// `tables` when the entry's row is deleted (migration 14 gave it the question table).
    static func deleteTrigger(clearing tables: [String]) -> String {
        """
        CREATE TRIGGER entry_ad AFTER DELETE ON entry BEGIN
            INSERT INTO entry_fts(entry_fts, rowid, text) VALUES ('delete', old.id, old.text);
        \(tables.map { "    DELETE FROM \($0) WHERE entry_id = old.id;" }.joined(separator: "\n"))
        END
        """
    }

    /// Every table the migrations make: an index missing one is damaged.
    static let tables: Set<String> = ["meta", "entry", "theme", "insight", "emotion", "action", "practice", "gratitude", "question", "entry_fts"]

    /// The condition of an open step (open or in progress, with text), written exactly as the
    /// partial indexes of migration 5 have it: SQLite uses such an index only for a query
    /// that repeats its condition.
    /// `table` names the action table's alias in a join (`a`).
    static func openStep(_ table: String? = nil) -> String {
        let column = table.map { $0 + "." } ?? ""
        return "\(column)status IN ('open', 'in-progress') AND \(column)text != ''"
    }

    /// The condition of a journey's row, written exactly as the partial index of migration 12
    /// has it: SQLite uses such an index only for a query that repeats its condition.
    static let isJourney = "skipped = 0 AND type = 'journey' AND day IS NOT NULL"

    /// The journeys, through their own index: `FROM \(journeyRows)`, with `WHERE \(isJourney)`.
    static let journeyRows = "entry INDEXED BY entry_journeys"

    /// Every index a query names: an index file without one is damaged.
    static let namedIndexes: Set<String> = ["entry_journeys"]

    /// Marks the index for a full rebuild at the next sync (for migrations that change
    /// what is extracted, not only how it is stored).
    static func requestReindex(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('needs_reindex', '1')")
    }
}
