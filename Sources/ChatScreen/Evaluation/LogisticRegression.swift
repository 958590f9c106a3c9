#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// L2-regularised logistic regression on binary rule-hit features, fitted by Newton's method.
///
/// ```swift
/// var table = RuleHitTable(ruleCount: 2)
/// table.add(rules: [0], positive: true, count: 80)
/// table.add(rules: [], positive: true, count: 20)
/// table.add(rules: [0], positive: false, count: 5)
/// table.add(rules: [], positive: false, count: 95)
/// let model = LogisticRegression(l2: 1).fit(table)
/// model.intercept         // ≈ −1.36: with no hits, the odds of extortion are about 1 to 4
/// model.coefficients[0]   // ≈ 3.55: rule 0 multiplies those odds by e^3.55 (ln 76 = 4.33 without
///                         //   the penalty; the prior shrinks a rule seen on 85 messages)
/// model.coefficients[1]   // 0: rule 1 never fired
/// ```
///
/// The model is `P(positive | x) = σ(b + Σ βⱼ xⱼ)` with `xⱼ = 1` when rule j fired. It minimises
///
///     Σᵢ cᵢ · logloss(yᵢ, P(xᵢ)) + (l2 / 2) · Σⱼ βⱼ²
///
/// where `cᵢ = 1` for a positive and `negativeCost` for a negative message. The penalty acts
/// like a Gaussian prior with variance `1 / l2` on each coefficient (the intercept `b` is not
/// penalised): a rule seen on few messages is pulled towards 0, a rule seen on many is not.
/// `negativeCost > 1` makes a false positive cost more than a missed positive, which lowers `b`.
///
/// The objective is strictly convex for `l2 > 0`, so it has one minimum; Newton's method with a
/// backtracking line search reaches it in a few iterations from the same start every time, so the
/// fit is deterministic (no random initialisation, no sampling). Each iteration is
/// O(Σ over patterns of (rules fired + 1)²) to build the Hessian plus O(rules³) to solve it.
public struct LogisticRegression: Sendable {
    /// The L2 penalty strength (> 0).
    public var l2: Double
    /// The weight of each negative example's loss (the `--fp-cost` knob), > 0.
    public var negativeCost: Double
    public var maxIterations = 100

    public init(l2: Double = 1, negativeCost: Double = 1) {
        precondition(l2 > 0 && l2.isFinite, "l2 must be a positive number")
        precondition(negativeCost > 0 && negativeCost.isFinite, "negativeCost must be a positive number")
        self.l2 = l2
        self.negativeCost = negativeCost
    }

    /// A fitted model.
    public struct Model: Sendable, Equatable {
        /// `b`: the log-odds of a message that fires no rule.
        public var intercept: Double
        /// `βⱼ` per rule, indexed like the table's rules.
        public var coefficients: [Double]
        public var iterations: Int
        /// Whether the Newton decrement fell below the tolerance before `maxIterations`.
        public var converged: Bool

        /// `P(positive)` for a message that fired `rules`.
        public func probability(rules: [Int32]) -> Double {
            sigmoid(rules.reduce(intercept) { $0 + coefficients[Int($1)] })
        }
    }

    /// Fits the model to a table of rule hits.
    ///
    /// - Precondition: the table has at least one message.
    public func fit(_ table: RuleHitTable) -> Model {
        let n = table.ruleCount, dimension = n + 1   // coefficients, then the intercept at index n
        let total = Double(table.positives + table.negatives)
        precondition(total > 0, "no training messages")
        let scale = 1 / total   // objective per message, for conditioning; the minimum is the same
        var theta = [Double](repeating: 0, count: dimension)
        if table.positives > 0 && table.negatives > 0 {
            theta[n] = log(Double(table.positives) / (negativeCost * Double(table.negatives)))
        }
        let patterns = table.patterns
        var margins = [Double](repeating: 0, count: patterns.count)

        func objective(_ theta: [Double]) -> Double {
            var loss = 0.0
            for (p, pattern) in patterns.enumerated() {
                var z = theta[n]
                for rule in pattern.rules { z += theta[Int(rule)] }
                margins[p] = z
                loss += Double(pattern.positives) * softplus(-z) + negativeCost * Double(pattern.negatives) * softplus(z)
            }
            var penalty = 0.0
            for j in 0..<n { penalty += theta[j] * theta[j] }
            return scale * (loss + 0.5 * l2 * penalty)
        }

        var current = objective(theta)
        var gradient = [Double](repeating: 0, count: dimension)
        var hessian = [Double](repeating: 0, count: dimension * dimension)
        var iterations = 0
        var converged = false
        while iterations < maxIterations {
            iterations += 1
            for k in gradient.indices { gradient[k] = 0 }
            for k in hessian.indices { hessian[k] = 0 }
            for (p, pattern) in patterns.enumerated() {
                let probability = sigmoid(margins[p])
                let positives = Double(pattern.positives), negatives = negativeCost * Double(pattern.negatives)
                let g = scale * (negatives * probability - positives * (1 - probability))
                let h = scale * (positives + negatives) * probability * (1 - probability)
                gradient[n] += g
                hessian[n * dimension + n] += h
                for (a, ruleA) in pattern.rules.enumerated() {
                    let i = Int(ruleA)
                    gradient[i] += g
                    hessian[i * dimension + n] += h
                    hessian[n * dimension + i] += h
                    for ruleB in pattern.rules[a...] {
                        let j = Int(ruleB)
                        hessian[i * dimension + j] += h
                        if i != j { hessian[j * dimension + i] += h }
                    }
                }
            }
            for j in 0..<n {
                gradient[j] += scale * l2 * theta[j]
                hessian[j * dimension + j] += scale * l2
            }
            hessian[n * dimension + n] += 1e-12
            guard let direction = Self.solve(hessian, gradient.map { -$0 }, dimension: dimension) else { break }
            var slope = 0.0   // −(Newton decrement)²
            for k in 0..<dimension { slope += gradient[k] * direction[k] }
            if -slope < 1e-16 {
                converged = true
                break
            }
            var step = 1.0
            var candidate = theta
            var value = current
            while step > 1e-12 {
                for k in 0..<dimension { candidate[k] = theta[k] + step * direction[k] }
                value = objective(candidate)
                if value <= current + 1e-4 * step * slope { break }
                step /= 2
            }
            if step <= 1e-12 {
                _ = objective(theta)   // restore the margins of theta
                converged = true       // no further decrease is representable
                break
            }
            theta = candidate
            current = value
        }
        return Model(intercept: theta[n], coefficients: Array(theta[0..<n]), iterations: iterations, converged: converged)
    }

    /// Solves `A x = b` for a symmetric positive definite `A` (row-major) by Cholesky
    /// decomposition; nil when `A` is not positive definite.
    static func solve(_ a: [Double], _ b: [Double], dimension d: Int) -> [Double]? {
        var l = a
        for j in 0..<d {
            var diagonal = l[j * d + j]
            for k in 0..<j { diagonal -= l[j * d + k] * l[j * d + k] }
            guard diagonal > 0, diagonal.isFinite else { return nil }
            let root = diagonal.squareRoot()
            l[j * d + j] = root
            for i in (j + 1)..<max(j + 1, d) {
                var value = l[i * d + j]
                for k in 0..<j { value -= l[i * d + k] * l[j * d + k] }
                l[i * d + j] = value / root
            }
        }
        var y = b
        for i in 0..<d {
            for k in 0..<i { y[i] -= l[i * d + k] * y[k] }
            y[i] /= l[i * d + i]
        }
        for i in stride(from: d - 1, through: 0, by: -1) {
            for k in (i + 1)..<max(i + 1, d) { y[i] -= l[k * d + i] * y[k] }
            y[i] /= l[i * d + i]
        }
        return y
    }
}

/// `log(1 + e^z)` without overflow.
@inline(__always)
func softplus(_ z: Double) -> Double {
    max(z, 0) + log1p(exp(-abs(z)))
}

/// `1 / (1 + e^−z)` without overflow.
@inline(__always)
func sigmoid(_ z: Double) -> Double {
    z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
}
