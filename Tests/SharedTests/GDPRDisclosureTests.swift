import Shared
import Testing

// MARK: - Independent expectation table

/// What a role needs before it sees personal fields for a purpose, restated
/// from the specification without calling the code under test.
private struct ExpectedRule {
    var fields: Set<PersonalField>
    var consent: Bool
    var grant: Bool
}

private let everyField: Set<PersonalField> = [.givenName, .familyName, .email, .phone, .languages, .notes]
private let contactFields: Set<PersonalField> = [.givenName, .familyName, .email, .phone, .languages]

private let publicTask = ExpectedRule(fields: everyField, consent: false, grant: false)
private let withConsent = ExpectedRule(fields: everyField, consent: true, grant: false)

/// The rules for callers of the owning authority (the controller's own tenant).
private let ownerRules: [Role: [ProcessingPurpose: ExpectedRule]] = [
    .authorityAdmin: [
        .directoryManagement: publicTask,
        .followUp: publicTask,
        .dataSubjectRights: publicTask,
        .partnerMatching: withConsent,
    ],
    .partnershipOfficer: [
        .directoryManagement: publicTask,
        .followUp: publicTask,
        .dataSubjectRights: publicTask,
        .partnerMatching: withConsent,
    ],
    .sme: [
        .partnerMatching: ExpectedRule(fields: contactFields, consent: true, grant: true)
    ],
    .broker: [
        .eventOrganisation: ExpectedRule(fields: contactFields, consent: true, grant: false),
        .followUp: ExpectedRule(fields: contactFields, consent: true, grant: false),
    ],
    .service: [
        .dataSubjectRights: publicTask
    ],
    .dataProtectionOfficer: [
        .dataSubjectRights: publicTask
    ],
    .partnerCity: [:],
    .feedConsumer: [:],
    .juryMember: [:],
    .resident: [:],
]

/// The rules for callers of a neighbouring authority, another controller reading under a
/// sharing agreement: its partner-database staff, for partner matching, with consent, while an
/// agreement in force (the "grant") covers the organisation, never the owner's notes.
private let neighbourOnly = ExpectedRule(fields: contactFields, consent: true, grant: true)
private let neighbourRules: [Role: [ProcessingPurpose: ExpectedRule]] = [
    .authorityAdmin: [.partnerMatching: neighbourOnly],
    .partnershipOfficer: [.partnerMatching: neighbourOnly],
    .sme: [:],
    .broker: [:],
    .service: [:],
    .dataProtectionOfficer: [:],
    .partnerCity: [:],
    .feedConsumer: [:],
    .juryMember: [:],
    .resident: [:],
]

private let expectedRules: [ActingAuthority: [Role: [ProcessingPurpose: ExpectedRule]]] = [
    .owner: ownerRules,
    .neighbour: neighbourRules,
]

private let allGrants: [GrantCoverage] = [.none, .covering(active: false), .covering(active: true)]

private func expectedDisclosure(
    role: Role,
    purpose: ProcessingPurpose,
    consent: ConsentState,
    grant: GrantCoverage,
    actingFor: ActingAuthority,
    field: PersonalField
) -> Disclosure {
    let rules = expectedRules[actingFor]?[role] ?? [:]
    if rules.isEmpty { return .redact(reason: .roleNotPermitted) }
    guard let rule = rules[purpose] else { return .redact(reason: .purposeNotPermitted) }
    guard rule.fields.contains(field) else { return .redact(reason: .fieldNotNecessary) }
    if rule.consent {
        if consent == .withdrawn { return .redact(reason: .consentWithdrawn) }
        if consent == .none { return .redact(reason: .noConsent) }
    }
    if rule.grant {
        if grant == .none { return .redact(reason: .noGrant) }
        if grant == .covering(active: false) { return .redact(reason: .grantNotActive) }
    }
    return .reveal
}

/// How many (consent × grant × field) combinations one role reveals for one purpose, acting for one authority.
private func revealedCount(roles: Set<Role>, purpose: ProcessingPurpose, actingFor: ActingAuthority) -> Int {
    var revealed = 0
    for consent in ConsentState.allCases {
        for grant in allGrants {
            let context = DisclosureContext(roles: roles, purpose: purpose, consent: consent, grant: grant, actingFor: actingFor)
            revealed += PersonalField.allCases.filter { disclosure(of: $0, in: context).isRevealed }.count
        }
    }
    return revealed
}

// MARK: - Tests

@Suite("GDPR disclosure rules")
struct GDPRDisclosureTests {
    @Test func expectationTableCoversEveryRoleAndAuthority() {
        #expect(Set(expectedRules.keys) == Set(ActingAuthority.allCases))
        for rules in expectedRules.values {
            #expect(Set(rules.keys) == Set(Role.allCases))
        }
        #expect(everyField == Set(PersonalField.allCases))
        #expect(ActingAuthority.allCases.map(\.rawValue) == ["owner", "neighbour"])
    }

    /// Every (role × purpose × consent × grant × acting authority × field) combination.
    @Test(arguments: Role.allCases, ProcessingPurpose.allCases)
    func singleRoleMatchesExpectationTable(role: Role, purpose: ProcessingPurpose) {
        for actingFor in ActingAuthority.allCases {
            for consent in ConsentState.allCases {
                for grant in allGrants {
                    let context = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant, actingFor: actingFor)
                    for field in PersonalField.allCases {
                        let expected = expectedDisclosure(
                            role: role, purpose: purpose, consent: consent, grant: grant, actingFor: actingFor, field: field)
                        #expect(
                            disclosure(of: field, in: context) == expected,
                            "\(actingFor) \(role) \(purpose) \(consent) \(grant) \(field)")
                    }
                }
            }
        }
    }

    /// A hand-counted total guards against a table and implementation that
    /// drift together. Acting for the owner: 180 each for the two authority
    /// roles (3 public-task purposes × 54 + partner matching 18), 5 for the
    /// SME, 30 for the broker, 54 for services and 54 for the data protection
    /// officer, 503 in all, as before neighbours existed. Acting for a
    /// neighbour: 5 each for the two authority roles (consent given, agreement
    /// in force, every field but notes), nothing for anyone else.
    @Test func totalNumberOfRevealedCombinations() {
        func total(_ actingFor: ActingAuthority) -> Int {
            Role.allCases.reduce(0) { sum, role in
                sum + ProcessingPurpose.allCases.reduce(0) { $0 + revealedCount(roles: [role], purpose: $1, actingFor: actingFor) }
            }
        }
        #expect(total(.owner) == 503)
        #expect(total(.neighbour) == 10)
    }

    /// Callers within the owning tenant keep their rules: leaving `actingFor` out means the owner,
    /// and every decision equals the explicit `.owner` one.
    @Test(arguments: Role.allCases, ProcessingPurpose.allCases)
    func theOwnersCallersAreUnchangedByDefault(role: Role, purpose: ProcessingPurpose) {
        for consent in ConsentState.allCases {
            for grant in allGrants {
                let implicit = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant)
                #expect(implicit.actingFor == .owner)
                #expect(redactionPlan(in: implicit) == redactionPlan(in: .init(
                    roles: [role], purpose: purpose, consent: consent, grant: grant, actingFor: .owner)))
            }
        }
    }

    @Test func aNeighbourSeesConsentingContactFieldsOnlyUnderAnAgreementInForce() {
        let full = DisclosureContext(
            roles: [.partnershipOfficer], purpose: .partnerMatching, consent: .given, grant: .covering(active: true), actingFor: .neighbour)
        #expect(visibleFields(in: full) == contactFields)
        #expect(disclosure(of: .notes, in: full) == .redact(reason: .fieldNotNecessary))

        var context = full
        context.consent = .withdrawn
        #expect(disclosure(of: .email, in: context) == .redact(reason: .consentWithdrawn))
        context.consent = .none
        #expect(disclosure(of: .email, in: context) == .redact(reason: .noConsent))
        context = full
        context.grant = .covering(active: false)
        #expect(disclosure(of: .email, in: context) == .redact(reason: .grantNotActive), "a revoked agreement")
        context.grant = .none
        #expect(disclosure(of: .email, in: context) == .redact(reason: .noGrant), "no agreement covers the organisation")
        for purpose in ProcessingPurpose.allCases where purpose != .partnerMatching {
            context = full
            context.purpose = purpose
            #expect(visibleFields(in: context).isEmpty, "\(purpose)")
            #expect(disclosure(of: .email, in: context) == .redact(reason: .purposeNotPermitted), "\(purpose)")
        }
        // The owner's staff need no agreement and see the notes; the neighbour's do not, even as admins.
        var admin = full
        admin.roles = [.authorityAdmin]
        #expect(visibleFields(in: admin) == contactFields)
        admin.actingFor = .owner
        admin.grant = .none
        #expect(visibleFields(in: admin) == everyField)
    }

    /// Nobody else of a neighbouring authority sees anything, whatever the purpose, consent or agreement.
    @Test(arguments: [Role.sme, .broker, .service, .dataProtectionOfficer, .partnerCity, .feedConsumer, .juryMember, .resident])
    func otherRolesOfANeighbourSeeNothing(role: Role) {
        for purpose in ProcessingPurpose.allCases {
            #expect(revealedCount(roles: [role], purpose: purpose, actingFor: .neighbour) == 0, "\(role) \(purpose)")
            let context = DisclosureContext(
                roles: [role], purpose: purpose, consent: .given, grant: .covering(active: true), actingFor: .neighbour)
            #expect(disclosure(of: .givenName, in: context) == .redact(reason: .roleNotPermitted), "\(role) \(purpose)")
        }
        // Together with the neighbour's partnership officer: the officer's rule, no more.
        let mixed = DisclosureContext(
            roles: [role, .partnershipOfficer], purpose: .partnerMatching, consent: .given, grant: .covering(active: true), actingFor: .neighbour)
        #expect(visibleFields(in: mixed) == contactFields)
    }

    @Test func smeNeedsConsentAndActiveGrantAndNeverSeesNotes() {
        let full = DisclosureContext(
            roles: [.sme], purpose: .partnerMatching, consent: .given, grant: .covering(active: true))
        #expect(visibleFields(in: full) == [.givenName, .familyName, .email, .phone, .languages])
        #expect(disclosure(of: .notes, in: full) == .redact(reason: .fieldNotNecessary))

        var context = full
        context.grant = .covering(active: false)
        #expect(disclosure(of: .email, in: context) == .redact(reason: .grantNotActive))
        context.grant = .none
        #expect(disclosure(of: .email, in: context) == .redact(reason: .noGrant))
        context.consent = .withdrawn
        #expect(disclosure(of: .email, in: context) == .redact(reason: .consentWithdrawn))
        context.consent = .none
        #expect(disclosure(of: .email, in: context) == .redact(reason: .noConsent))
        context = full
        context.purpose = .followUp
        #expect(disclosure(of: .email, in: context) == .redact(reason: .purposeNotPermitted))
    }

    @Test func emptyRoleSetSeesNothing() {
        for actingFor in ActingAuthority.allCases {
            for purpose in ProcessingPurpose.allCases {
                let context = DisclosureContext(roles: [], purpose: purpose, consent: .given, grant: .covering(active: true), actingFor: actingFor)
                #expect(visibleFields(in: context).isEmpty)
                for field in PersonalField.allCases {
                    #expect(disclosure(of: field, in: context) == .redact(reason: .roleNotPermitted))
                }
            }
        }
    }

    /// With several roles a field is revealed iff one role reveals it; the
    /// reported reason is always one of the individual roles' reasons.
    @Test(arguments: ProcessingPurpose.allCases, ActingAuthority.allCases)
    func rolePairsCombineAsUnion(purpose: ProcessingPurpose, actingFor: ActingAuthority) {
        let roles = Role.allCases
        for (index, first) in roles.enumerated() {
            for second in roles[(index + 1)...] {
                for consent in ConsentState.allCases {
                    for grant in allGrants {
                        let context = DisclosureContext(
                            roles: [first, second], purpose: purpose, consent: consent, grant: grant, actingFor: actingFor)
                        for field in PersonalField.allCases {
                            let a = expectedDisclosure(
                                role: first, purpose: purpose, consent: consent, grant: grant, actingFor: actingFor, field: field)
                            let b = expectedDisclosure(
                                role: second, purpose: purpose, consent: consent, grant: grant, actingFor: actingFor, field: field)
                            let actual = disclosure(of: field, in: context)
                            let label = "\(actingFor) \(first)+\(second) \(purpose) \(consent) \(grant) \(field)"
                            if a == .reveal || b == .reveal {
                                #expect(actual == .reveal, "\(label)")
                            } else {
                                #expect(actual == a || actual == b, "\(label)")
                            }
                        }
                    }
                }
            }
        }
    }

    @Test func mostSpecificReasonWinsAcrossRoles() {
        // A resident (never permitted) who is also an SME is told about consent.
        let smeResident = DisclosureContext(
            roles: [.resident, .sme], purpose: .partnerMatching, consent: .none, grant: .covering(active: true))
        #expect(disclosure(of: .email, in: smeResident) == .redact(reason: .noConsent))

        // Broker: purpose not permitted; SME: notes not necessary.
        let brokerSME = DisclosureContext(
            roles: [.broker, .sme], purpose: .partnerMatching, consent: .given, grant: .covering(active: true))
        #expect(disclosure(of: .notes, in: brokerSME) == .redact(reason: .fieldNotNecessary))

        // Broker: consent withdrawn (stage 3) beats juror: role not permitted.
        let brokerJuror = DisclosureContext(
            roles: [.juryMember, .broker], purpose: .followUp, consent: .withdrawn, grant: .none)
        #expect(disclosure(of: .phone, in: brokerJuror) == .redact(reason: .consentWithdrawn))

        // Broker and partner city for statistics: purpose, not role.
        let brokerCity = DisclosureContext(
            roles: [.partnerCity, .broker], purpose: .statistics, consent: .given, grant: .none)
        #expect(disclosure(of: .givenName, in: brokerCity) == .redact(reason: .purposeNotPermitted))
    }

    @Test func authorityRoleNeedsNoGrantEvenAlongsideSME() {
        let context = DisclosureContext(
            roles: [.sme, .partnershipOfficer], purpose: .partnerMatching, consent: .given, grant: .none)
        #expect(visibleFields(in: context) == everyField)
    }

    @Test(arguments: Role.allCases, ProcessingPurpose.allCases)
    func visibleFieldsAndPlanAgreeWithTable(role: Role, purpose: ProcessingPurpose) {
        for actingFor in ActingAuthority.allCases {
            for consent in ConsentState.allCases {
                for grant in allGrants {
                    let context = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant, actingFor: actingFor)
                    func expected(_ field: PersonalField) -> Disclosure {
                        expectedDisclosure(role: role, purpose: purpose, consent: consent, grant: grant, actingFor: actingFor, field: field)
                    }
                    #expect(visibleFields(in: context) == Set(PersonalField.allCases.filter { expected($0) == .reveal }))

                    let plan = redactionPlan(in: context)
                    #expect(Set(plan.keys) == everyField)
                    for field in PersonalField.allCases {
                        #expect(plan[field] == expected(field), "\(actingFor) \(role) \(purpose) \(consent) \(grant) \(field)")
                    }
                }
            }
        }
    }

    @Test func redactionReasonRawValuesAreStable() {
        #expect(RedactionReason.allCases.map(\.rawValue) == [
            "role_not_permitted", "purpose_not_permitted", "field_not_necessary",
            "no_consent", "consent_withdrawn", "no_grant", "grant_not_active",
        ])
    }
}
