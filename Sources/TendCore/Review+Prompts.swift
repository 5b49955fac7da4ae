extension Review {
    /// Three reflection prompts drawn from what the week held: a recurring theme, an open
    /// action, an unnamed feeling or a harder day, then gentle general questions.
    static func prompts(for review: Review) -> [String] {
        var prompts: [String] = []
        if let theme = review.recurringThemes.first {
            prompts.append("*\(theme.name)* came up again this week; it has been with you since \(theme.firstSeen.shortText) \(theme.firstSeen.year). "
                + "What would you like to understand about it next?")
        }
        let waiting = review.actions.overdue.last ?? review.actions.stillOpen.last
        if let action = waiting {
            prompts.append("“\(action.text)” is still waiting. What is one small thing that would make it easier this coming week?")
        }
        if let word = review.emotions.unnamed.first {
            prompts.append("You named a feeling in your own words: “\(word)”. Where does it sit in your body, and what else might it be close to?")
        }
        let moods = review.moodByDay.compactMap { d in d.value.map { (d.date, $0) } }
        if let low = moods.min(by: { $0.1 < $1.1 }), moods.count >= 1,
           low.1 <= 4 || (moods.count >= 3 && low.1 <= review.meanMood! - 2) {
            prompts.append("\(low.0.weekdayName) felt heavier (mood \(Self.number(low.1))). What helped, even a little, and what would you like close by next time?")
        }
        if let missed = review.journeys.first(where: { $0.window == .missed }) {
            prompts.append("Is there anything from journey \(missed.number) that still wants to be written down or said to someone?")
        }
        if let practice = review.practices.first {
            prompts.append("\(practice.name.prefix(1).uppercased() + practice.name.dropFirst()) was there on \(practice.days) of 7 days. What made room for it, and would you like to keep that room?")
        }
        if review.isEmpty {
            prompts += [
                "What carried you through this week, even without writing?",
                "Is there one feeling from these days you would like to name now?",
                "What would make it easier to sit down for five minutes this coming week?",
            ]
        }
        prompts += [
            "What from this week would you like to carry into the next?",
            "Who would you like to feel a little closer to this coming week?",
            "What does rest look like for you right now?",
        ]
        return Array(prompts.prefix(3))
    }

    /// The week's mean mood, when any mood was written.
    public var meanMood: Double? { metrics.first { $0.name == "mood" }?.mean }

    /// A number written with at most one decimal (`7`, `6.5`).
    public static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
