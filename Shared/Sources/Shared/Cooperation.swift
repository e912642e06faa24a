import Foundation

/// The lifecycle of a cooperation agreement between the authority and an SME.
///
///     draft ──> active ──> suspended ──> active
///       │         │  └──> expired          │
///       └─> terminated <───────────────────┘ (from active or suspended too)
///
/// `expired` and `terminated` are final. A `time_limited` agreement whose period has ended reads
/// as `expired` even before anyone records it.
public enum AgreementStatus: String, CaseIterable, Sendable {
    case draft, active, suspended, expired, terminated

    public var allowedNext: Set<AgreementStatus> {
        switch self {
        case .draft: [.active, .terminated]
        case .active: [.suspended, .expired, .terminated]
        case .suspended: [.active, .terminated]
        case .expired, .terminated: []
        }
    }

    public func canMove(to next: AgreementStatus) -> Bool { allowedNext.contains(next) }

    /// The status as it holds on `day`: an active or suspended agreement past `validUntil` has expired.
    public func effective(validUntil: Date?, on day: Date) -> AgreementStatus {
        guard self == .active || self == .suspended, let validUntil, day > validUntil else { return self }
        return .expired
    }
}

/// What an agreement covers: an organisation matches when it meets every non-empty list.
public struct AgreementScope: Sendable, Equatable {
    public var sectors: Set<String>
    public var countries: Set<String>
    public var keywords: Set<String>

    public init(sectors: [String], countries: [String], keywords: [String]) {
        self.sectors = Set(sectors)
        self.countries = Set(countries)
        self.keywords = Set(keywords.map { $0.lowercased() })
    }

    /// - Parameters:
    ///   - sectorLineage: the organisation's sectors and every NACE code above them.
    public func covers(sectorLineage: [String], country: String, keywords organisationKeywords: [String]) -> Bool {
        if !sectors.isEmpty, sectors.isDisjoint(with: sectorLineage) { return false }
        if !countries.isEmpty, !countries.contains(country) { return false }
        if !keywords.isEmpty, keywords.isDisjoint(with: organisationKeywords.map { $0.lowercased() }) { return false }
        return true
    }
}

/// Where a follow-up of a shared contact stands; the last two close it.
public enum FollowUpOutcome: String, CaseIterable, Sendable {
    case noResponse = "no_response", contacted, meetingHeld = "meeting_held", negotiating
    case partnershipEstablished = "partnership_established", declined

    public var isFinal: Bool { self == .partnershipEstablished || self == .declined }
}
