import Testing

@testable import FactLedger

/// Articles that share a figure tell the same story.
struct StoryLinksTests {
    static func links(_ claims: [CheckClaim]) -> StoryLinks {
        var links = StoryLinks()
        for c in claims { links.add(c) }
        links.seal()
        return links
    }

    @Test func aSharedFigureOfAnotherMeasureTiesTwoArticles() {
        let plan = "count|points|plan||"
        let links = Self.links([
            checkClaim(1, article: 10, value: 28, key: plan, entity: "points", event: "plan"),
            checkClaim(2, article: 20, value: 28, key: plan, entity: "points", event: "plan"),
        ])
        #expect(links.sameStory(10, 20, other: "count|drones|launched||"))
        // The measure being compared does not tie its own articles.
        #expect(!links.sameStory(10, 20, other: plan))
    }

    @Test func smallCountsAndFiguresEveryoneRepeatsTieNothing() {
        let key = "count|people|injured||"
        let small = Self.links([
            checkClaim(1, article: 10, value: 7, key: key), checkClaim(2, article: 20, value: 7, key: key),
        ])
        #expect(!small.sameStory(10, 20, other: "other"))
        let common = Self.links(
            (0..<(StoryLinks.maxArticles + 1)).map { checkClaim(Int64($0), article: Int64($0), value: 1000, key: key) })
        #expect(!common.sameStory(0, 1, other: "other"))
    }

    @Test func agreeingOnOneTollAndDifferingOnNoneIsOneStage() {
        let dead = "count|people|killed||", missing = "count|people|missing||"
        func toll(_ id: Int64, _ article: Int64, _ key: String, _ event: String, _ v: Double) -> CheckClaim {
            checkClaim(id, article: article, value: v, key: key, entity: "people", event: event)
        }
        let links = Self.links([
            toll(1, 10, dead, "killed", 128), toll(2, 20, dead, "killed", 128),
            toll(3, 10, missing, "missing", 200), toll(4, 20, missing, "missing", 300),
        ])
        #expect(links.sameStage(10, 20, other: missing))
        let moved = Self.links([
            toll(1, 10, dead, "killed", 128), toll(2, 20, dead, "killed", 128),
            toll(5, 10, "count|people|injured||", "injured", 40), toll(6, 20, "count|people|injured||", "injured", 79),
            toll(3, 10, missing, "missing", 200), toll(4, 20, missing, "missing", 300),
        ])
        #expect(!moved.sameStage(10, 20, other: missing))
    }
}
