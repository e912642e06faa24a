/// How long one category of data processed by an activity is kept.
public struct RetentionRule: Sendable, Codable, Hashable {
    public var category: DataCategory
    public var days: Int

    public init(category: DataCategory, days: Int) {
        self.category = category
        self.days = days
    }

    enum CodingKeys: String, CodingKey {
        case category
        case days
    }
}

/// One entry of the record of processing activities (GDPR Art. 30(1)).
public struct ProcessingActivity: Sendable, Codable, Equatable {
    /// Human-readable name of the activity.
    public var name: String
    /// Art. 30(1)(b): the purpose of the processing.
    public var purpose: ProcessingPurpose
    /// The Art. 6(1) basis the purpose rests on.
    public var lawfulBasis: LawfulBasis
    /// The provision of ``lawfulBasis``, e.g. "Art. 6(1)(e)".
    public var lawfulBasisArticle: String
    /// Art. 30(1)(c): categories of data subjects.
    public var dataSubjects: [String]
    /// Art. 30(1)(c): the contact-person fields any recipient may see for
    /// the purpose. Other categories of data appear in ``retention``.
    public var personalData: [PersonalField]
    /// Art. 30(1)(d): the roles of the owning authority's tenant to which contact-person data is
    /// disclosed, and ``neighbouringAuthorityRecipient`` where a neighbour reads it.
    public var recipients: [String]
    /// Art. 30(1)(f): the categories of data kept for the purpose and their
    /// retention period in days.
    public var retention: [RetentionRule]
    /// Art. 30(1)(e): transfers to third countries.
    public var transfersOutsideEU: String
    /// Art. 30(1)(g): technical and organisational security measures (Art. 32).
    public var securityMeasures: [String]
    /// Art. 30(1)(a): the controller and the role of the other parties.
    public var controllerNote: String

    public init(
        name: String,
        purpose: ProcessingPurpose,
        lawfulBasis: LawfulBasis,
        lawfulBasisArticle: String,
        dataSubjects: [String],
        personalData: [PersonalField],
        recipients: [String],
        retention: [RetentionRule],
        transfersOutsideEU: String,
        securityMeasures: [String],
        controllerNote: String
    ) {
        self.name = name
        self.purpose = purpose
        self.lawfulBasis = lawfulBasis
        self.lawfulBasisArticle = lawfulBasisArticle
        self.dataSubjects = dataSubjects
        self.personalData = personalData
        self.recipients = recipients
        self.retention = retention
        self.transfersOutsideEU = transfersOutsideEU
        self.securityMeasures = securityMeasures
        self.controllerNote = controllerNote
    }

    enum CodingKeys: String, CodingKey {
        case name
        case purpose
        case lawfulBasis = "lawful_basis"
        case lawfulBasisArticle = "lawful_basis_article"
        case dataSubjects = "data_subjects"
        case personalData = "personal_data"
        case recipients
        case retention
        case transfersOutsideEU = "transfers_outside_eu"
        case securityMeasures = "security_measures"
        case controllerNote = "controller_note"
    }
}

/// The categories of stored data each purpose produces or relies on.
/// Purposes on which consent has an effect also keep consent records.
func dataCategories(for purpose: ProcessingPurpose) -> [DataCategory] {
    let own: [DataCategory] =
        switch purpose {
        case .partnerMatching: [.contactPerson, .accessAudit]
        case .directoryManagement: [.contactPerson, .accessAudit]
        case .followUp: [.followUpDialogue, .accessAudit]
        case .eventOrganisation: [.meetingRegistration]
        case .innovationParticipation: [.innovationContribution]
        case .statistics: []
        case .dataSubjectRights: [.dataSubjectRequest, .accessAudit]
        }
    let withConsent = consentApplies(to: purpose) ? own + [.consentRecord] : own
    return DataCategory.allCases.filter(withConsent.contains)
}

private func activityName(for purpose: ProcessingPurpose) -> String {
    switch purpose {
    case .partnerMatching: "Sharing partner contact persons with SMEs"
    case .directoryManagement: "Management of the partner directory"
    case .followUp: "Follow-up of shared contacts"
    case .eventOrganisation: "Organisation of business meetings, study visits and network meetings"
    case .innovationParticipation: "Participation in ideas, votes, challenges, proposals and juries"
    case .statistics: "Anonymous indicators"
    case .dataSubjectRights: "Handling of data subject requests"
    }
}

private func dataSubjects(for purpose: ProcessingPurpose) -> [String] {
    let contactPersons = "contact persons of partner organisations"
    switch purpose {
    case .partnerMatching, .directoryManagement:
        return [contactPersons]
    case .followUp:
        return [contactPersons, "SME representatives"]
    case .eventOrganisation:
        return ["event participants", contactPersons]
    case .innovationParticipation:
        return ["residents", "SME representatives", "jury members"]
    case .statistics, .dataSubjectRights:
        return [contactPersons, "SME representatives", "residents"]
    }
}

private func securityMeasures(for purpose: ProcessingPurpose) -> [String] {
    var measures = ["role-based access control", "field-level redaction of personal data", "access audit log"]
    if Role.allCases.contains(where: { accessRule(for: $0, purpose: purpose, actingFor: .owner)?.needsActiveGrant == true }) {
        measures.append("time-limited access grants per SME")
    }
    if Role.allCases.contains(where: { accessRule(for: $0, purpose: purpose, actingFor: .neighbour)?.needsActiveGrant == true }) {
        measures.append("revocable sharing agreements with neighbouring authorities")
    }
    if consentApplies(to: purpose) {
        measures.append("append-only consent ledger")
    }
    if purpose == .statistics {
        measures.append("aggregation before storage")
    } else {
        measures.append("automated anonymisation at the end of the retention period")
    }
    return measures
}

private func controllerNote(for purpose: ProcessingPurpose) -> String {
    let controller = "The local public authority operating the CivicLink tenant is the controller (Art. 4(7))."
    switch purpose {
    case .partnerMatching:
        return controller + " SMEs receiving a contact become controllers of the data they receive;"
            + " so do neighbouring authorities reading contacts under a sharing agreement."
    case .eventOrganisation, .followUp:
        return controller + " Brokers receive contact data only with the person's consent."
    case .statistics:
        return controller + " Only anonymous aggregates are kept; they are not personal data (Recital 26)."
    case .directoryManagement, .innovationParticipation, .dataSubjectRights:
        return controller
    }
}

/// The recipient category of neighbouring authorities in ``ProcessingActivity/recipients``: one
/// category (Art. 30(1)(d)), whichever of their staff's roles reads.
public let neighbouringAuthorityRecipient = "neighbouring_authority"

/// The record of processing activities (Art. 30), one per purpose, in the
/// order of ``ProcessingPurpose/allCases``.
///
/// Lawful basis, personal fields, recipients and retention periods are
/// derived from ``lawfulBasis(for:)``, the disclosure rules and `policy`, so
/// the register cannot disagree with what the system enforces.
public func recordsOfProcessing(policy: RetentionPolicy) -> [ProcessingActivity] {
    ProcessingPurpose.allCases.map { purpose in
        let basis = lawfulBasis(for: purpose)
        let rules = Role.allCases.compactMap { role in accessRule(for: role, purpose: purpose, actingFor: .owner).map { (role, $0) } }
        let neighbourRules = Role.allCases.compactMap { accessRule(for: $0, purpose: purpose, actingFor: .neighbour) }
        let disclosed = (rules.map(\.1) + neighbourRules).reduce(into: Set<PersonalField>()) { $0.formUnion($1.fields) }
        return ProcessingActivity(
            name: activityName(for: purpose),
            purpose: purpose,
            lawfulBasis: basis,
            lawfulBasisArticle: basis.article,
            dataSubjects: dataSubjects(for: purpose),
            personalData: PersonalField.allCases.filter(disclosed.contains),
            recipients: rules.map(\.0.rawValue) + (neighbourRules.isEmpty ? [] : [neighbouringAuthorityRecipient]),
            retention: dataCategories(for: purpose).map {
                RetentionRule(category: $0, days: policy.retentionDays(for: $0))
            },
            transfersOutsideEU: "none",
            securityMeasures: securityMeasures(for: purpose),
            controllerNote: controllerNote(for: purpose)
        )
    }
}
