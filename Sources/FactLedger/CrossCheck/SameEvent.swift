import Foundation

/// Whether two claims of one measure (one blocking key) are about the same event, judged from
/// what their frames and dates say, with the evidence for a reviewer.
///
/// Rules, in order:
/// 1. **Markers** the extractor left in the context (`@week`, `@2030`, `@part`) must agree, and
///    two claims that both name a nationality must share one (`French forces` are not
///    `Ukraine's army`; a claim that names none may be either).
/// 2. **Places** (`places`): two different cities or regions are two events (`12 killed in Lyon`
///    vs `15 killed in Lille`); for a toll, so are a city and a country it is not in. A country
///    alone may be a party rather than the place (`Russia launched 75 drones` vs `75 drones over
///    Kyiv`), so it rules nothing else out.
/// 3. **Dates** of a dated event (an attack, a toll): two dates the text anchors (`overnight`,
///    `on Tuesday`, `on 3 March`) more than a day apart are two events; reports more than
///    `window` days apart are too. A standing quantity (`troops capped`) is compared over
///    `standingWindow` days. A year or a date (`abolished in 1996`) is itself a date, so its
///    reports are placed by their published dates.
/// 4. **Corroboration**: without two anchored dates, a dated event (attacks recur nightly, tolls
///    come from many disasters) is only the same when something else ties the reports: the
///    same place (a city or region: a country is too wide to tie two attacks), a date within a
///    day taken from an agreeing report (`DateInference`), or the same story (`StoryLinks`:
///    they share another figure). A standing quantity (`troops capped`, `apartments`) needs
///    none: an undated report of it is compared, with lower confidence (`Confidence`).
struct SameEvent {
    /// Days apart (by event or published date) that two reports of one attack or toll may be.
    var window: Int32 = 8
    /// Days apart that two reports of a standing quantity (a cap, a stock of money) may be.
    var standingWindow: Int32 = 120

    /// How two claims' places compare.
    enum PlaceRelation: Equatable {
        case same(String)
        /// One or both have no place, or one is a country.
        case unknown
        case different(String, String)
    }

    /// How two claims' dates compare.
    enum DateRelation: Equatable {
        /// Both dates are anchored by the text: days between them.
        case anchored(days: Int32)
        /// One or both are only the published date: days between them.
        case published(days: Int32)
        /// One report's date was taken from an agreeing dated report (`DateInference`).
        case inferred(days: Int32)
        /// One or both reports have no date at all.
        case undated
    }

    struct Evidence: Equatable {
        var place: PlaceRelation
        var dates: DateRelation
        /// Actors both sentences name (`Russia`, `Zelensky`).
        var sharedActors: [String]
    }

    /// The evidence that `a` and `b` are about the same event, or nil when something rules it out.
    /// `inferred` gives an undated claim's date taken from agreeing reports; `sameStory` tells
    /// whether two claims' articles tell the same story.
    func judge(
        _ a: CheckClaim, _ b: CheckClaim, measure: MeasureKind, inferred: (CheckClaim) -> Int32? = { _ in nil },
        sameStory: (CheckClaim, CheckClaim) -> Bool = { _, _ in false }
    ) -> Evidence? {
        guard a.markers == b.markers else { return nil }
        if !a.nationalities.isEmpty, !b.nationalities.isEmpty, Set(a.nationalities).isDisjoint(with: b.nationalities) {
            return nil
        }
        var isToll = false
        if case .runningToll = measure { isToll = true }
        let place = Self.places(a.placeInfo, b.placeInfo, tollPlaces: isToll)
        if case .different = place { return nil }
        let dates: DateRelation
        var dayOf = { (c: CheckClaim) in c.eventDay }
        if FigureGap.isCalendar(a.kind) { dayOf = { $0.publishedDay } }
        if !FigureGap.isCalendar(a.kind), let x = a.anchoredDay, let y = b.anchoredDay {
            dates = .anchored(days: abs(x - y))
            if measure.isDated, abs(x - y) > 1 { return nil }
        } else if let x = dayOf(a), let y = dayOf(b) {
            dates = .published(days: abs(x - y))
        } else if let x = dayOf(a) ?? inferred(a), let y = dayOf(b) ?? inferred(b) {
            dates = .inferred(days: abs(x - y))
        } else {
            dates = .undated
        }
        switch dates {
        case .anchored(let d), .published(let d), .inferred(let d):
            if d > (measure.isDated ? window : standingWindow) { return nil }
        case .undated: break
        }
        if measure.isDated, !Self.isAnchoredPair(dates) {
            var tied = a.articleId == b.articleId || sameStory(a, b)
            if case .same = place, a.placeInfo?.isCountry == false { tied = true }
            if case .inferred(let d) = dates, d <= 1 { tied = true }
            guard tied else { return nil }
        }
        let shared =
            a.actors.isEmpty || b.actors.isEmpty ? [] : zip(b.actors, b.actorKeys).filter { a.actorKeys.contains($0.1) }.map(\.0)
        return Evidence(place: place, dates: dates, sharedActors: Array(Set(shared)).sorted())
    }

    static func isCountry(_ name: String) -> Bool { PlaceInfo(name).isCountry }

    private static func isAnchoredPair(_ d: DateRelation) -> Bool {
        if case .anchored = d { return true }
        return false
    }

    /// What the gazetteer says of one place name, looked up once per claim (`CheckClaim.placeInfo`)
    /// rather than once per pair.
    struct PlaceInfo: Hashable, Sendable {
        var name: String
        /// Folded for comparison (case and accents aside).
        var key: String
        /// A city or region (and not also a country).
        var isLocal: Bool
        var isCountry: Bool
        /// The countries a local place lies in, and the countries the name is.
        var countries: Set<String>

        init(_ name: String) {
            self.name = name
            key = NameKey.fold(name)
            let entries = Gazetteer.shared.entries(named: name)
            let local: Set<Gazetteer.PlaceClass> = [.city, .capital, .region]
            isCountry = entries.contains { $0.placeClass == .country || $0.placeClass == .continent }
            isLocal = entries.contains { local.contains($0.placeClass) } && !entries.contains { $0.placeClass == .country }
            countries = Set(
                entries.filter { local.contains($0.placeClass) || $0.placeClass == .country }.map(\.country))
        }
    }

    static func places(_ a: String?, _ b: String?, tollPlaces: Bool = false) -> PlaceRelation {
        places(a.map(PlaceInfo.init), b.map(PlaceInfo.init), tollPlaces: tollPlaces)
    }

    /// Two places compared: equal (case and accents aside); different when they are two cities or
    /// regions the gazetteer knows; with `tollPlaces`, also a city and a country it is not in (a
    /// toll is counted where it happened: `killed in Ternopil` and `killed in Hong Kong` are two
    /// disasters). Otherwise nothing to tell: a country is as often a party as a place (`Russia
    /// launched`, `with America providing`), so two countries rule nothing out.
    static func places(_ a: PlaceInfo?, _ b: PlaceInfo?, tollPlaces: Bool = false) -> PlaceRelation {
        guard let a, let b else { return .unknown }
        if a.key == b.key { return .same(a.name) }
        if a.isLocal, b.isLocal { return .different(a.name, b.name) }
        guard tollPlaces else { return .unknown }
        let pair = a.isLocal && b.isCountry && !b.isLocal ? (a, b) : b.isLocal && a.isCountry && !a.isLocal ? (b, a) : nil
        guard let (city, country) = pair else { return .unknown }
        return city.countries.isDisjoint(with: country.countries) ? .different(a.name, b.name) : .unknown
    }
}
