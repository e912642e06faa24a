/// Whether the owning authority's record of access covers the contact person for the caller.
///
/// For the owner's SMEs it is an access grant: the authority's record that a given SME may
/// contact a given person under a cooperation agreement. For a neighbouring authority it is a
/// sharing agreement that covers the person's organisation (by sector or by name). Both are
/// time-bound or revocable, which is why "covering but not active" is a state of its own.
public enum GrantCoverage: Sendable, Hashable {
    /// No grant (or sharing agreement) covers this person for the caller.
    case none
    /// A grant or sharing agreement covers this person, and is (or is no longer / not yet) in
    /// force at the time of the request.
    case covering(active: Bool)
}

/// Which authority the caller acts for, seen from the authority that holds the contact person.
///
/// Raw values are stable for tests and logs.
public enum ActingAuthority: String, CaseIterable, Sendable, Hashable {
    /// The authority that holds the person, the controller (Art. 4(7)): its staff, and the SMEs,
    /// brokers and services acting within its tenant.
    case owner
    /// A neighbouring authority reading the owner's partner database under an inter-authority
    /// sharing agreement: another controller, so a recipient and a third party (Art. 4(9), 4(10)).
    /// Its `grant` is the sharing agreement that covers the person's organisation.
    case neighbour
}

/// Everything the disclosure rules need to know about one request.
public struct DisclosureContext: Sendable, Hashable {
    /// All roles of the caller; a field is revealed if any role permits it.
    public var roles: Set<Role>
    /// The purpose the caller declares for this access.
    public var purpose: ProcessingPurpose
    /// The person's consent state for `purpose`.
    public var consent: ConsentState
    /// The caller's grant for this person; for a neighbour, the sharing agreement.
    public var grant: GrantCoverage
    /// Whether the caller acts for the owning authority or for a neighbour; the roles are the
    /// roles the caller holds in the authority it acts for.
    public var actingFor: ActingAuthority

    /// - Parameter actingFor: `.owner` unless the caller reads another authority's person
    ///   through a sharing agreement, so every caller within the tenant keeps the owner's rules.
    public init(
        roles: Set<Role>, purpose: ProcessingPurpose, consent: ConsentState, grant: GrantCoverage, actingFor: ActingAuthority = .owner
    ) {
        self.roles = roles
        self.purpose = purpose
        self.consent = consent
        self.grant = grant
        self.actingFor = actingFor
    }
}

/// Why a personal field is withheld. Raw values are stable for API errors
/// and audit logs.
public enum RedactionReason: String, CaseIterable, Sendable, Codable {
    /// None of the caller's roles may ever see contact persons' personal data.
    case roleNotPermitted = "role_not_permitted"
    /// The caller's roles may see personal data, but not for this purpose
    /// (purpose limitation, Art. 5(1)(b)).
    case purposeNotPermitted = "purpose_not_permitted"
    /// The field is not necessary for this purpose (data minimisation,
    /// Art. 5(1)(c)); e.g. the authority's internal notes are never shared.
    case fieldNotNecessary = "field_not_necessary"
    /// Consent is required and has never been recorded.
    case noConsent = "no_consent"
    /// Consent is required and has been withdrawn (Art. 7(3)).
    case consentWithdrawn = "consent_withdrawn"
    /// An access grant (for a neighbouring authority: a sharing agreement covering the person's
    /// organisation) is required and the caller holds none.
    case noGrant = "no_grant"
    /// An access grant or sharing agreement is required and the caller's one is not in force now
    /// (expired, revoked, not yet valid).
    case grantNotActive = "grant_not_active"

    /// How far the request got through the checks (role, purpose, field,
    /// consent, grant). When several roles all refuse, the reason of the role
    /// that got furthest is reported, as it is the most actionable one.
    var stage: Int {
        switch self {
        case .roleNotPermitted: 0
        case .purposeNotPermitted: 1
        case .fieldNotNecessary: 2
        case .noConsent, .consentWithdrawn: 3
        case .noGrant, .grantNotActive: 4
        }
    }
}

/// The outcome of the disclosure rules for one field.
public enum Disclosure: Sendable, Hashable {
    case reveal
    case redact(reason: RedactionReason)

    /// Whether the field may be shown.
    public var isRevealed: Bool {
        self == .reveal
    }
}

/// What one role needs before it may see personal fields for one purpose.
struct AccessRule: Sendable {
    /// The fields this role may see for the purpose.
    let fields: Set<PersonalField>
    /// Whether the person's consent for the purpose must be `.given`.
    let needsConsent: Bool
    /// Whether the caller must hold an active grant covering the person (for a neighbour: a
    /// sharing agreement in force covering the person's organisation).
    let needsActiveGrant: Bool

    /// Every personal field.
    static let allFields = Set(PersonalField.allCases)
    /// The fields needed to get in touch with someone: everything except the
    /// authority's internal notes.
    static let contactFields = allFields.subtracting([.notes])
}

/// The disclosure rules, one entry per authority the caller acts for, role and purpose; `nil`
/// means the role never sees personal fields for the purpose.
///
/// | acting for | role                                  | purpose                                              | fields      | consent | grant              |
/// |------------|---------------------------------------|------------------------------------------------------|-------------|---------|--------------------|
/// | owner      | authority_admin, partnership_officer  | directory_management, follow_up, data_subject_rights | all         | –       | –                  |
/// | owner      | authority_admin, partnership_officer  | partner_matching                                     | all         | given   | –                  |
/// | owner      | sme                                   | partner_matching                                     | all − notes | given   | active             |
/// | owner      | broker                                | event_organisation, follow_up                        | all − notes | given   | –                  |
/// | owner      | service, data_protection_officer      | data_subject_rights                                  | all         | –       | –                  |
/// | owner      | partner_city, feed_consumer, jury_member, resident | –                                       | –           | –       | –                  |
/// | neighbour  | authority_admin, partnership_officer  | partner_matching                                     | all − notes | given   | agreement in force |
/// | neighbour  | every other role                      | –                                                    | –           | –       | –                  |
///
/// Reasoning:
/// - The authority is the controller (Art. 4(7)). Its own processing rests on
///   its public task (Art. 6(1)(e)) or legal obligation (Art. 6(1)(c)), so its
///   staff needs no consent there; acting for partner matching it follows
///   the consent that purpose rests on.
/// - An SME is a third-party recipient. It sees a person only when the person
///   agreed to be matched (Art. 6(1)(a)) *and* the authority granted that
///   SME access under a cooperation agreement, and never the authority's notes.
/// - A broker is an outside intermediary: the authority's public task or
///   contract basis does not extend to it, so disclosure needs consent.
/// - Calls between services only run data subject requests (export and
///   erasure, Art. 15, 17, 20), which must cover all data.
/// - Other roles (partner cities, feed consumers, jurors, residents) have no
///   need for contact persons' personal data at all.
/// - A neighbouring authority is another controller: the owner's public task
///   does not extend to it, so, like an SME, it sees a person only for partner
///   matching, with the person's consent, while a sharing agreement in force
///   covers the person's organisation, and never the owner's notes. Only the
///   staff who run a partner database (authority_admin, partnership_officer)
///   read it; the neighbour's SMEs, brokers, services and data protection
///   officer have no part in the agreement.
func accessRule(for role: Role, purpose: ProcessingPurpose, actingFor: ActingAuthority) -> AccessRule? {
    switch (actingFor, role, purpose) {
    case (.owner, .authorityAdmin, .directoryManagement), (.owner, .authorityAdmin, .followUp), (.owner, .authorityAdmin, .dataSubjectRights),
        (.owner, .partnershipOfficer, .directoryManagement), (.owner, .partnershipOfficer, .followUp),
        (.owner, .partnershipOfficer, .dataSubjectRights), (.owner, .dataProtectionOfficer, .dataSubjectRights):
        AccessRule(fields: AccessRule.allFields, needsConsent: false, needsActiveGrant: false)
    case (.owner, .authorityAdmin, .partnerMatching), (.owner, .partnershipOfficer, .partnerMatching):
        AccessRule(fields: AccessRule.allFields, needsConsent: true, needsActiveGrant: false)
    case (.owner, .sme, .partnerMatching):
        AccessRule(fields: AccessRule.contactFields, needsConsent: true, needsActiveGrant: true)
    case (.owner, .broker, .eventOrganisation), (.owner, .broker, .followUp):
        AccessRule(fields: AccessRule.contactFields, needsConsent: true, needsActiveGrant: false)
    case (.owner, .service, .dataSubjectRights):
        AccessRule(fields: AccessRule.allFields, needsConsent: false, needsActiveGrant: false)
    case (.neighbour, .authorityAdmin, .partnerMatching), (.neighbour, .partnershipOfficer, .partnerMatching):
        AccessRule(fields: AccessRule.contactFields, needsConsent: true, needsActiveGrant: true)
    default:
        nil
    }
}

/// Applies the rule of a single role.
private func disclosure(of field: PersonalField, for role: Role, in context: DisclosureContext) -> Disclosure {
    guard let rule = accessRule(for: role, purpose: context.purpose, actingFor: context.actingFor) else {
        let hasAnyAccess = ProcessingPurpose.allCases.contains { accessRule(for: role, purpose: $0, actingFor: context.actingFor) != nil }
        return .redact(reason: hasAnyAccess ? .purposeNotPermitted : .roleNotPermitted)
    }
    guard rule.fields.contains(field) else {
        return .redact(reason: .fieldNotNecessary)
    }
    if rule.needsConsent {
        switch context.consent {
        case .given: break
        case .withdrawn: return .redact(reason: .consentWithdrawn)
        case .none: return .redact(reason: .noConsent)
        }
    }
    if rule.needsActiveGrant {
        switch context.grant {
        case .covering(active: true): break
        case .covering(active: false): return .redact(reason: .grantNotActive)
        case .none: return .redact(reason: .noGrant)
        }
    }
    return .reveal
}

/// Whether `field` of a contact person may be shown in `context`.
///
/// The field is revealed if at least one of the caller's roles permits it
/// (see the table on the rules above). Otherwise the reason of the role that
/// passed the most checks is returned; a caller without roles gets
/// ``RedactionReason/roleNotPermitted``.
public func disclosure(of field: PersonalField, in context: DisclosureContext) -> Disclosure {
    var best: RedactionReason = .roleNotPermitted
    for role in context.roles {
        switch disclosure(of: field, for: role, in: context) {
        case .reveal:
            return .reveal
        case .redact(let reason):
            if reason.stage > best.stage { best = reason }
        }
    }
    return .redact(reason: best)
}

/// The personal fields that may be shown in `context`.
public func visibleFields(in context: DisclosureContext) -> Set<PersonalField> {
    Set(PersonalField.allCases.filter { disclosure(of: $0, in: context).isRevealed })
}

/// The disclosure decision for every personal field, for serialisers that
/// redact a contact person field by field.
public func redactionPlan(in context: DisclosureContext) -> [PersonalField: Disclosure] {
    Dictionary(uniqueKeysWithValues: PersonalField.allCases.map { ($0, disclosure(of: $0, in: context)) })
}
