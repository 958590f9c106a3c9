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

    public static func < (a: Category, b: Category) -> Bool { a.ordinal < b.ordinal }

    /// The index of the category in ``allCases`` (`paymentDemand` is 0), without searching it:
    /// the conversation tracker keeps categories as bits and orders them per message.
    @inlinable public var ordinal: Int {
        switch self {
        case .paymentDemand: 0
        case .publishThreat: 1
        case .friendsListing: 2
        case .deadline: 3
        case .recordingClaim: 4
        case .platformMove: 5
        case .imageRequest: 6
        case .grooming: 7
        case .intimidation: 8
        }
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

    public static func < (a: Level, b: Level) -> Bool { a.ordinal < b.ordinal }

    /// The index of the level in ``allCases`` (`none` is 0).
    @inlinable public var ordinal: Int {
        switch self {
        case .none: 0
        case .low: 1
        case .medium: 2
        case .high: 3
        case .critical: 4
        }
    }
}
