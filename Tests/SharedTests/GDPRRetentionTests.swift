import Foundation
import Shared
import Testing

private let day: TimeInterval = 86_400
private let created = Date(timeIntervalSince1970: 1_600_000_000)

private func daysAfterCreation(_ days: Double) -> Date {
    created.addingTimeInterval(days * day)
}

private func consent(_ action: ConsentAction, _ days: Double, purpose: ProcessingPurpose = .partnerMatching)
    -> ConsentEvent
{
    ConsentEvent(purpose: purpose, action: action, at: daysAfterCreation(days), textVersion: "v1", source: "web_form")
}

@Suite("GDPR retention")
struct GDPRRetentionTests {
    @Test func defaultPeriods() {
        let expected: [DataCategory: Int] = [
            .contactPerson: 730,
            .consentRecord: 1825,
            .accessAudit: 1825,
            .followUpDialogue: 1095,
            .meetingRegistration: 730,
            .innovationContribution: 1095,
            .dataSubjectRequest: 1825,
        ]
        #expect(DataCategory.allCases.count == expected.count)
        for category in DataCategory.allCases {
            #expect(RetentionPolicy.default.retentionDays(for: category) == expected[category])
        }
    }

    @Test func categoryRawValuesAreStable() {
        #expect(DataCategory.allCases.map(\.rawValue) == [
            "contact_person", "consent_record", "access_audit", "follow_up_dialogue",
            "meeting_registration", "innovation_contribution", "data_subject_request",
        ])
    }

    @Test func overridesReplaceOnlyTheirCategory() throws {
        let policy = try RetentionPolicy(overrides: [.contactPerson: 365, .accessAudit: 0])
        #expect(policy.retentionDays(for: .contactPerson) == 365)
        #expect(policy.retentionDays(for: .accessAudit) == 0)
        #expect(policy.retentionDays(for: .consentRecord) == 1825)
        #expect(policy.retentionInterval(for: .contactPerson) == 365 * day)
        #expect(try RetentionPolicy() == RetentionPolicy.default)
    }

    @Test func negativeOverrideIsRejected() {
        #expect(throws: RetentionPolicyError.negativePeriod(category: .meetingRegistration, days: -1)) {
            try RetentionPolicy(overrides: [.meetingRegistration: -1])
        }
    }

    // MARK: Boundary: the period is 730 days; at exactly 730 days the person is anonymised.

    @Test func oneDayBeforeThePeriodEndsIsKept() {
        let facts = PersonRetentionFacts(createdAt: created)
        #expect(
            retentionDecision(for: facts, policy: .default, now: daysAfterCreation(729))
                == .keep(.withinRetentionPeriod))
    }

    @Test func oneSecondBeforeThePeriodEndsIsKept() {
        let facts = PersonRetentionFacts(createdAt: created)
        let now = daysAfterCreation(730).addingTimeInterval(-1)
        #expect(retentionDecision(for: facts, policy: .default, now: now) == .keep(.withinRetentionPeriod))
    }

    @Test func exactlyAtThePeriodIsAnonymised() {
        let facts = PersonRetentionFacts(createdAt: created)
        #expect(
            retentionDecision(for: facts, policy: .default, now: daysAfterCreation(730))
                == .anonymise(.retentionPeriodElapsed))
    }

    @Test func oneDayAfterThePeriodIsAnonymised() {
        let facts = PersonRetentionFacts(createdAt: created)
        #expect(
            retentionDecision(for: facts, policy: .default, now: daysAfterCreation(731))
                == .anonymise(.retentionPeriodElapsed))
    }

    @Test func policyOverrideMovesTheBoundary() throws {
        let policy = try RetentionPolicy(overrides: [.contactPerson: 30])
        let facts = PersonRetentionFacts(createdAt: created)
        #expect(retentionDecision(for: facts, policy: policy, now: daysAfterCreation(29)) == .keep(.withinRetentionPeriod))
        #expect(retentionDecision(for: facts, policy: policy, now: daysAfterCreation(30)) == .anonymise(.retentionPeriodElapsed))
    }

    // MARK: Reference date

    @Test func lastActivityRestartsThePeriod() {
        let facts = PersonRetentionFacts(lastActivityAt: daysAfterCreation(100), createdAt: created)
        #expect(retentionReferenceDate(for: facts, now: daysAfterCreation(900)) == daysAfterCreation(100))
        #expect(retentionDecision(for: facts, policy: .default, now: daysAfterCreation(829)) == .keep(.withinRetentionPeriod))
        #expect(retentionDecision(for: facts, policy: .default, now: daysAfterCreation(830)) == .anonymise(.retentionPeriodElapsed))
    }

    @Test func activityBeforeCreationDoesNotShortenThePeriod() {
        let facts = PersonRetentionFacts(lastActivityAt: daysAfterCreation(-50), createdAt: created)
        #expect(retentionReferenceDate(for: facts, now: daysAfterCreation(900)) == created)
    }

    @Test func latestConsentEventRestartsThePeriod() {
        let facts = PersonRetentionFacts(
            consents: [consent(.given, 10), consent(.withdrawn, 200)],
            lastActivityAt: daysAfterCreation(50),
            createdAt: created)
        #expect(retentionReferenceDate(for: facts, now: daysAfterCreation(1000)) == daysAfterCreation(200))
        #expect(retentionDecision(for: facts, policy: .default, now: daysAfterCreation(929)) == .keep(.withinRetentionPeriod))
        #expect(retentionDecision(for: facts, policy: .default, now: daysAfterCreation(930)) == .anonymise(.retentionPeriodElapsed))
    }

    @Test func futureConsentEventsDoNotRestartThePeriod() {
        let facts = PersonRetentionFacts(consents: [consent(.given, 5000)], createdAt: created)
        #expect(retentionReferenceDate(for: facts, now: daysAfterCreation(800)) == created)
        #expect(retentionDecision(for: facts, policy: .default, now: daysAfterCreation(800)) == .anonymise(.retentionPeriodElapsed))
    }

    // MARK: Keep reasons (each with an otherwise anonymisable person)

    private let longAfter = daysAfterCreation(5000)

    @Test func keepsAlreadyAnonymised() {
        let facts = PersonRetentionFacts(createdAt: created, alreadyAnonymised: true, hasActiveGrant: true, legalHold: true)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == .keep(.alreadyAnonymised))
    }

    @Test func keepsUnderLegalHold() {
        let facts = PersonRetentionFacts(createdAt: created, hasActiveGrant: true, legalHold: true)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == .keep(.legalHold))
    }

    @Test func keepsWithActiveGrant() {
        let facts = PersonRetentionFacts(consents: [consent(.given, 1)], createdAt: created, hasActiveGrant: true)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == .keep(.activeGrant))
    }

    @Test(arguments: ProcessingPurpose.allCases)
    func keepsWhileAnyConsentIsGiven(purpose: ProcessingPurpose) {
        let facts = PersonRetentionFacts(
            consents: [consent(.withdrawn, 2, purpose: .partnerMatching), consent(.given, 1, purpose: purpose)],
            createdAt: created)
        let expected: RetentionDecision =
            purpose == .partnerMatching ? .anonymise(.retentionPeriodElapsed) : .keep(.consentGiven)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == expected)
    }

    @Test func withdrawnConsentDoesNotKeep() {
        let facts = PersonRetentionFacts(consents: [consent(.given, 1), consent(.withdrawn, 2)], createdAt: created)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == .anonymise(.retentionPeriodElapsed))
    }

    @Test func consentGivenOnlyInTheFutureDoesNotKeep() {
        let facts = PersonRetentionFacts(consents: [consent(.given, 6000)], createdAt: created)
        #expect(retentionDecision(for: facts, policy: .default, now: longAfter) == .anonymise(.retentionPeriodElapsed))
    }

    // MARK: Encoding for purge logs

    @Test func decisionsEncodeAsDecisionAndReason() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let keep = try encoder.encode(RetentionDecision.keep(.legalHold))
        #expect(String(decoding: keep, as: UTF8.self) == #"{"decision":"keep","reason":"legal_hold"}"#)
        let anonymise = try encoder.encode(RetentionDecision.anonymise(.retentionPeriodElapsed))
        #expect(
            String(decoding: anonymise, as: UTF8.self)
                == #"{"decision":"anonymise","reason":"retention_period_elapsed"}"#)
        #expect(try JSONDecoder().decode(RetentionDecision.self, from: keep) == .keep(.legalHold))
        #expect(try JSONDecoder().decode(RetentionDecision.self, from: anonymise) == .anonymise(.retentionPeriodElapsed))
    }

    @Test func reasonRawValuesAreStable() {
        #expect(KeepReason.allCases.map(\.rawValue) == [
            "already_anonymised", "legal_hold", "active_grant", "consent_given", "within_retention_period",
        ])
        #expect(AnonymiseReason.allCases.map(\.rawValue) == ["retention_period_elapsed"])
    }

    @Test func mismatchedReasonIsNotDecoded() {
        let data = Data(#"{"decision":"anonymise","reason":"legal_hold"}"#.utf8)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RetentionDecision.self, from: data)
        }
    }
}
