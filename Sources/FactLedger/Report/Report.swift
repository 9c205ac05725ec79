import Foundation

/// The formats `report` writes.
public enum ReportFormat: String, Sendable, CaseIterable {
    case markdown, html, csv, json, claimreview

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .html: return "html"
        case .csv: return "csv"
        case .json: return "json"
        case .claimreview: return "jsonld"
        }
    }
}

/// Renders report data in one format.
public enum ReportRenderer {
    public static func render(_ data: ReportData, format: ReportFormat, options: ReportOptions) -> String {
        switch format {
        case .markdown: return MarkdownReport.render(data, options: options)
        case .html: return HTMLReport.render(data, options: options)
        case .csv: return CSVReport.render(data)
        case .json: return JSONReport.render(data, options: options)
        case .claimreview: return ClaimReviewReport.render(data, options: options)
        }
    }
}
