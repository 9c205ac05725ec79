/// The frame of a figure in an article in another language: the words within five of the figure
/// (and word pairs, `servicio militar`) looked up in that language's table of the lexicon.
///
/// Reason: the tagger and lemmatizer are English; another language is read honestly or not at
/// all, so only words its table lists make a frame (`El servicio militar obligatorio fue abolido
/// en 1997` → military service, abolished). The nearest entity and the nearest event win.
enum ForeignFrame {
    static func find(figure: ClosedRange<Int>, language: String, in s: FrameSentence) -> ClaimFrame? {
        guard let table = s.lexicon.foreign[language] else { return nil }
        let lo = max(s.range.lowerBound, figure.lowerBound - 8), hi = min(s.range.upperBound - 1, figure.upperBound + 8)
        var entity: (Int, String)?, event: (Int, String)?
        var modifiers: Set<String> = []
        let words = (lo...hi).filter { s.isWord($0) && !figure.contains($0) }
        for (k, i) in words.enumerated() {
            let distance = i < figure.lowerBound ? figure.lowerBound - i : i - figure.upperBound
            guard distance <= 8 else { continue }
            var forms = [s.lower(i)]
            if k + 1 < words.count, words[k + 1] == i + 1 { forms.insert(s.lower(i) + " " + s.lower(i + 1), at: 0) }
            for form in forms {
                guard let concept = table[form] else { continue }
                switch concept {
                case .entity(let e): if entity == nil || distance < entity!.0 { entity = (distance, e.concept) }
                case .event(let e): if event == nil || distance < event!.0 { event = (distance, e) }
                case .modifier(let m): modifiers.insert(m)
                }
                break
            }
        }
        guard entity != nil || event != nil else { return nil }
        // A casualty without its noun counts people (`tres muertos`).
        let concept = entity?.1 ?? (CountedNounBefore.peopleEvents.contains(event!.1) ? "people" : nil)
        return ClaimFrame(entity: concept, event: event?.1, modifiers: modifiers.sorted())
    }
}
