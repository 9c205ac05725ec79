@testable import FactLedger

/// The frame of the claim whose figure is written `figure` in `text`, extracted as an article.
func frame(of figure: String, in text: String) -> ClaimFrame? {
    extraction(text).claims.first { $0.text == figure }?.frame
}

/// One frame expectation: the sentence, the figure as written, and the entity, event, modifiers
/// and scope the frame should have.
struct FrameCase: CustomStringConvertible, Sendable {
    var sentence: String
    var figure: String
    var entity: String?
    var event: String? = nil
    var modifiers: [String] = []
    var scope: String? = nil
    var description: String { sentence }
}
