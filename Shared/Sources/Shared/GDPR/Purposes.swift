/// Why CivicLink processes personal data.
///
/// Every processing operation must be tied to one explicit purpose
/// (GDPR Art. 5(1)(b), purpose limitation). The raw values are the wire and
/// storage representation and must never change.
public enum ProcessingPurpose: String, CaseIterable, Sendable, Codable {
    /// Sharing a partner's contact person with an SME under a cooperation agreement.
    case partnerMatching = "partner_matching"
    /// The authority keeping its own partner database up to date.
    case directoryManagement = "directory_management"
    /// Follow-up of a contact that has been shared.
    case followUp = "follow_up"
    /// Business meetings, study visits and network meetings.
    case eventOrganisation = "event_organisation"
    /// Ideas, votes, challenges, proposals and juries.
    case innovationParticipation = "innovation_participation"
    /// Anonymous indicators. Only aggregates leave this purpose (Recital 26).
    case statistics
    /// Handling access, portability and erasure requests (Art. 15–22).
    case dataSubjectRights = "data_subject_rights"
}

/// The lawful bases of GDPR Art. 6(1) that CivicLink relies on.
///
/// Art. 6(1)(d) (vital interests) and 6(1)(f) (legitimate interests) are
/// deliberately absent: public authorities may not rely on legitimate
/// interests for the performance of their tasks (Art. 6(1), last sentence).
public enum LawfulBasis: String, CaseIterable, Sendable, Codable {
    /// Art. 6(1)(a): the data subject has given consent.
    case consent
    /// Art. 6(1)(b): necessary for a contract the data subject is party to
    /// (e.g. a registration for a meeting).
    case contract
    /// Art. 6(1)(c): necessary to comply with a legal obligation.
    case legalObligation = "legal_obligation"
    /// Art. 6(1)(e): necessary for a task carried out in the public interest.
    case publicTask = "public_task"

    /// The GDPR provision this basis refers to, for registers and notices.
    public var article: String {
        switch self {
        case .consent: "Art. 6(1)(a)"
        case .contract: "Art. 6(1)(b)"
        case .legalObligation: "Art. 6(1)(c)"
        case .publicTask: "Art. 6(1)(e)"
        }
    }
}

/// The lawful basis (Art. 6(1)) on which the given purpose rests.
///
/// - Sharing a contact person with a third party (an SME) is not necessary
///   for the authority's task, so it requires the person's consent.
/// - Keeping the partner directory, following up shared contacts and
///   producing statistics are part of the authority's public task.
/// - Meeting registrations are performed as a contract with the participant.
/// - Taking part in innovation programmes is voluntary, hence consent.
/// - Answering data subject requests is a legal obligation (Art. 12, 15–22).
public func lawfulBasis(for purpose: ProcessingPurpose) -> LawfulBasis {
    switch purpose {
    case .partnerMatching: .consent
    case .directoryManagement: .publicTask
    case .followUp: .publicTask
    case .eventOrganisation: .contract
    case .innovationParticipation: .consent
    case .statistics: .publicTask
    case .dataSubjectRights: .legalObligation
    }
}

/// Whether the purpose itself rests on consent (Art. 6(1)(a)).
///
/// A purpose on another basis may still require consent before personal data
/// is *disclosed* to an outside recipient (see ``disclosure(of:in:)``); use
/// ``consentApplies(to:)`` to know whether recording consent makes sense.
public func requiresConsent(_ purpose: ProcessingPurpose) -> Bool {
    lawfulBasis(for: purpose) == .consent
}

/// Whether a consent for this purpose has any effect on processing.
///
/// True when the purpose rests on consent, or when a disclosure rule for the
/// purpose depends on consent. Recording consent for any other purpose would
/// mislead the person into thinking a withdrawal stops the processing, which
/// Art. 7(3) and the transparency principle (Art. 5(1)(a)) forbid.
public func consentApplies(to purpose: ProcessingPurpose) -> Bool {
    requiresConsent(purpose)
        || ActingAuthority.allCases.contains { authority in
            Role.allCases.contains { accessRule(for: $0, purpose: purpose, actingFor: authority)?.needsConsent == true }
        }
}
