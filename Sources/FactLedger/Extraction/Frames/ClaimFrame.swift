/// What a figure measures: the thing counted, what happened to it, the modifiers that narrow it,
/// the period or target it is counted over, and the place and actors named with it.
///
/// Concepts come from the frame lexicon (`Frames/Lexicon/`), so `scrapped`, `abolished` and `was
/// ended` are one event and `apartments`, `flats` and `residential units` one entity. Two claims
/// measure the same quantity exactly when their `measureKey`s are equal: the cross-checker's
/// blocking key.
public struct ClaimFrame: Hashable, Sendable, Codable {
    /// What is counted or measured: a concept (`people`, `drones`, `dwellings`, `troops`,
    /// `assets`, `military service`), else the lemma of the counted noun; nil when none was found.
    public var entity: String?
    /// What happened to it (`killed`, `launched`, `intercepted`, `frozen`, `abolished`, `capped`).
    public var event: String?
    /// Concepts that narrow the entity (`child`, `severe`, `reserve`, a nationality of people), sorted.
    public var modifiers: [String]
    /// The place named with the figure (`Kyiv`, `Tai Po`), as written.
    public var place: String?
    /// People and organisations named in the figure's sentence (`Russia`, `the air force`), in order.
    public var actors: [String]
    /// The period or target the figure is counted over (`per year`, `by 2030`, `past week`).
    public var scope: String?
    /// The words the entity was read from, as written (`Iranian-made Shahed drones`, `death toll`).
    public var counted: String?

    public init(
        entity: String? = nil, event: String? = nil, modifiers: [String] = [], place: String? = nil, actors: [String] = [],
        scope: String? = nil, counted: String? = nil
    ) {
        self.entity = entity
        self.event = event
        self.modifiers = modifiers
        self.place = place
        self.actors = actors
        self.scope = scope
        self.counted = counted
    }

    /// Equal for two claims exactly when their entity, event, modifiers and scope are equal:
    /// `drones|launched||`, `people|injured|child|`, `military service|abolished||`. Nil without an entity.
    public var measureKey: String? {
        guard let entity else { return nil }
        return [entity, event ?? "", modifiers.joined(separator: ","), scope ?? ""].joined(separator: "|")
    }

    /// The frame as a short phrase for display: `people killed`, `drones launched (child)`.
    public var phrase: String? {
        guard let entity else { return event }
        var words = [entity]
        if let event, event != entity { words.append(event) }
        var out = words.joined(separator: " ")
        if !modifiers.isEmpty { out += " (" + modifiers.joined(separator: ", ") + ")" }
        if let scope { out += " " + scope }
        return out
    }
}
