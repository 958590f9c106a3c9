/// The tactic categories a rule belongs to; verdicts report these names.
///
/// ```swift
/// Category(rawValue: "payment_demand")   // .paymentDemand
/// Category.paymentDemand.rawValue         // "payment_demand"
/// ```
public enum Category: String, Sendable, CaseIterable, Comparable, Hashable {
    case paymentDemand = "payment_demand"
    case publishThreat = "publish_threat"
    case friendsListing = "friends_listing"
    case deadline = "deadline"
    case recordingClaim = "recording_claim"
    case platformMove = "platform_move"
    case imageRequest = "image_request"
    case grooming = "grooming"
    case intimidation = "intimidation"

    public static func < (a: Category, b: Category) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// `payment_demand, publish_threat, …`, for hints.
    public static var namesList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// How serious a verdict is. Thresholds on the score live in `scoring.rules`.
///
/// ```swift
/// Level(rawValue: "high")! >= .medium   // true
/// ```
public enum Level: String, Sendable, CaseIterable, Comparable, Hashable {
    case none, low, medium, high, critical

    public static func < (a: Level, b: Level) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
