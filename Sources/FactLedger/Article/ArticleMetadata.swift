/// Where an article came from and when it was published.
public struct ArticleMetadata: Hashable, Sendable, Codable {
    public var url: String?
    public var outlet: String?
    public var author: String?
    public var title: String?
    /// Published date as ISO-8601 text: `2025-11-25`, `2025-12-03T18:10:00Z` or a local time without zone.
    public var published: String?
    /// The published date as written or given, before parsing.
    public var publishedRaw: String?
    /// Where `published` came from.
    public var publishedSource: MetadataSource?
    /// Last-modified date as ISO-8601 text, where the source gives one.
    public var modified: String?

    public init(
        url: String? = nil, outlet: String? = nil, author: String? = nil, title: String? = nil,
        published: String? = nil, publishedRaw: String? = nil, publishedSource: MetadataSource? = nil,
        modified: String? = nil
    ) {
        self.url = url
        self.outlet = outlet
        self.author = author
        self.title = title
        self.published = published
        self.publishedRaw = publishedRaw
        self.publishedSource = publishedSource
        self.modified = modified
    }

    /// True when no field is set.
    public var isEmpty: Bool {
        url == nil && outlet == nil && author == nil && title == nil && published == nil && modified == nil
    }

    /// This metadata with every field `other` sets taken from `other`: what is given explicitly wins.
    public func overridden(by other: ArticleMetadata) -> ArticleMetadata {
        var result = self
        if let v = other.url { result.url = v }
        if let v = other.outlet { result.outlet = v }
        if let v = other.author { result.author = v }
        if let v = other.title { result.title = v }
        if let v = other.published {
            result.published = v
            result.publishedRaw = other.publishedRaw ?? v
            result.publishedSource = other.publishedSource
        }
        if let v = other.modified { result.modified = v }
        return result
    }

    /// Sets `published` from text as written, parsing it; returns false when it is not a date.
    @discardableResult
    public mutating func setPublished(_ raw: String, source: MetadataSource) -> Bool {
        guard let iso = DateText.isoDate(from: raw) else { return false }
        published = iso
        publishedRaw = raw
        publishedSource = source
        return true
    }
}

/// Where a metadata field came from, from most to least authoritative.
public enum MetadataSource: String, Hashable, Sendable, Codable {
    case explicit
    case sourcesFile = "sources_json"
    case frontMatter = "front_matter"
    case jsonLD = "json_ld"
    case htmlMeta = "html_meta"
    /// Found in the article's text (a date line, `It’s Tuesday, 25 November 2025`).
    case text
    /// The date in the article's URL (`/2025/11/24/`).
    case url
    /// A dateline opening the body (`KYIV, Nov 24 (Reuters) -`).
    case dateline
    /// A byline's date (`By Jane Doe | 24 November 2025`).
    case byline

    /// How much a date from this source is trusted: what a user gives (`--published`,
    /// `sources.json`) above what the file says, above what is guessed from the text or the URL.
    public var rank: Int {
        switch self {
        case .explicit: return 6
        case .sourcesFile: return 5
        case .frontMatter, .jsonLD, .htmlMeta: return 4
        case .dateline, .byline: return 3
        case .url: return 2
        case .text: return 1
        }
    }
}
