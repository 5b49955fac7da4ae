extension Configuration {
    /// The text `tend init` writes: every default written out and explained.
    public static var defaultFileText: String {
        let v = Vocabulary()
        // A long list goes on over lines of about 96 characters, each indented under its key.
        func list(_ names: [String]) -> String {
            var lines = [""]
            for (i, name) in names.enumerated() {
                let item = "\"\(name)\"" + (i < names.count - 1 ? "," : "")
                if lines[lines.count - 1].count + item.count > 84, !lines[lines.count - 1].isEmpty { lines.append("") }
                lines[lines.count - 1] += (lines[lines.count - 1].isEmpty ? "" : " ") + item
            }
            return "[" + lines.joined(separator: "\n    ") + "]"
        }
        return """
        # tend configuration. Every key is optional: delete a line and its default applies.
        # tend only reads your entries; it writes inside .tend/ and files you ask for by name.

        # The first day of a week for reviews (ISO weeks start on monday).
        week_start: monday

        # How reviews and plans link to entries: markdown ([title](path.md)) or wiki ([[title]]).
        links: markdown

        # Folders that hold no entries: your templates, and the reviews tend writes.
        folders:
          templates: Templates
          reviews: Reviews

        # Paths that are not entries, gitignore style: "Archive/", "**/drafts/*", "*.excalidraw.md".
        # Hidden folders (.obsidian, .git, .trash, .tend) are always left out.
        ignore: []

        # Where `tend new` puts an entry: {year} {month} {day} {date} {type}.
        entry_path: "{year}/{month}/{date} {type}.md"

        # Why you are doing this work, in your own words; the integration plan opens with it.
        motivation: ""

        # Who supports you; the plan lists them.
        support:
          therapist: ""
          group: ""

        # Which headings mean what. Matched as people write them: ignoring case, emoji, leading
        # numbers and punctuation, emphasis and a trailing colon ("## 💡 Insights", "### 3. Feelings:").
        # A line that starts with one of these names and a colon ("Insight: …", "Feelings: sad,
        # hopeful") is an item of that kind. A name ending in * names every heading that begins with
        # it ("questions for *": "Questions for Dr. Reyes"). The names are English, German, French,
        # Spanish, Italian, Portuguese and Dutch. Listing names here replaces the defaults for that kind.
        headings:
          insights: \(list(v.insightHeadings))
          emotions: \(list(v.emotionHeadings))
          actions: \(list(v.actionHeadings))
          practices: \(list(v.practiceHeadings))
          gratitude: \(list(v.gratitudeHeadings))
          intention: \(list(v.intentionHeadings))
          questions: \(list(v.questionHeadings))
          themes: \(list(v.themeHeadings))

        # Which tags mark items: #insight, #action/#todo, #emotion/NAME, #practice/NAME.
        tags:
          insight: \(list(v.insightTags))
          action: \(list(v.actionTags))
          emotion: \(list(v.emotionTagPrefixes))
          practice: \(list(v.practiceTagPrefixes))

        # How a journey (a medicine session) is known: by its front matter `type:`, a tag, or the
        # folder it is in ("Sessions"). Listing names here replaces the defaults.
        journeys:
          types: \(list(v.journeyTypes))
          tags: \(list(v.journeyTags))
          folders: \(list(v.journeyFolders))

        # How an integration or therapy session is known, the same way.
        integration:
          types: \(list(v.integrationTypes))
          tags: \(list(v.integrationTags))
          folders: \(list(v.integrationFolders))

        # Tags that say what kind of note something is rather than what it is about, left out of
        # themes. The tags your own templates put on every note are left out already.
        ignore_tags: \(list(v.ignoreTags))

        # How your daily notes are named and where they live. Obsidian's and Logseq's own settings
        # are read when present; formats here come first. Formats use Obsidian's tokens
        # (YYYY MM DD, MMM D, YYYY…); "DD-MM-YYYY" or "MM-DD-YYYY" say which way round your days are.
        # A file with no date anywhere is a note (searchable, never in a week); only in a
        # daily-notes folder does a file's modification day date it.
        dates:
          formats: []
          daily_notes: []

        # Practices are shown as days done out of days; set this to true to also see streaks.
        streaks: false

        # Entries with `private: true` in their front matter or this tag are never part of `tend share`.
        private_tag: "#private"

        # The days compared around each journey (`tend sessions`, the session brief):
        # days before it against windows of days after it.
        session_windows:
          before: 7
          after: ["1-3", "4-7", "8-14"]

        # Feeling words of your own, added to tend's lexicon: `word: family` or `word: canonical/family`.
        # Families: joy, sadness, fear, anger, shame, disgust, surprise, trust, anticipation, calm.
        emotions: {}
        #  floaty: calm
        #  heavy-hearted: grief/sadness

        """
    }
}
