import FactLedger
import Foundation

/// One sentence of a CoNLL-U treebank: its syntactic words with their tags and lemmas.
///
/// Multiword tokens (`don't` as `1-2`) are skipped in favour of their words (`do`, `n't`), and
/// empty nodes (`8.1`) are skipped: the tagger tags the treebank's words, as UD scores it.
struct TreebankSentence {
    var forms: [String]
    var lemmas: [String]
    var tags: [PartOfSpeech]
}

enum CoNLLU {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The sentences of the CoNLL-U file at `path`.
    static func read(_ path: String) throws -> [TreebankSentence] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read '\(path)'")
        }
        var out: [TreebankSentence] = []
        var current = TreebankSentence(forms: [], lemmas: [], tags: [])
        for (number, line) in String(decoding: data, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false
        ).enumerated() {
            if line.isEmpty {
                if !current.forms.isEmpty { out.append(current) }
                current = TreebankSentence(forms: [], lemmas: [], tags: [])
                continue
            }
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 4 else { throw Failure(description: "\(path):\(number + 1): not a CoNLL-U word line") }
            if columns[0].contains("-") || columns[0].contains(".") { continue }
            guard let tag = PartOfSpeech(name: String(columns[3])) else {
                throw Failure(description: "\(path):\(number + 1): unknown UPOS '\(columns[3])'")
            }
            current.forms.append(String(columns[1]))
            current.lemmas.append(String(columns[2]))
            current.tags.append(tag)
        }
        if !current.forms.isEmpty { out.append(current) }
        return out
    }
}
