import Testing

@testable import FactLedger

/// Names and their classes: the examples, each in a sentence of its own.
struct NameClassifierTests {
    struct Case: CustomStringConvertible, Sendable {
        /// The sentence with the name marked 1️⃣…2️⃣ and its role, if any, 3️⃣…4️⃣.
        var marked: String
        var nameClass: NameClass
        var description: String { marked }
    }

    @Test(arguments: [
        Case(marked: "Lagos State 3️⃣Commissioner of Police4️⃣ 1️⃣Adaeze Okafor-Bello2️⃣ said the road was shut.", nameClass: .person),
        Case(marked: "3️⃣Prime Minister4️⃣ 1️⃣Jonas Gahr Støre2️⃣ spoke on Monday.", nameClass: .person),
        Case(marked: "The talks moved to 1️⃣Rio de Janeiro2️⃣ last week.", nameClass: .place),
        Case(marked: "Delegations met in 1️⃣Geneva2️⃣ over the weekend.", nameClass: .place),
        Case(marked: "The 1️⃣White House2️⃣ said it was hopeful.", nameClass: .organisation),
        Case(marked: "Ukraine’s state railway operator 1️⃣Ukrzaliznytsia2️⃣ cancelled trains.", nameClass: .organisation),
        Case(marked: "Trains were cancelled, according to 1️⃣Ukrzaliznytsia2️⃣, the state railway.", nameClass: .organisation),
        Case(marked: "The figures were first reported by 1️⃣Reuters2️⃣.", nameClass: .organisation),
        Case(marked: "Senator 1️⃣Ann Marsh2️⃣ voted against it.", nameClass: .person),
        // A name no table knows after a preposition of place is a place; with a possessive, only
        // when what it owns is a place.
        Case(marked: "Shelling damaged homes in 1️⃣Zorivka2️⃣ overnight.", nameClass: .place),
        Case(marked: "Ships were seen at 1️⃣Veldmark2️⃣’s port at dawn.", nameClass: .place),
        Case(marked: "The talks began at 1️⃣Halvorsen2️⃣’s request.", nameClass: .other),
    ])
    func classesNames(_ c: Case) throws {
        let marked = MarkedText(c.marked)
        let analysis = LanguageAnalysis(text: marked.text)
        let name = try #require(analysis.names.first { $0.range.overlaps(marked.ranges[0]) })
        #expect(name.range == marked.ranges[0])
        #expect(name.nameClass == c.nameClass)
        if marked.ranges.count > 1 {
            let role = try #require(name.role)
            #expect(
                role
                    == String(
                        String.UnicodeScalarView(Array(marked.text.unicodeScalars)[marked.ranges[1].start..<marked.ranges[1].end])
                    ))
        }
    }

    @Test func timeStampsAndHeadingsAreNotNames() {
        // `GMT` before a name is not part of it; a common word in a heading is not a name.
        let analysis = LanguageAnalysis(
            text: "4.58pm GMT Keir Starmer said it would help.\n\nPolicy\n\nNew rules came in on Monday.")
        #expect(analysis.names.map(\.text) == ["Keir Starmer"])
        #expect(analysis.names.first?.nameClass == .person)
    }

    @Test func aTitleModifierDoesNotSplitAName() {
        // `Foreign` modifies titles (`Foreign Minister`) without being one: `Foreign Policy` stays whole.
        let analysis = LanguageAnalysis(
            text: "It is just business, writes Foreign Policy magazine, citing Foreign Minister Anna Berg.")
        #expect(!analysis.names.contains { $0.text == "Policy" })
        #expect(analysis.names.contains { $0.text == "Anna Berg" && $0.nameClass == .person && $0.role == "Foreign Minister" })
    }

    @Test func aRepeatedSurnameIsThePersonNamedEarlier() {
        let analysis = LanguageAnalysis(text: "Dana Whitfield runs the port. Whitfield said the cranes were idle.")
        #expect(analysis.names.map(\.nameClass) == [.person, .person])
    }
}
