import Foundation
import Shared
import Testing

@Suite struct CooperationTests {
    /// Every pair of statuses, against the lifecycle written out independently here.
    @Test func onlyTheDocumentedTransitionsAreAllowed() {
        let allowed: Set<String> = [
            "draft>active", "draft>terminated", "active>suspended", "active>expired", "active>terminated",
            "suspended>active", "suspended>terminated",
        ]
        for from in AgreementStatus.allCases {
            for to in AgreementStatus.allCases {
                #expect(from.canMove(to: to) == allowed.contains("\(from.rawValue)>\(to.rawValue)"), "\(from) -> \(to)")
            }
        }
    }

    @Test func aTimeLimitedAgreementExpiresAfterItsLastDay() {
        let end = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(AgreementStatus.active.effective(validUntil: end, on: end) == .active)
        #expect(AgreementStatus.active.effective(validUntil: end, on: end.addingTimeInterval(1)) == .expired)
        #expect(AgreementStatus.suspended.effective(validUntil: end, on: end.addingTimeInterval(1)) == .expired)
        #expect(AgreementStatus.draft.effective(validUntil: end, on: end.addingTimeInterval(1)) == .draft)
        #expect(AgreementStatus.active.effective(validUntil: nil, on: end) == .active)
    }

    @Test func scopeCoversAnOrganisationMatchingEveryNonEmptyList() {
        let lineage = ["25.62", "25.6", "25", "C"]
        #expect(AgreementScope(sectors: [], countries: [], keywords: []).covers(sectorLineage: [], country: "CZ", keywords: []))
        #expect(AgreementScope(sectors: ["C"], countries: [], keywords: []).covers(sectorLineage: lineage, country: "PL", keywords: []))
        #expect(!AgreementScope(sectors: ["J"], countries: [], keywords: []).covers(sectorLineage: lineage, country: "PL", keywords: []))
        #expect(AgreementScope(sectors: ["25"], countries: ["PL", "DE"], keywords: []).covers(sectorLineage: lineage, country: "PL", keywords: []))
        #expect(!AgreementScope(sectors: ["25"], countries: ["DE"], keywords: []).covers(sectorLineage: lineage, country: "PL", keywords: []))
        #expect(AgreementScope(sectors: [], countries: [], keywords: ["Export"]).covers(sectorLineage: [], country: "PL", keywords: ["export", "textiles"]))
        #expect(!AgreementScope(sectors: [], countries: [], keywords: ["glass"]).covers(sectorLineage: [], country: "PL", keywords: ["export"]))
    }

    @Test func onlyPartnershipOrDeclineCloseAFollowUp() {
        #expect(FollowUpOutcome.allCases.filter(\.isFinal) == [.partnershipEstablished, .declined])
    }
}
