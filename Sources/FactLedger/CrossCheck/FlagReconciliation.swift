/// How one check run's findings are written over the flags already in the ledger: which flag each
/// finding becomes, which claims are linked and unlinked, which flags go stale. A pure plan; the
/// ledger applies it in one transaction.
///
/// **Flag identity.** A flag is its id. A finding is the flag that holds the most of its claims
/// (linked now, or earlier versions of them: the same source, measure and figure, so a corrected
/// article finds its flag), of the same kind first, the lowest id on a tie; each flag takes at
/// most one finding. A finding no flag holds is a new flag, keyed by its kind, measure and lowest
/// claim id.
///
/// **Reviewed flags keep what the reviewer saw.** A flag with a decision keeps its claims linked
/// while they exist, gains new claims as new evidence (shown `+new`, decision kept), and is
/// never made stale while two of its claims exist: ingesting other articles cannot undo a
/// review. A flag with no decision follows its finding; a flag no finding matches goes stale
/// (its claims vanished, or no longer conflict) and keeps its history.
enum FlagReconciliation {
    /// A flag as stored.
    struct StoredFlag: Sendable {
        var id: Int64
        var kind: String
        var stale: Bool
        /// It has a decision (confirm or dismiss) no undo cancelled.
        var reviewed: Bool
        var members: [Member]
    }

    struct Member: Sendable {
        var claimId: Int64
        /// `source|measure|figure`: what versions of one claim share (`identity(_:)`).
        var identity: String
        /// Linked now (not removed by an earlier run).
        var linked: Bool
        /// The claim's article is still the current version.
        var current: Bool
    }

    /// A finding as the plan and the writer need it: its claims' ids and identities and its
    /// words, made when its block is checked, so a large ledger's findings do not hold their claims.
    struct Candidate: Sendable {
        var kind: FlagKind
        var blockKey: String
        var claimIds: [Int64]
        var identities: [String]
        var text: FlagExplanation.Text

        init(_ f: CrossChecker.Finding) {
            kind = f.kind
            blockKey = f.blockKey
            claimIds = f.claims.map(\.id)
            identities = f.claims.map(FlagReconciliation.identity)
            text = FlagExplanation.make(f)
        }
    }

    struct Plan: Sendable {
        struct Write: Sendable {
            /// The flag to update, or nil for a new one.
            var flagId: Int64?
            /// The key of a new flag.
            var newKey: String
            var finding: Candidate
            var link: [Int64]
            var unlink: [Int64]
        }

        var writes: [Write] = []
        /// Flags no finding matched whose claims vanished or no longer conflict.
        var stale: [Int64] = []
        /// Reviewed flags no finding matched, kept as they are (their claims still exist).
        var kept: [Int64] = []
    }

    static func identity(_ c: CheckClaim) -> String { identity(source: c.sourceKey, blockKey: c.blockKey, value: c.value) }

    static func identity(source: String, blockKey: String?, value: Double) -> String {
        "\(source)|\(blockKey ?? "")|\(value)"
    }

    static func plan(findings: [Candidate], flags: [StoredFlag]) -> Plan {
        var plan = Plan()
        // Which flags hold each claim id and each identity.
        var byClaim: [Int64: [Int]] = [:]
        var byIdentity: [String: [Int]] = [:]
        for (k, f) in flags.enumerated() {
            for m in f.members {
                if m.linked { byClaim[m.claimId, default: []].append(k) }
                byIdentity[m.identity, default: []].append(k)
            }
        }
        var taken = Set<Int>()
        let order = findings.indices.sorted {
            (findings[$0].claimIds[0], findings[$0].kind.rawValue) < (findings[$1].claimIds[0], findings[$1].kind.rawValue)
        }
        for n in order {
            let finding = findings[n]
            var overlap: [Int: Int] = [:]
            for (id, identity) in zip(finding.claimIds, finding.identities) {
                let holders = Set((byClaim[id] ?? []) + (byIdentity[identity] ?? []))
                for k in holders { overlap[k, default: 0] += 1 }
            }
            // Same kind first, then the most claims in common, then the oldest flag.
            func rank(_ k: Int) -> (Int, Int, Int64) {
                (flags[k].kind == finding.kind.rawValue ? 1 : 0, overlap[k] ?? 0, -flags[k].id)
            }
            let best = overlap.keys.filter { !taken.contains($0) }.max { rank($0) < rank($1) }.map {
                (key: $0, value: overlap[$0]!)
            }
            let members = Set(finding.claimIds)
            guard let k = best?.key else {
                let key = "\(finding.kind.rawValue)|\(finding.blockKey)#\(finding.claimIds.min()!)"
                plan.writes.append(
                    Plan.Write(flagId: nil, newKey: key, finding: finding, link: finding.claimIds, unlink: []))
                continue
            }
            taken.insert(k)
            let flag = flags[k]
            let linked = flag.members.filter(\.linked)
            let link = finding.claimIds.filter { id in !linked.contains { $0.claimId == id } }
            // A reviewed flag keeps the claims its reviewer saw while they exist.
            let unlink = linked.filter { !members.contains($0.claimId) && (!flag.reviewed || !$0.current) }.map(\.claimId)
            plan.writes.append(Plan.Write(flagId: flag.id, newKey: "", finding: finding, link: link, unlink: unlink))
        }
        for (k, f) in flags.enumerated() where !taken.contains(k) && !f.stale {
            if f.reviewed, f.members.filter({ $0.linked && $0.current }).count >= 2 {
                plan.kept.append(f.id)
            } else {
                plan.stale.append(f.id)
            }
        }
        return plan
    }
}
