/// Conflicting pairs of one block grouped into findings by complete linkage.
///
/// Reason: a claim joins a group only when it is about the same event as every member, so one
/// report that could be either of two attacks never chains them into one flag. Strongest pairs
/// are placed first. Claims that agree with every member (the same figure, reported again) join
/// the group too, so a flag shows every report of each figure.
enum FindingGroups {
    struct Group {
        var claims: [CheckClaim]
        var pairs: [CrossChecker.Pair]
    }

    static func group(
        _ block: [CheckClaim], _ edges: [CrossChecker.Pair], agreeing: [(Int, Int)], linked: (Int, Int) -> Bool
    ) -> [Group] {
        guard !edges.isEmpty else { return [] }
        // Dense arrays, not dictionaries: a large block has tens of thousands of edges.
        var groupOf = [Int](repeating: -1, count: block.count)
        var groups: [[Int]] = []
        // Indices sorted, not the pairs: moving pairs (with their evidence) costs retains.
        let ordered = edges.indices.sorted { x, y in
            let p = edges[x], q = edges[y]
            return (p.confidence, p.gap, -p.a, -p.b) > (q.confidence, q.gap, -q.a, -q.b)
        }
        for k in ordered {
            let e = edges[k]
            let (i, j) = (e.a, e.b)
            switch (groupOf[i] < 0 ? nil : groupOf[i], groupOf[j] < 0 ? nil : groupOf[j]) {
            case (nil, nil):
                groupOf[i] = groups.count
                groupOf[j] = groups.count
                groups.append([i, j])
            case (let g?, nil):
                if groups[g].allSatisfy({ linked($0, j) }) {
                    groups[g].append(j)
                    groupOf[j] = g
                }
            case (nil, let g?):
                if groups[g].allSatisfy({ linked($0, i) }) {
                    groups[g].append(i)
                    groupOf[i] = g
                }
            case (let g?, let h?):
                if g != h, groups[g].allSatisfy({ x in groups[h].allSatisfy { linked(x, $0) } }) {
                    for m in groups[h] { groupOf[m] = g }
                    groups[g] += groups[h]
                    groups[h] = []
                }
            }
        }
        for (x, y) in agreeing {
            for (c, other) in [(x, y), (y, x)] where groupOf[c] < 0 {
                let g = groupOf[other]
                if g >= 0, groups[g].allSatisfy({ linked($0, c) }) {
                    groups[g].append(c)
                    groupOf[c] = g
                }
            }
        }
        var pairsOf: [Int: [CrossChecker.Pair]] = [:]
        for e in edges {
            let g = groupOf[e.a]
            if g >= 0, groupOf[e.b] == g { pairsOf[g, default: []].append(e) }
        }
        var out: [Group] = []
        for (g, members) in groups.enumerated() where members.count > 1 {
            guard let own = pairsOf[g] else { continue }
            let sorted = members.sorted()
            var position: [Int: Int] = [:]
            for (k, m) in sorted.enumerated() { position[m] = k }
            let pairs = own.map { p -> CrossChecker.Pair in
                var q = p
                q.a = position[p.a]!
                q.b = position[p.b]!
                return q
            }
            out.append(Group(claims: sorted.map { block[$0] }, pairs: pairs))
        }
        return out.sorted { $0.claims[0].id < $1.claims[0].id }
    }
}
