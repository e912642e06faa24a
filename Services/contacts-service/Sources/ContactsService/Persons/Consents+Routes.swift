import Foundation
import ServerKit
import Shared

/// Consent per person and purpose: an append-only history with proof (GDPR Art. 7(1)), checked
/// by the rules of Shared; the access log of personal data; the records of processing (Art. 30).
extension ContactsAPI {
    func listConsentEvents(_ input: Operations.ListConsentEvents.Input) async throws -> Operations.ListConsentEvents.Output {
        let identity = try RequestScope.requireIdentity()
        let person = try PathID.parse(input.path.personId, field: "personId")
        guard let history = try await persons.consentHistory(person: person, authority: identity.authorityID) else {
            throw Problem.notFound("The contact person")
        }
        let now = Date()
        let events = history.map(\.event)
        let current = ProcessingPurpose.allCases.filter(consentApplies(to:)).map { purpose in
            let state: Components.Schemas.ConsentState =
                switch consentState(for: purpose, history: events, at: now) {
                case .given: .given
                case .withdrawn: .withdrawn
                case .none: .none
                }
            return Components.Schemas.ConsentStateOfPurpose(purpose: .init(rawValue: purpose.rawValue) ?? .partnerMatching, state: state)
        }
        return .ok(.init(body: .json(.init(personId: person.uuidString.lowercased(), current: current, events: history.map { Self.dto($0, person: person) }))))
    }

    func recordConsentEvent(_ input: Operations.RecordConsentEvent.Input) async throws -> Operations.RecordConsentEvent.Output {
        let identity = try RequestScope.requireIdentity()
        let person = try PathID.parse(input.path.personId, field: "personId")
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the consent event as JSON.") }
        var validator = FieldValidator()
        validator.text(body.textVersion, "/text_version", maxLength: 100)
        validator.text(body.source, "/source", maxLength: 100)
        try validator.validate()
        let event = ConsentEvent(
            purpose: ProcessingPurpose(rawValue: body.purpose.rawValue) ?? .partnerMatching,
            action: ConsentAction(rawValue: body.action.rawValue) ?? .withdrawn,
            at: body.occurredAt, textVersion: body.textVersion, source: body.source
        )
        switch try await persons.recordConsent(event, person: person, id: UUID.v7(), authority: identity.authorityID, recordedBy: identity.subject, now: Date()) {
        case .personNotFound:
            throw Problem.notFound("The contact person")
        case .refused(let problems):
            throw Problem.validation(problems.map { .init(field: "/\($0.field == "at" ? "occurred_at" : $0.field)", message: $0.detail) })
        case .recorded(let stored):
            return .created(.init(body: .json(Self.dto(stored, person: person))))
        }
    }

    static func dto(_ stored: StoredConsentEvent, person: UUID) -> Components.Schemas.ConsentEvent {
        Components.Schemas.ConsentEvent(
            id: stored.id.uuidString.lowercased(), personId: person.uuidString.lowercased(),
            purpose: .init(rawValue: stored.event.purpose.rawValue) ?? .partnerMatching,
            action: .init(rawValue: stored.event.action.rawValue) ?? .withdrawn,
            occurredAt: stored.event.at, textVersion: stored.event.textVersion, source: stored.event.source,
            recordedBy: stored.recordedBy, recordedAt: stored.recordedAt
        )
    }

    func listPersonalDataAccess(_ input: Operations.ListPersonalDataAccess.Input) async throws -> Operations.ListPersonalDataAccess.Output {
        let identity = try RequestScope.requireIdentity()
        let person = try input.query.personId.map { try PathID.parse($0, field: "person_id") }
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await persons.listAccess(person: person, authority: identity.authorityID, page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func getRecordsOfProcessing(_ input: Operations.GetRecordsOfProcessing.Input) async throws -> Operations.GetRecordsOfProcessing.Output {
        let identity = try RequestScope.requireIdentity()
        guard let controller = try await authorities.get(id: identity.authorityID) else { throw Problem.notFound("Your authority") }
        let activities = recordsOfProcessing(policy: retention).map { activity in
            Components.Schemas.ProcessingActivity(
                name: activity.name,
                purpose: .init(rawValue: activity.purpose.rawValue) ?? .directoryManagement,
                lawfulBasis: .init(rawValue: activity.lawfulBasis.rawValue) ?? .publicTask,
                lawfulBasisArticle: activity.lawfulBasisArticle,
                dataSubjects: activity.dataSubjects,
                personalData: activity.personalData.map(\.rawValue),
                recipients: activity.recipients,
                retention: activity.retention.map { .init(category: $0.category.rawValue, days: $0.days) },
                transfersOutsideEu: activity.transfersOutsideEU,
                securityMeasures: activity.securityMeasures,
                controllerNote: activity.controllerNote
            )
        }
        return .ok(.init(body: .json(.init(controller: controller.dto, activities: activities))))
    }
}
