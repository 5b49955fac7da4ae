import Testing
@testable import TendCore

/// `Sessions.numbers(_:)`: the one numbering rule, used by `Sessions.assign` (entries read from
/// files) and by the index's sync (stored rows). One line per case: the dated entries in date
/// order — `J` a journey, `e` any other entry, a digit after it the number written in it —
/// and the number each gets.
@Suite struct SessionsTests {
    @Test(arguments: [
        ("", [Int?]()),
        ("e e", [nil, nil]),                          // no journey yet: no session
        ("J e e", [1, 1, 1]),
        ("e J e J e", [nil, 1, 1, 2, 2]),
        ("J J7 e J", [1, 7, 7, 8]),                   // a written number; the next one follows it
        ("J5 J2 J", [5, 2, 6]),                       // the next one follows the highest so far
        ("J e3 e", [1, 3, 1]),                        // another entry keeps a number written in it
        ("e4 J", [4, 1]),
    ])
    func numbers(_ written: String, _ expected: [Int?]) {
        let dated = written.split(separator: " ").enumerated().map { day, word in
            Sessions.Dated(day: LocalDate(dayNumber: 20_000 + day), isJourney: word.first == "J",
                           written: Int(word.dropFirst()))
        }
        #expect(Sessions.numbers(dated) == expected)
    }

    @Test func entriesOnTheDayOfAJourneyBelongToIt() {
        let day = LocalDate(dayNumber: 20_000)
        let dated = [
            Sessions.Dated(day: day, isJourney: true, written: nil),
            Sessions.Dated(day: day, isJourney: false, written: nil),
        ]
        #expect(Sessions.numbers(dated) == [1, 1])
    }
}
