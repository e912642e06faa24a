import Foundation

/// Categories of stored data that have their own retention period
/// (storage limitation, Art. 5(1)(e)).
public enum DataCategory: String, CaseIterable, Sendable, Codable {
    case contactPerson = "contact_person"
    case consentRecord = "consent_record"
    case accessAudit = "access_audit"
    case followUpDialogue = "follow_up_dialogue"
    case meetingRegistration = "meeting_registration"
    case innovationContribution = "innovation_contribution"
    case dataSubjectRequest = "data_subject_request"
}

/// Rejected retention configuration.
public enum RetentionPolicyError: Error, Equatable, Sendable {
    /// A retention period must not be negative.
    case negativePeriod(category: DataCategory, days: Int)
}

/// How many days each category of data is kept after its reference event
/// (the last activity, or the withdrawal or erasure it proves).
///
/// A day is exactly 86,400 seconds, so decisions do not depend on time zones
/// or daylight saving time.
public struct RetentionPolicy: Sendable, Hashable {
    /// The periods of ``default``:
    /// - contact_person 730: two years without valid consent and no activity;
    /// - consent_record 1825: proof of consent (Art. 7(1)) is kept five years
    ///   after withdrawal or erasure, the limitation period for claims;
    /// - access_audit 1825: accountability (Art. 5(2)) for the same period;
    /// - follow_up_dialogue 1095, meeting_registration 730,
    ///   innovation_contribution 1095, data_subject_request 1825.
    public static let defaultDays: [DataCategory: Int] = [
        .contactPerson: 730,
        .consentRecord: 1825,
        .accessAudit: 1825,
        .followUpDialogue: 1095,
        .meetingRegistration: 730,
        .innovationContribution: 1095,
        .dataSubjectRequest: 1825,
    ]

    /// The policy with the default periods.
    public static let `default` = RetentionPolicy(validated: defaultDays)

    private let days: [DataCategory: Int]

    private init(validated days: [DataCategory: Int]) {
        self.days = days
    }

    /// A policy with the default periods, replaced where `overrides` says so.
    /// - Throws: ``RetentionPolicyError/negativePeriod(category:days:)``.
    public init(overrides: [DataCategory: Int] = [:]) throws(RetentionPolicyError) {
        // Iterate in declaration order so the reported category is deterministic.
        for category in DataCategory.allCases {
            if let value = overrides[category], value < 0 {
                throw .negativePeriod(category: category, days: value)
            }
        }
        self.days = Self.defaultDays.merging(overrides) { _, override in override }
    }

    /// The retention period of `category` in days.
    public func retentionDays(for category: DataCategory) -> Int {
        days[category] ?? Self.defaultDays[category] ?? 0
    }

    /// The retention period of `category` in seconds.
    public func retentionInterval(for category: DataCategory) -> TimeInterval {
        TimeInterval(retentionDays(for: category)) * 86_400
    }
}

/// What the purge run needs to know about one contact person.
public struct PersonRetentionFacts: Sendable, Hashable {
    /// The person's full consent ledger, all purposes.
    public var consents: [ConsentEvent]
    /// The last time the person's data was used (shared, followed up, edited).
    public var lastActivityAt: Date?
    public var createdAt: Date
    /// The record has already been anonymised; nothing is left to purge.
    public var alreadyAnonymised: Bool
    /// An SME currently holds a valid access grant for the person.
    public var hasActiveGrant: Bool
    /// Erasure is suspended, e.g. for a pending complaint or litigation
    /// (Art. 17(3)(e)).
    public var legalHold: Bool

    public init(
        consents: [ConsentEvent] = [],
        lastActivityAt: Date? = nil,
        createdAt: Date,
        alreadyAnonymised: Bool = false,
        hasActiveGrant: Bool = false,
        legalHold: Bool = false
    ) {
        self.consents = consents
        self.lastActivityAt = lastActivityAt
        self.createdAt = createdAt
        self.alreadyAnonymised = alreadyAnonymised
        self.hasActiveGrant = hasActiveGrant
        self.legalHold = legalHold
    }
}

/// Why a person's data is kept. Checked in declaration order; the first
/// that applies is reported.
public enum KeepReason: String, CaseIterable, Sendable, Codable {
    /// Nothing personal is left.
    case alreadyAnonymised = "already_anonymised"
    /// Erasure is suspended by a legal hold (Art. 17(3)(e)).
    case legalHold = "legal_hold"
    /// An SME is currently entitled to contact the person.
    case activeGrant = "active_grant"
    /// The person currently consents to at least one purpose.
    case consentGiven = "consent_given"
    /// The contact-person retention period has not elapsed yet.
    case withinRetentionPeriod = "within_retention_period"
}

/// Why a person's data is anonymised.
public enum AnonymiseReason: String, CaseIterable, Sendable, Codable {
    /// No consent, grant or hold, and no activity for the whole retention
    /// period.
    case retentionPeriodElapsed = "retention_period_elapsed"
}

/// The purge decision for one person. Encodes as
/// `{"decision": "keep" | "anonymise", "reason": "<reason>"}` for purge logs.
public enum RetentionDecision: Sendable, Hashable, Codable {
    case keep(KeepReason)
    case anonymise(AnonymiseReason)

    private enum CodingKeys: String, CodingKey {
        case decision
        case reason
    }

    private enum Kind: String, Codable {
        case keep
        case anonymise
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .decision) {
        case .keep: self = .keep(try container.decode(KeepReason.self, forKey: .reason))
        case .anonymise: self = .anonymise(try container.decode(AnonymiseReason.self, forKey: .reason))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .keep(let reason):
            try container.encode(Kind.keep, forKey: .decision)
            try container.encode(reason, forKey: .reason)
        case .anonymise(let reason):
            try container.encode(Kind.anonymise, forKey: .decision)
            try container.encode(reason, forKey: .reason)
        }
    }
}

/// The moment the contact-person retention period runs from: the latest of
/// creation, last activity and the latest consent event at or before `now`
/// (events after `now` are ignored, as in ``consentState(for:history:at:)``).
public func retentionReferenceDate(for person: PersonRetentionFacts, now: Date) -> Date {
    var reference = person.createdAt
    if let activity = person.lastActivityAt, activity > reference {
        reference = activity
    }
    for event in person.consents where event.at <= now && event.at > reference {
        reference = event.at
    }
    return reference
}

/// Decides whether a contact person must be anonymised now.
///
/// Anonymisation (which takes the data out of the GDPR's scope, Recital 26)
/// implements erasure once the data is no longer necessary (Art. 5(1)(e),
/// Art. 17(1)(a)) or consent is withdrawn (Art. 17(1)(b)). It happens iff the
/// record is not anonymised yet, is under no legal hold, no SME holds an
/// active grant, no purpose has consent given at `now`, and the contact-person
/// period has fully elapsed since ``retentionReferenceDate(for:now:)``:
/// exactly at the end of the period the person is anonymised.
public func retentionDecision(for person: PersonRetentionFacts, policy: RetentionPolicy, now: Date) -> RetentionDecision {
    if person.alreadyAnonymised { return .keep(.alreadyAnonymised) }
    if person.legalHold { return .keep(.legalHold) }
    if person.hasActiveGrant { return .keep(.activeGrant) }
    let consentsSomewhere = ProcessingPurpose.allCases.contains {
        consentState(for: $0, history: person.consents, at: now) == .given
    }
    if consentsSomewhere { return .keep(.consentGiven) }
    let deadline = retentionReferenceDate(for: person, now: now)
        .addingTimeInterval(policy.retentionInterval(for: .contactPerson))
    return now < deadline ? .keep(.withinRetentionPeriod) : .anonymise(.retentionPeriodElapsed)
}
