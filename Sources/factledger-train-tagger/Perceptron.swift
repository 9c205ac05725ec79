import FactLedger

/// An averaged perceptron over hashed features, trained greedily left to right on the tags it
/// predicts itself (as it will tag at run time). Weights are averaged over every update step
/// (lazily, with per-weight time stamps), which is what makes the perceptron generalise.
final class Perceptron {
    let tagCount: Int
    private var index: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 0
    private var scores: [Float]

    init(tagCount: Int) {
        self.tagCount = tagCount
        scores = [Float](repeating: 0, count: tagCount)
    }

    /// The best-scoring tag that `allowed` accepts.
    func predict(_ features: [UInt64], allowed: (Int) -> Bool) -> Int {
        for k in 0..<tagCount { scores[k] = 0 }
        for f in features {
            guard let r = index[f] else { continue }
            for k in 0..<tagCount { scores[k] += weights[r * tagCount + k] }
        }
        var best = -1
        for k in 0..<tagCount where allowed(k) && (best < 0 || scores[k] > scores[best]) { best = k }
        return max(0, best)
    }

    /// One training step: moves weight from the guess to the truth when they differ.
    func update(truth: Int, guess: Int, features: [UInt64]) {
        step += 1
        guard truth != guess else { return }
        for f in features {
            let r = row(f)
            for (tag, delta) in [(truth, Float(1)), (guess, Float(-1))] {
                let k = r * tagCount + tag
                totals[k] += Double(step - stamps[k]) * Double(weights[k])
                stamps[k] = step
                weights[k] += delta
            }
        }
    }

    private func row(_ f: UInt64) -> Int {
        if let r = index[f] { return r }
        let r = keys.count
        index[f] = r
        keys.append(f)
        weights += repeatElement(0, count: tagCount)
        totals += repeatElement(0, count: tagCount)
        stamps += repeatElement(0, count: tagCount)
        return r
    }

    /// The averaged weights by feature key.
    func averaged() -> [UInt64: [Float]] {
        var out: [UInt64: [Float]] = [:]
        out.reserveCapacity(keys.count)
        for (r, key) in keys.enumerated() {
            out[key] = (0..<tagCount).map { tag in
                let k = r * tagCount + tag
                let total = totals[k] + Double(step - stamps[k]) * Double(weights[k])
                return Float(total / Double(max(1, step)))
            }
        }
        return out
    }

    var featureCount: Int { keys.count }
}

/// SplitMix64: a small seeded generator, so training is the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
