import Foundation
import Shared
import Testing

private let t0 = Date(timeIntervalSince1970: 1_700_000_000)

private func at(_ seconds: TimeInterval) -> Date {
    t0.addingTimeInterval(seconds)
}

private func event(
    _ action: ConsentAction,
    _ seconds: TimeInterval,
    purpose: ProcessingPurpose = .partnerMatching,
    textVersion: String = "v1",
    source: String = "web_form"
) -> ConsentEvent {
    ConsentEvent(purpose: purpose, action: action, at: at(seconds), textVersion: textVersion, source: source)
}

@Suite("GDPR consent state")
struct GDPRConsentStateTests {
    @Test func emptyHistoryMeansNone() {
        #expect(consentState(for: .partnerMatching, history: [], at: t0) == .none)
    }

    @Test func giveTakesEffectAtItsTimestamp() {
        let history = [event(.given, 100)]
        #expect(consentState(for: .partnerMatching, history: history, at: at(99)) == .none)
        #expect(consentState(for: .partnerMatching, history: history, at: at(100)) == .given)
        #expect(consentState(for: .partnerMatching, history: history, at: at(1_000_000)) == .given)
    }

    @Test func giveWithdrawReGive() {
        let history = [event(.given, 100), event(.withdrawn, 200), event(.given, 300)]
        #expect(consentState(for: .partnerMatching, history: history, at: at(150)) == .given)
        #expect(consentState(for: .partnerMatching, history: history, at: at(200)) == .withdrawn)
        #expect(consentState(for: .partnerMatching, history: history, at: at(299)) == .withdrawn)
        #expect(consentState(for: .partnerMatching, history: history, at: at(300)) == .given)
    }

    @Test func futureEventsAreIgnored() {
        let history = [event(.given, 100), event(.withdrawn, 500)]
        #expect(consentState(for: .partnerMatching, history: history, at: at(400)) == .given)
        let onlyFuture = [event(.given, 500)]
        #expect(consentState(for: .partnerMatching, history: onlyFuture, at: at(400)) == .none)
    }

    @Test func otherPurposesAreIgnored() {
        let history = [
            event(.given, 100, purpose: .partnerMatching),
            event(.withdrawn, 200, purpose: .innovationParticipation),
            event(.given, 300, purpose: .eventOrganisation),
        ]
        #expect(consentState(for: .partnerMatching, history: history, at: at(400)) == .given)
        #expect(consentState(for: .innovationParticipation, history: history, at: at(400)) == .withdrawn)
        #expect(consentState(for: .eventOrganisation, history: history, at: at(400)) == .given)
        #expect(consentState(for: .followUp, history: history, at: at(400)) == .none)
    }

    @Test func sameTimestampLaterIndexWins() {
        let giveThenWithdraw = [event(.given, 100), event(.withdrawn, 100)]
        #expect(consentState(for: .partnerMatching, history: giveThenWithdraw, at: at(100)) == .withdrawn)
        let withdrawThenGive = [event(.withdrawn, 100), event(.given, 100)]
        #expect(consentState(for: .partnerMatching, history: withdrawThenGive, at: at(100)) == .given)
    }

    @Test func latestTimestampWinsOverArrayOrder() {
        let history = [event(.withdrawn, 200), event(.given, 100)]
        #expect(consentState(for: .partnerMatching, history: history, at: at(300)) == .withdrawn)
        #expect(consentState(for: .partnerMatching, history: history, at: at(150)) == .given)
    }

    @Test func eventEncodesWithSnakeCaseKeys() throws {
        let data = try JSONEncoder().encode(event(.given, 0))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["purpose", "action", "at", "text_version", "source"])
        #expect(object["purpose"] as? String == "partner_matching")
        #expect(object["action"] as? String == "given")
        #expect(try JSONDecoder().decode(ConsentEvent.self, from: data) == event(.given, 0))
    }
}

@Suite("GDPR consent event validation")
struct GDPRConsentValidationTests {
    private func codes(_ problems: [ConsentProblem]) -> [ConsentProblem.Code] {
        problems.map(\.code)
    }

    @Test func firstConsentIsValid() {
        #expect(validateConsentEvent(event(.given, 0), history: [], now: t0).isEmpty)
    }

    @Test func withdrawingAGivenConsentIsValid() {
        let history = [event(.given, -100)]
        #expect(validateConsentEvent(event(.withdrawn, 0), history: history, now: t0).isEmpty)
    }

    @Test func reGivingAfterWithdrawalIsValid() {
        let history = [event(.given, -200), event(.withdrawn, -100)]
        #expect(validateConsentEvent(event(.given, 0), history: history, now: t0).isEmpty)
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func blankTextVersion(text: String) {
        let problems = validateConsentEvent(event(.given, 0, textVersion: text), history: [], now: t0)
        #expect(codes(problems) == [.emptyTextVersion])
        #expect(problems.first?.field == "text_version")
    }

    @Test(arguments: ["", "  "])
    func blankSource(source: String) {
        let problems = validateConsentEvent(event(.given, 0, source: source), history: [], now: t0)
        #expect(codes(problems) == [.emptySource])
        #expect(problems.first?.field == "source")
    }

    @Test func futureBeyondClockSkew() {
        #expect(validateConsentEvent(event(.given, 300), history: [], now: t0).isEmpty)
        let problems = validateConsentEvent(event(.given, 301), history: [], now: t0)
        #expect(codes(problems) == [.inFuture])
        #expect(problems.first?.field == "at")
        #expect(codes(validateConsentEvent(event(.given, 61), history: [], now: t0, clockSkew: 60)) == [.inFuture])
    }

    @Test func beforeLatestEventOfSamePurpose() {
        let history = [event(.given, -100)]
        let problems = validateConsentEvent(event(.withdrawn, -101), history: history, now: t0)
        #expect(codes(problems) == [.beforeLatestEvent])
        #expect(problems.first?.field == "at")
        // The same timestamp is accepted and ordered after the existing event.
        #expect(validateConsentEvent(event(.withdrawn, -100), history: history, now: t0).isEmpty)
    }

    @Test func laterEventsOfOtherPurposesDoNotMatter() {
        let history = [event(.given, -10, purpose: .innovationParticipation)]
        #expect(validateConsentEvent(event(.given, -500), history: history, now: t0).isEmpty)
    }

    @Test func withdrawingWithoutConsent() {
        let never = validateConsentEvent(event(.withdrawn, 0), history: [], now: t0)
        #expect(codes(never) == [.notCurrentlyGiven])
        #expect(never.first?.field == "action")

        let twice = validateConsentEvent(
            event(.withdrawn, 0), history: [event(.given, -200), event(.withdrawn, -100)], now: t0)
        #expect(codes(twice) == [.notCurrentlyGiven])
    }

    @Test func givingTwiceIsRefused() {
        let problems = validateConsentEvent(event(.given, 0), history: [event(.given, -100)], now: t0)
        #expect(codes(problems) == [.alreadyGiven])
        #expect(problems.first?.field == "action")
        // Consent given for another purpose does not count.
        let other = [event(.given, -100, purpose: .innovationParticipation)]
        #expect(validateConsentEvent(event(.given, 0), history: other, now: t0).isEmpty)
    }

    @Test(arguments: [ProcessingPurpose.directoryManagement, .statistics, .dataSubjectRights])
    func consentForNonConsentPurposeIsRefused(purpose: ProcessingPurpose) {
        let problems = validateConsentEvent(event(.given, 0, purpose: purpose), history: [], now: t0)
        #expect(codes(problems) == [.consentNotApplicable])
        #expect(problems.first?.field == "purpose")
    }

    @Test func allProblemsAreReportedInFieldOrder() {
        let history = [event(.withdrawn, 1_000, purpose: .statistics)]
        let new = event(.withdrawn, 900, purpose: .statistics, textVersion: " ", source: "")
        let problems = validateConsentEvent(new, history: history, now: t0)
        #expect(codes(problems) == [
            .consentNotApplicable, .notCurrentlyGiven, .inFuture, .beforeLatestEvent, .emptyTextVersion, .emptySource,
        ])
        #expect(problems.map(\.field) == ["purpose", "action", "at", "at", "text_version", "source"])
        #expect(problems.allSatisfy { !$0.detail.isEmpty })
    }

    @Test func problemCodesMapToFields() {
        let expected: [ConsentProblem.Code: String] = [
            .consentNotApplicable: "purpose",
            .alreadyGiven: "action",
            .notCurrentlyGiven: "action",
            .inFuture: "at",
            .beforeLatestEvent: "at",
            .emptyTextVersion: "text_version",
            .emptySource: "source",
        ]
        #expect(ConsentProblem.Code.allCases.count == expected.count)
        for code in ConsentProblem.Code.allCases {
            #expect(code.field == expected[code])
        }
    }
}
