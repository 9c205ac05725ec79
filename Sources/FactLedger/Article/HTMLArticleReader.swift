import CLibXML2
import Foundation

/// Reads a news page with libxml2's HTML parser: the article body as paragraphs, and metadata
/// from JSON-LD `NewsArticle`, OpenGraph and `<meta>` tags, `<link rel=canonical>` and `<title>`.
///
/// The body is the element marked `itemprop=articleBody`, else the `<article>` with the most
/// paragraph text, else `<main>`, else `<body>`; navigation, scripts, styles, asides, footers,
/// forms, figures and elements whose class or id names a widget (share, related, newsletter, …)
/// are left out. Paragraphs are separated by a blank line.
public enum HTMLArticleReader {
    public struct Result: Sendable {
        public var text: String
        public var metadata: ArticleMetadata
        public var warnings: [String]
    }

    private static let initialised: Void = { xmlInitParser() }()

    public static func read(_ html: String) -> Result {
        _ = initialised
        var warnings: [String] = []
        // XML_PARSE_HUGE lifts libxml2's nesting limit (256), so deeply nested markup (hundreds of
        // `<div>`s, unclosed `<font>` tags) is read whole instead of dropped.
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let bytes = Array(html.utf8)
        guard bytes.count < Int(Int32.max),
            let doc = bytes.withUnsafeBufferPointer({ buffer in
                buffer.baseAddress.flatMap { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                    }
                }
            })
        else {
            return Result(text: "", metadata: ArticleMetadata(), warnings: ["HTML could not be parsed"])
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            return Result(text: "", metadata: ArticleMetadata(), warnings: ["HTML has no elements"])
        }
        var scan = Scan()
        scan.collect(from: root)
        var metadata = scan.metadata(warnings: &warnings)
        let bodyRoot = scan.bodyRoot ?? root
        var paragraphs = Paragraphs()
        paragraphs.walk(bodyRoot)
        var blocks = paragraphs.blocks
        if let headline = scan.h1Text, !paragraphs.sawH1, !blocks.contains(headline) {
            blocks.insert(headline, at: 0)
        }
        if metadata.title == nil, let headline = scan.h1Text { metadata.title = headline }
        return Result(text: blocks.joined(separator: "\n\n"), metadata: metadata, warnings: warnings)
    }

    // MARK: - Node helpers

    fileprivate static func name(_ node: xmlNodePtr) -> String {
        guard let n = node.pointee.name else { return "" }
        return String(cString: n).lowercased()
    }

    fileprivate static func attribute(_ node: xmlNodePtr, _ key: String) -> String? {
        guard let value = xmlGetProp(node, key) else { return nil }
        defer { fl_xml_free(value) }
        return String(cString: value)
    }

    fileprivate static func textContent(_ node: xmlNodePtr) -> String {
        guard let value = xmlNodeGetContent(node) else { return "" }
        defer { fl_xml_free(value) }
        return String(cString: value)
    }

    fileprivate static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// One pass over the document for metadata and for the element holding the body.
private struct Scan {
    var jsonLD: [String] = []
    var meta: [String: String] = [:]
    var titleText: String?
    var canonical: String?
    var h1Text: String?
    var timeText: String?
    var articleBody: xmlNodePtr?
    var articles: [(xmlNodePtr, Int)] = []
    var main: xmlNodePtr?
    var body: xmlNodePtr?

    var bodyRoot: xmlNodePtr? {
        if let articleBody { return articleBody }
        if let best = articles.max(by: { $0.1 < $1.1 }), best.1 > 0 { return best.0 }
        return main ?? body
    }

    mutating func collect(from root: xmlNodePtr) {
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            if node.pointee.type == XML_ELEMENT_NODE {
                visit(node)
            }
            var child = node.pointee.last
            while let c = child {
                stack.append(c)
                child = c.pointee.prev
            }
        }
    }

    private mutating func visit(_ node: xmlNodePtr) {
        let tag = HTMLArticleReader.name(node)
        switch tag {
        case "script":
            if HTMLArticleReader.attribute(node, "type")?.lowercased().contains("ld+json") == true {
                jsonLD.append(HTMLArticleReader.textContent(node))
            }
        case "meta":
            let key =
                (HTMLArticleReader.attribute(node, "property") ?? HTMLArticleReader.attribute(node, "name")
                ?? HTMLArticleReader.attribute(node, "itemprop"))?.lowercased()
            if let key, let content = HTMLArticleReader.attribute(node, "content"), meta[key] == nil {
                meta[key] = content.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        case "title":
            if titleText == nil { titleText = HTMLArticleReader.collapse(HTMLArticleReader.textContent(node)) }
        case "link":
            if HTMLArticleReader.attribute(node, "rel")?.lowercased() == "canonical" {
                canonical = HTMLArticleReader.attribute(node, "href")
            }
        case "h1":
            if h1Text == nil {
                let t = HTMLArticleReader.collapse(HTMLArticleReader.textContent(node))
                if !t.isEmpty { h1Text = t }
            }
        case "time":
            if timeText == nil { timeText = HTMLArticleReader.attribute(node, "datetime") }
        case "article":
            articles.append((node, paragraphTextLength(node)))
        case "main":
            if main == nil { main = node }
        case "body":
            if body == nil { body = node }
        default:
            break
        }
        if articleBody == nil, HTMLArticleReader.attribute(node, "itemprop")?.lowercased() == "articlebody" {
            articleBody = node
        }
        if main == nil, HTMLArticleReader.attribute(node, "role")?.lowercased() == "main" { main = node }
    }

    private func paragraphTextLength(_ node: xmlNodePtr) -> Int {
        var total = 0
        var stack: [xmlNodePtr] = [node]
        while let n = stack.popLast() {
            if n.pointee.type == XML_ELEMENT_NODE, HTMLArticleReader.name(n) == "p" {
                total += HTMLArticleReader.textContent(n).count
                continue
            }
            var child = n.pointee.children
            while let c = child { stack.append(c); child = c.pointee.next }
        }
        return total
    }

    func metadata(warnings: inout [String]) -> ArticleMetadata {
        var m = ArticleMetadata()
        // Meta tags first, then JSON-LD over them: JSON-LD is the more precise source.
        m.title = meta["og:title"] ?? meta["twitter:title"] ?? meta["headline"]
        m.outlet = meta["og:site_name"] ?? meta["application-name"] ?? meta["publisher"]
        m.url = meta["og:url"] ?? canonical
        if let author = meta["author"] ?? meta["article:author"] ?? meta["byl"] ?? meta["dc.creator"],
            !author.hasPrefix("http")
        {
            m.author = author.hasPrefix("By ") ? String(author.dropFirst(3)) : author
        }
        let dateKeys = [
            "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
            "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
            "citation_publication_date", "og:published_time",
        ]
        if let raw = dateKeys.lazy.compactMap({ meta[$0] }).first {
            m.setPublished(raw, source: .htmlMeta)
        }
        if let raw = meta["article:modified_time"] ?? meta["datemodified"], let iso = DateText.isoDate(from: raw) {
            m.modified = iso
        }
        for block in jsonLD {
            guard let data = block.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(with: data)
            else {
                warnings.append("a JSON-LD block is not valid JSON; ignored")
                continue
            }
            guard let article = Self.findArticle(json) else { continue }
            if let s = article["headline"] as? String ?? article["name"] as? String { m.title = s }
            if let s = article["datePublished"] as? String { m.setPublished(s, source: .jsonLD) }
            if let s = article["dateModified"] as? String, let iso = DateText.isoDate(from: s) { m.modified = iso }
            if let author = Self.names(article["author"]) { m.author = author }
            if let publisher = Self.names(article["publisher"]) { m.outlet = publisher }
            if let url = article["url"] as? String {
                m.url = url
            } else if let page = article["mainEntityOfPage"] as? [String: Any], let id = page["@id"] as? String {
                m.url = id
            } else if let page = article["mainEntityOfPage"] as? String {
                m.url = page
            }
            break
        }
        if m.title == nil, let t = titleText, !t.isEmpty { m.title = t }
        if m.published == nil, let raw = timeText { m.setPublished(raw, source: .htmlMeta) }
        return m
    }

    private static let articleTypes: Set<String> = [
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
    ]

    private static func findArticle(_ json: Any) -> [String: Any]? {
        if let array = json as? [Any] {
            for element in array { if let found = findArticle(element) { return found } }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        let types: [String]
        if let t = object["@type"] as? String { types = [t] } else { types = object["@type"] as? [String] ?? [] }
        if types.contains(where: articleTypes.contains) { return object }
        if let graph = object["@graph"] { return findArticle(graph) }
        return nil
    }

    /// A person or organisation value as text: `"A"`, `{"name": "A"}` or a list of them joined by "; ".
    private static func names(_ value: Any?) -> String? {
        if let s = value as? String { return s.isEmpty || s.hasPrefix("http") ? nil : s }
        if let object = value as? [String: Any] { return names(object["name"]) }
        if let array = value as? [Any] {
            let all = array.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: "; ")
        }
        return nil
    }
}

/// Collects the body's block-level text as paragraphs.
private struct Paragraphs {
    var blocks: [String] = []
    var current = ""
    var sawH1 = false

    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "nav", "aside", "footer", "form", "button", "iframe",
        "svg", "select", "input", "textarea", "figure", "figcaption", "head", "menu", "dialog", "object",
        "video", "audio", "canvas", "picture", "img",
    ]
    static let blockTags: Set<String> = [
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li",
        "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl", "hr", "body", "address",
    ]
    static let widgetWords = [
        "share", "social", "related", "newsletter", "comment", "advert", "promo", "subscribe", "cookie",
        "breadcrumb", "sidebar", "widget", "popup", "modal", "signup", "paywall", "outbrain", "taboola",
        "recommend", "most-read", "mostread", "trending", "tags", "navigation", "site-header", "site-footer",
    ]
    static let skippedRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo", "dialog", "menu"]

    mutating func walk(_ root: xmlNodePtr) {
        // Explicit stack: nil marks the end of a block element.
        var stack: [xmlNodePtr?] = [root]
        while let top = stack.popLast() {
            guard let node = top else { flush(); continue }
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content { append(String(cString: content)) }
            case XML_ELEMENT_NODE:
                let tag = HTMLArticleReader.name(node)
                if tag == "br" { current += "\n"; continue }
                if skip(node, tag: tag) { continue }
                let isBlock = Self.blockTags.contains(tag)
                if isBlock {
                    flush()
                    stack.append(nil)
                }
                if tag == "h1" { sawH1 = true }
                var children: [xmlNodePtr] = []
                var child = node.pointee.children
                while let c = child { children.append(c); child = c.pointee.next }
                stack.append(contentsOf: children.reversed().map { Optional($0) })
            default:
                break
            }
        }
        flush()
    }

    private func skip(_ node: xmlNodePtr, tag: String) -> Bool {
        if Self.skipped.contains(tag) { return true }
        if tag == "header", HTMLArticleReader.attribute(node, "class")?.lowercased().contains("article") != true {
            // A page header (site banner) is not body text; an article's own header is kept.
            if !containsH1(node) { return true }
        }
        if HTMLArticleReader.attribute(node, "hidden") != nil { return true }
        // Text hidden by an inline style is not what readers see.
        if let style = HTMLArticleReader.attribute(node, "style")?.lowercased().filter({ !$0.isWhitespace }),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        if HTMLArticleReader.attribute(node, "aria-hidden")?.lowercased() == "true" { return true }
        if let role = HTMLArticleReader.attribute(node, "role")?.lowercased(), Self.skippedRoles.contains(role) { return true }
        let label = ((HTMLArticleReader.attribute(node, "class") ?? "") + " " + (HTMLArticleReader.attribute(node, "id") ?? ""))
            .lowercased()
        if label.count > 1, Self.widgetWords.contains(where: { label.contains($0) }) { return true }
        return false
    }

    private func containsH1(_ node: xmlNodePtr) -> Bool {
        var stack: [xmlNodePtr] = [node]
        while let n = stack.popLast() {
            if n.pointee.type == XML_ELEMENT_NODE, HTMLArticleReader.name(n) == "h1" { return true }
            var child = n.pointee.children
            while let c = child { stack.append(c); child = c.pointee.next }
        }
        return false
    }

    private mutating func append(_ text: String) {
        // Collapse runs of whitespace the way a browser would.
        var out = ""
        var lastSpace = current.isEmpty || current.last == " " || current.last == "\n"
        for ch in text {
            if ch.isWhitespace {
                if !lastSpace { out.append(" "); lastSpace = true }
            } else {
                out.append(ch)
                lastSpace = false
            }
        }
        current += out
    }

    private mutating func flush() {
        let lines = current.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let block = lines.joined(separator: "\n")
        if !block.isEmpty { blocks.append(block) }
        current = ""
    }
}
