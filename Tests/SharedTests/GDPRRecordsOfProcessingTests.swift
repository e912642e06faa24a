import Foundation
import Shared
import Testing

private let allSix: [PersonalField] = [.givenName, .familyName, .email, .phone, .languages, .notes]
private let withoutNotes: [PersonalField] = [.givenName, .familyName, .email, .phone, .languages]

/// The register as it must read, restated independently of the code.
private let expectedRegister:
    [ProcessingPurpose: (basis: String, article: String, fields: [PersonalField], recipients: [String], categories: [String])] = [
        .partnerMatching: (
            "consent", "Art. 6(1)(a)", allSix, ["authority_admin", "partnership_officer", "sme", "neighbouring_authority"],
            ["contact_person", "consent_record", "access_audit"]
        ),
        .directoryManagement: (
            "public_task", "Art. 6(1)(e)", allSix, ["authority_admin", "partnership_officer"],
            ["contact_person", "access_audit"]
        ),
        .followUp: (
            "public_task", "Art. 6(1)(e)", allSix, ["authority_admin", "partnership_officer", "broker"],
            ["consent_record", "access_audit", "follow_up_dialogue"]
        ),
        .eventOrganisation: (
            "contract", "Art. 6(1)(b)", withoutNotes, ["broker"], ["consent_record", "meeting_registration"]
        ),
        .innovationParticipation: (
            "consent", "Art. 6(1)(a)", [], [], ["consent_record", "innovation_contribution"]
        ),
        .statistics: ("public_task", "Art. 6(1)(e)", [], [], []),
        .dataSubjectRights: (
            "legal_obligation", "Art. 6(1)(c)", allSix, ["authority_admin", "partnership_officer", "data_protection_officer", "service"],
            ["access_audit", "data_subject_request"]
        ),
    ]

@Suite("GDPR records of processing (Art. 30)")
struct GDPRRecordsOfProcessingTests {
    @Test func oneActivityPerPurposeInDeclarationOrder() {
        let register = recordsOfProcessing(policy: .default)
        #expect(register.map(\.purpose) == [
            .partnerMatching, .directoryManagement, .followUp, .eventOrganisation,
            .innovationParticipation, .statistics, .dataSubjectRights,
        ])
        #expect(Set(register.map(\.name)).count == register.count)
        #expect(register.allSatisfy { !$0.name.isEmpty && !$0.dataSubjects.isEmpty && !$0.securityMeasures.isEmpty })
        #expect(register.allSatisfy { $0.transfersOutsideEU == "none" && !$0.controllerNote.isEmpty })
    }

    @Test func registerMatchesExpectedContent() {
        let register = recordsOfProcessing(policy: .default)
        #expect(expectedRegister.count == register.count)
        for activity in register {
            let expected = expectedRegister[activity.purpose]
            #expect(activity.lawfulBasis.rawValue == expected?.basis, "\(activity.purpose)")
            #expect(activity.lawfulBasisArticle == expected?.article, "\(activity.purpose)")
            #expect(activity.personalData == expected?.fields, "\(activity.purpose)")
            #expect(activity.recipients == expected?.recipients, "\(activity.purpose)")
            #expect(activity.retention.map(\.category.rawValue) == expected?.categories, "\(activity.purpose)")
        }
    }

    @Test func lawfulBasisAgreesWithTheRules() {
        for activity in recordsOfProcessing(policy: .default) {
            #expect(activity.lawfulBasis == lawfulBasis(for: activity.purpose))
            #expect(activity.lawfulBasisArticle == activity.lawfulBasis.article)
        }
    }

    @Test func recipientsAndFieldsAgreeWithDisclosureRules() {
        for activity in recordsOfProcessing(policy: .default) {
            for role in Role.allCases {
                let context = DisclosureContext(
                    roles: [role], purpose: activity.purpose, consent: .given, grant: .covering(active: true))
                let visible = visibleFields(in: context)
                #expect(activity.recipients.contains(role.rawValue) == !visible.isEmpty, "\(activity.purpose) \(role)")
                #expect(visible.isSubset(of: Set(activity.personalData)), "\(activity.purpose) \(role)")
            }
            // Neighbouring authorities are one recipient category, listed where any of their roles sees a field.
            let neighbourVisible = Role.allCases.reduce(into: Set<PersonalField>()) { seen, role in
                seen.formUnion(visibleFields(in: DisclosureContext(
                    roles: [role], purpose: activity.purpose, consent: .given, grant: .covering(active: true), actingFor: .neighbour)))
            }
            #expect(activity.recipients.contains(neighbouringAuthorityRecipient) == !neighbourVisible.isEmpty, "\(activity.purpose) neighbour")
            #expect(neighbourVisible.isSubset(of: Set(activity.personalData)), "\(activity.purpose) neighbour")
        }
    }

    @Test func sharingWithNeighboursIsDeclaredWhereItHappens() throws {
        let matching = try #require(recordsOfProcessing(policy: .default).first { $0.purpose == .partnerMatching })
        #expect(matching.securityMeasures.contains("revocable sharing agreements with neighbouring authorities"))
        #expect(matching.controllerNote.contains("neighbouring authorities"))
        for activity in recordsOfProcessing(policy: .default) where activity.purpose != .partnerMatching {
            #expect(!activity.securityMeasures.contains("revocable sharing agreements with neighbouring authorities"), "\(activity.purpose)")
        }
    }

    @Test func consentRecordsAreKeptExactlyWhereConsentApplies() {
        for activity in recordsOfProcessing(policy: .default) {
            #expect(
                activity.retention.contains { $0.category == .consentRecord } == consentApplies(to: activity.purpose),
                "\(activity.purpose)")
        }
    }

    @Test func retentionFollowsThePolicy() throws {
        let overrides: [DataCategory: Int] = [
            .contactPerson: 11, .consentRecord: 12, .accessAudit: 13, .followUpDialogue: 14,
            .meetingRegistration: 15, .innovationContribution: 16, .dataSubjectRequest: 17,
        ]
        let policy = try RetentionPolicy(overrides: overrides)
        for activity in recordsOfProcessing(policy: policy) {
            for rule in activity.retention {
                #expect(rule.days == overrides[rule.category])
            }
        }
        let defaults = recordsOfProcessing(policy: .default)
        let matching = try #require(defaults.first { $0.purpose == .partnerMatching })
        #expect(matching.retention == [
            RetentionRule(category: .contactPerson, days: 730),
            RetentionRule(category: .consentRecord, days: 1825),
            RetentionRule(category: .accessAudit, days: 1825),
        ])
    }

    @Test func jsonKeysAreSnakeCase() throws {
        let register = recordsOfProcessing(policy: .default)
        let data = try JSONEncoder().encode(register)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(array.count == 7)
        for object in array {
            #expect(Set(object.keys) == [
                "name", "purpose", "lawful_basis", "lawful_basis_article", "data_subjects", "personal_data",
                "recipients", "retention", "transfers_outside_eu", "security_measures", "controller_note",
            ])
            let retention = try #require(object["retention"] as? [[String: Any]])
            for rule in retention {
                #expect(Set(rule.keys) == ["category", "days"])
            }
        }
        let first = try #require(array.first)
        #expect(first["purpose"] as? String == "partner_matching")
        #expect(first["lawful_basis"] as? String == "consent")
        #expect(first["personal_data"] as? [String] == [
            "given_name", "family_name", "email", "phone", "languages", "notes",
        ])
    }

    @Test func jsonIsStable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let statistics = try #require(recordsOfProcessing(policy: .default).first { $0.purpose == .statistics })
        let json = String(decoding: try encoder.encode(statistics), as: UTF8.self)
        let expected = """
            {"controller_note":"The local public authority operating the CivicLink tenant is the controller (Art. 4(7)). \
            Only anonymous aggregates are kept; they are not personal data (Recital 26).",\
            "data_subjects":["contact persons of partner organisations","SME representatives","residents"],\
            "lawful_basis":"public_task","lawful_basis_article":"Art. 6(1)(e)",\
            "name":"Anonymous indicators","personal_data":[],"purpose":"statistics","recipients":[],"retention":[],\
            "security_measures":["role-based access control","field-level redaction of personal data",\
            "access audit log","aggregation before storage"],"transfers_outside_eu":"none"}
            """
        #expect(json == expected)
    }

    @Test func jsonRoundTrips() throws {
        let register = recordsOfProcessing(policy: .default)
        let decoded = try JSONDecoder().decode([ProcessingActivity].self, from: JSONEncoder().encode(register))
        #expect(decoded == register)
    }
}
