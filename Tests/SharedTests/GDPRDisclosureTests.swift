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

private let expectedRules: [Role: [ProcessingPurpose: ExpectedRule]] = [
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

private let allGrants: [GrantCoverage] = [.none, .covering(active: false), .covering(active: true)]

private func expectedDisclosure(
    role: Role,
    purpose: ProcessingPurpose,
    consent: ConsentState,
    grant: GrantCoverage,
    field: PersonalField
) -> Disclosure {
    let rules = expectedRules[role] ?? [:]
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

// MARK: - Tests

@Suite("GDPR disclosure rules")
struct GDPRDisclosureTests {
    @Test func expectationTableCoversEveryRole() {
        #expect(Set(expectedRules.keys) == Set(Role.allCases))
        #expect(everyField == Set(PersonalField.allCases))
    }

    /// Every (role × purpose × consent × grant × field) combination.
    @Test(arguments: Role.allCases, ProcessingPurpose.allCases)
    func singleRoleMatchesExpectationTable(role: Role, purpose: ProcessingPurpose) {
        for consent in ConsentState.allCases {
            for grant in allGrants {
                let context = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant)
                for field in PersonalField.allCases {
                    let expected = expectedDisclosure(
                        role: role, purpose: purpose, consent: consent, grant: grant, field: field)
                    #expect(
                        disclosure(of: field, in: context) == expected,
                        "\(role) \(purpose) \(consent) \(grant) \(field)")
                }
            }
        }
    }

    /// A hand-counted total guards against a table and implementation that
    /// drift together: 180 each for the two authority roles (3 public-task
    /// purposes × 54 + partner matching 18), 5 for the SME, 30 for the
    /// broker, 54 for services and 54 for the data protection officer.
    @Test func totalNumberOfRevealedCombinations() {
        var revealed = 0
        for role in Role.allCases {
            for purpose in ProcessingPurpose.allCases {
                for consent in ConsentState.allCases {
                    for grant in allGrants {
                        let context = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant)
                        revealed += PersonalField.allCases.filter { disclosure(of: $0, in: context).isRevealed }.count
                    }
                }
            }
        }
        #expect(revealed == 503)
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
        for purpose in ProcessingPurpose.allCases {
            let context = DisclosureContext(roles: [], purpose: purpose, consent: .given, grant: .covering(active: true))
            #expect(visibleFields(in: context).isEmpty)
            for field in PersonalField.allCases {
                #expect(disclosure(of: field, in: context) == .redact(reason: .roleNotPermitted))
            }
        }
    }

    /// With several roles a field is revealed iff one role reveals it; the
    /// reported reason is always one of the individual roles' reasons.
    @Test(arguments: ProcessingPurpose.allCases)
    func rolePairsCombineAsUnion(purpose: ProcessingPurpose) {
        let roles = Role.allCases
        for (index, first) in roles.enumerated() {
            for second in roles[(index + 1)...] {
                for consent in ConsentState.allCases {
                    for grant in allGrants {
                        let context = DisclosureContext(
                            roles: [first, second], purpose: purpose, consent: consent, grant: grant)
                        for field in PersonalField.allCases {
                            let a = expectedDisclosure(
                                role: first, purpose: purpose, consent: consent, grant: grant, field: field)
                            let b = expectedDisclosure(
                                role: second, purpose: purpose, consent: consent, grant: grant, field: field)
                            let actual = disclosure(of: field, in: context)
                            if a == .reveal || b == .reveal {
                                #expect(actual == .reveal, "\(first)+\(second) \(purpose) \(consent) \(grant) \(field)")
                            } else {
                                #expect(
                                    actual == a || actual == b,
                                    "\(first)+\(second) \(purpose) \(consent) \(grant) \(field)")
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
        for consent in ConsentState.allCases {
            for grant in allGrants {
                let context = DisclosureContext(roles: [role], purpose: purpose, consent: consent, grant: grant)
                let expectedVisible = Set(PersonalField.allCases.filter {
                    expectedDisclosure(role: role, purpose: purpose, consent: consent, grant: grant, field: $0) == .reveal
                })
                #expect(visibleFields(in: context) == expectedVisible)

                let plan = redactionPlan(in: context)
                #expect(Set(plan.keys) == everyField)
                for field in PersonalField.allCases {
                    #expect(
                        plan[field]
                            == expectedDisclosure(
                                role: role, purpose: purpose, consent: consent, grant: grant, field: field))
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
