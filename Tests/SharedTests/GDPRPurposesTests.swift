import Shared
import Testing

@Suite("GDPR purposes and lawful bases")
struct GDPRPurposesTests {
    @Test func purposeRawValuesAreStable() {
        let expected: [ProcessingPurpose: String] = [
            .partnerMatching: "partner_matching",
            .directoryManagement: "directory_management",
            .followUp: "follow_up",
            .eventOrganisation: "event_organisation",
            .innovationParticipation: "innovation_participation",
            .statistics: "statistics",
            .dataSubjectRights: "data_subject_rights",
        ]
        #expect(ProcessingPurpose.allCases.count == expected.count)
        for purpose in ProcessingPurpose.allCases {
            #expect(purpose.rawValue == expected[purpose])
        }
    }

    @Test func lawfulBasisRawValuesAndArticles() {
        let expected: [LawfulBasis: (raw: String, article: String)] = [
            .consent: ("consent", "Art. 6(1)(a)"),
            .contract: ("contract", "Art. 6(1)(b)"),
            .legalObligation: ("legal_obligation", "Art. 6(1)(c)"),
            .publicTask: ("public_task", "Art. 6(1)(e)"),
        ]
        #expect(LawfulBasis.allCases.count == expected.count)
        for basis in LawfulBasis.allCases {
            #expect(basis.rawValue == expected[basis]?.raw)
            #expect(basis.article == expected[basis]?.article)
        }
    }

    @Test(arguments: [
        (ProcessingPurpose.partnerMatching, LawfulBasis.consent),
        (.directoryManagement, .publicTask),
        (.followUp, .publicTask),
        (.eventOrganisation, .contract),
        (.innovationParticipation, .consent),
        (.statistics, .publicTask),
        (.dataSubjectRights, .legalObligation),
    ])
    func lawfulBasisPerPurpose(purpose: ProcessingPurpose, basis: LawfulBasis) {
        #expect(lawfulBasis(for: purpose) == basis)
    }

    @Test func onlyConsentBasedPurposesRequireConsent() {
        let consentBased: Set<ProcessingPurpose> = [.partnerMatching, .innovationParticipation]
        for purpose in ProcessingPurpose.allCases {
            #expect(requiresConsent(purpose) == consentBased.contains(purpose), "\(purpose)")
        }
    }

    /// Consent matters where the purpose rests on it, and where a broker's
    /// access depends on it (event organisation, follow-up).
    @Test func consentAppliesWhereItHasAnEffect() {
        let applicable: Set<ProcessingPurpose> = [
            .partnerMatching, .innovationParticipation, .eventOrganisation, .followUp,
        ]
        for purpose in ProcessingPurpose.allCases {
            #expect(consentApplies(to: purpose) == applicable.contains(purpose), "\(purpose)")
        }
    }
}
