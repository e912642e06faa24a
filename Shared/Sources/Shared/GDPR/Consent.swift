import Foundation

/// A person's consent for one purpose at a point in time.
public enum ConsentState: String, CaseIterable, Sendable, Codable {
    /// The latest recorded event gives consent.
    case given
    /// The latest recorded event withdraws consent (Art. 7(3)).
    case withdrawn
    /// No consent was ever recorded for the purpose.
    case none
}

/// What a consent event does.
public enum ConsentAction: String, CaseIterable, Sendable, Codable {
    case given
    case withdrawn
}

/// One entry of the append-only consent ledger.
///
/// The controller must be able to demonstrate consent (Art. 7(1)), so each
/// event records which text the person agreed to and through which channel.
public struct ConsentEvent: Sendable, Codable, Equatable, Hashable {
    public var purpose: ProcessingPurpose
    public var action: ConsentAction
    /// When the person gave or withdrew consent.
    public var at: Date
    /// Version of the consent text shown to the person.
    public var textVersion: String
    /// Channel through which the consent was collected (e.g. "web_form").
    public var source: String

    public init(purpose: ProcessingPurpose, action: ConsentAction, at: Date, textVersion: String, source: String) {
        self.purpose = purpose
        self.action = action
        self.at = at
        self.textVersion = textVersion
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case purpose
        case action
        case at
        case textVersion = "text_version"
        case source
    }
}

/// The latest event for `purpose` in `history`, optionally only up to `instant`.
/// Among events with the same timestamp the later one in the array wins.
private func latestEvent(for purpose: ProcessingPurpose, in history: [ConsentEvent], upTo instant: Date? = nil)
    -> ConsentEvent?
{
    var latest: ConsentEvent?
    for event in history where event.purpose == purpose {
        if let instant, event.at > instant { continue }
        if let current = latest, event.at < current.at { continue }
        latest = event
    }
    return latest
}

private func state(after event: ConsentEvent?) -> ConsentState {
    switch event?.action {
    case .given: .given
    case .withdrawn: .withdrawn
    case nil: .none
    }
}

/// The consent state for `purpose` at `instant`.
///
/// The latest event at or before `instant` decides; events with the same
/// timestamp are ordered by their position in `history` (later wins). Events
/// after `instant` are ignored, so a consent recorded in the future cannot
/// legitimise processing now.
public func consentState(for purpose: ProcessingPurpose, history: [ConsentEvent], at instant: Date) -> ConsentState {
    state(after: latestEvent(for: purpose, in: history, upTo: instant))
}

/// A reason why a consent event must not be appended to the ledger.
///
/// `field` names the offending JSON field of the event so that the API can
/// report errors per field; `detail` is a human-readable explanation.
public struct ConsentProblem: Sendable, Codable, Hashable {
    public enum Code: String, CaseIterable, Sendable, Codable {
        /// Consent cannot be recorded for a purpose it has no effect on.
        case consentNotApplicable = "consent_not_applicable"
        /// Giving a consent that is already given.
        case alreadyGiven = "already_given"
        /// Withdrawing a consent that is not currently given.
        case notCurrentlyGiven = "not_currently_given"
        /// The event lies further in the future than the clock skew allows.
        case inFuture = "in_future"
        /// The event predates the latest recorded event for its purpose.
        case beforeLatestEvent = "before_latest_event"
        /// The consent text version is missing.
        case emptyTextVersion = "empty_text_version"
        /// The collection channel is missing.
        case emptySource = "empty_source"

        /// The JSON field of ``ConsentEvent`` the problem concerns.
        public var field: String {
            switch self {
            case .consentNotApplicable: "purpose"
            case .alreadyGiven, .notCurrentlyGiven: "action"
            case .inFuture, .beforeLatestEvent: "at"
            case .emptyTextVersion: "text_version"
            case .emptySource: "source"
            }
        }
    }

    public let code: Code
    public let field: String
    public let detail: String

    init(_ code: Code, _ detail: String) {
        self.code = code
        self.field = code.field
        self.detail = detail
    }
}

/// The default tolerance for clocks of clients ahead of the server.
public let consentClockSkewTolerance: TimeInterval = 5 * 60

/// Checks a consent event before it is appended to `history`.
///
/// The ledger is append-only and ordered so that it proves, at any time,
/// what the person had agreed to (Art. 7(1)):
/// - the purpose must be one consent has an effect on (``consentApplies(to:)``);
/// - a consent can only be withdrawn while given, and giving it again while
///   given is refused, so every event changes the state;
/// - `at` may lie at most `clockSkew` after `now`, and not before the latest
///   event for the same purpose (an equal timestamp is accepted and ordered
///   after it);
/// - `textVersion` and `source` must be non-blank.
///
/// - Returns: all problems found, ordered by field
///   (purpose, action, at, text_version, source); empty when valid.
public func validateConsentEvent(
    _ new: ConsentEvent,
    history: [ConsentEvent],
    now: Date,
    clockSkew: TimeInterval = consentClockSkewTolerance
) -> [ConsentProblem] {
    var problems: [ConsentProblem] = []
    let purpose = new.purpose.rawValue

    if !consentApplies(to: new.purpose) {
        problems.append(
            ConsentProblem(
                .consentNotApplicable,
                "Processing for \(purpose) does not rest on consent; recording one would be misleading."))
    }

    let latest = latestEvent(for: new.purpose, in: history)
    let current = state(after: latest)
    switch (new.action, current) {
    case (.given, .given):
        problems.append(ConsentProblem(.alreadyGiven, "Consent for \(purpose) is already given."))
    case (.withdrawn, .withdrawn), (.withdrawn, .none):
        problems.append(
            ConsentProblem(.notCurrentlyGiven, "Consent for \(purpose) is not currently given, so it cannot be withdrawn."))
    default:
        break
    }

    if new.at > now.addingTimeInterval(clockSkew) {
        problems.append(
            ConsentProblem(.inFuture, "The event lies more than \(Int(clockSkew)) seconds in the future."))
    }
    if let latest, new.at < latest.at {
        problems.append(
            ConsentProblem(.beforeLatestEvent, "The event predates the latest recorded consent event for \(purpose)."))
    }

    if new.textVersion.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        problems.append(ConsentProblem(.emptyTextVersion, "The version of the consent text is required."))
    }
    if new.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        problems.append(ConsentProblem(.emptySource, "The channel through which consent was collected is required."))
    }
    return problems
}
