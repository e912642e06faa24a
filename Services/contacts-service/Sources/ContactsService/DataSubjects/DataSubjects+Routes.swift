import Foundation
import ServerKit
import Shared

/// Data-subject requests: the export gathered from all four services, erasure through the
/// outbox, and the retention purge (GDPR Art. 15, 17, 20 and 5(1)(e)).
extension ContactsAPI {
    func exportPersonalData(_ input: Operations.ExportPersonalData.Input) async throws -> Operations.ExportPersonalData.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the query as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        let person = try body.personId.map { try PathID.parse($0, field: "/person_id") }
        if person == nil, subjects.isEmpty {
            throw Problem.validation([.init(field: "/subjects", message: "name the person: a person_id, subjects, or both")])
        }
        guard let own = try await dataSubjectRecords(person: person, subjects: subjects, authority: identity.authorityID) else {
            throw Problem.validation([.init(field: "/person_id", message: "must be a contact person of your authority")])
        }
        let authority = identity.authorityID
        let query = Components.Schemas.DataSubjectQuery(personId: body.personId, subjects: subjects)
        let caller = serviceCaller
        var sections = [Components.Schemas.ServiceSubjectData(service: "contacts-service", records: own)]
        // Without subjects (a contact person who never signed in) the other services hold nothing.
        if subjects.isEmpty {
            sections += ServiceCaller.dataHolders.map { .init(service: $0, records: []) }
        } else { do {
            sections += try await withThrowingTaskGroup(of: Components.Schemas.ServiceSubjectData.self) { group in
                for service in ServiceCaller.dataHolders {
                    group.addTask {
                        try await caller.post(
                            service, path: "/internal/data-subject-export", body: query, authority: authority, answer: Components.Schemas.ServiceSubjectData.self
                        )
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }.sorted { $0.service < $1.service }
            }
        } catch let failure as ServiceCaller.Failure {
            RequestScope.logger.warning("data subject export incomplete", metadata: ["service": "\(failure.service)", "reason": "\(failure.reason)"])
            throw Problem.unavailable("\(failure.service) did not answer, so the export would be incomplete; retry shortly.", retryAfterSeconds: 5)
        } }
        if let person {
            try await persons.logAccess(
                [Self.access(.export, person: person, identity: identity, purpose: .dataSubjectRights, fields: PersonalField.allCases.map(\.rawValue))],
                authority: authority
            )
        }
        return .ok(.init(body: .json(.init(personId: body.personId, subjects: subjects, generatedAt: Date(), services: sections))))
    }

    /// contacts-service's own records about the person and the subjects; nil when `person` is not the authority's.
    func dataSubjectRecords(person: UUID?, subjects: [String], authority: UUID) async throws -> [Components.Schemas.SubjectRecord]? {
        var records: [Components.Schemas.SubjectRecord] = []
        if let person {
            guard let stored = try await persons.get(id: person, authority: authority, purpose: .dataSubjectRights) else { return nil }
            records.append(DataSubjects.record("contact_person", id: stored.id, [
                "organisation_id": stored.organisationID.uuidString.lowercased(), "given_name": stored.givenName, "family_name": stored.familyName,
                "position": stored.position, "email": stored.email, "phone": stored.phone,
                "languages": stored.languages.isEmpty ? nil : stored.languages.joined(separator: ","), "notes": stored.notes,
                "anonymised_at": DataSubjects.text(stored.anonymisedAt), "created_at": DataSubjects.text(stored.createdAt),
            ]))
            for consent in try await persons.consentHistory(person: person, authority: authority) ?? [] {
                records.append(DataSubjects.record("consent_event", id: consent.id, [
                    "purpose": consent.event.purpose.rawValue, "action": consent.event.action.rawValue,
                    "occurred_at": DataSubjects.text(consent.event.at), "text_version": consent.event.textVersion, "source": consent.event.source,
                ]))
            }
            var cursor: String?
            repeat {
                let page = try await persons.listAccess(person: person, authority: authority, page: try PageRequest(limit: 100, cursor: cursor, keys: [.timestamp, .uuid]))
                for entry in page.items {
                    records.append(DataSubjects.record("personal_data_access", id: UUID(uuidString: entry.id) ?? UUID(), [
                        "actor": entry.actor, "purpose": entry.purpose, "action": entry.action.rawValue, "fields": entry.fields.joined(separator: ","),
                        "grant_id": entry.grantId, "occurred_at": DataSubjects.text(entry.occurredAt),
                        // The recipients the person has a right to know of (Art. 15(1)(c)).
                        "recipient_authority_id": entry.recipientAuthorityId, "sharing_agreement_id": entry.sharingAgreementId,
                    ]))
                }
                cursor = page.nextCursor
            } while cursor != nil
        }
        records += try await cooperation.subjectRecords(person: person, subjects: subjects, authority: authority)
        return records
    }

    func requestErasure(_ input: Operations.RequestErasure.Input) async throws -> Operations.RequestErasure.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the request as JSON.") }
        let subjects = try DataSubjects.subjects(body.subjects)
        var validator = FieldValidator()
        validator.text(body.reason, "/reason", maxLength: 2000, minLength: 0)
        try validator.validate()
        let person = try body.personId.map { try PathID.parse($0, field: "/person_id") }
        if person == nil, subjects.isEmpty {
            throw Problem.validation([.init(field: "/subjects", message: "name the person: a person_id, subjects, or both")])
        }
        let id = UUID.v7()
        let access = person.map {
            Self.access(.erase, person: $0, identity: identity, purpose: .dataSubjectRights, fields: PersonalField.allCases.map(\.rawValue))
        }
        guard let request = try await dataSubjects.requestErasure(
            person: person, subjects: subjects, reason: body.reason, requestedBy: identity.subject,
            // A person who never signed in has nothing in the other services.
            services: subjects.isEmpty ? [] : ServiceCaller.dataHolders, id: id,
            authority: identity.authorityID, access: access
        ) else {
            throw Problem.validation([.init(field: "/person_id", message: "must be a contact person of your authority")])
        }
        // The outbox worker delivers within WORKER_INTERVAL_MS; the answer shows the state now.
        return .accepted(.init(headers: .init(location: "/v1/contacts/erasure-requests/\(request.id)"), body: .json(request)))
    }

    func getErasureRequest(_ input: Operations.GetErasureRequest.Input) async throws -> Operations.GetErasureRequest.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.erasureId, field: "erasureId")
        guard let request = try await dataSubjects.erasure(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The erasure request")
        }
        return .ok(.init(body: .json(request)))
    }

    func listErasureRequests(_ input: Operations.ListErasureRequests.Input) async throws -> Operations.ListErasureRequests.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await dataSubjects.listErasures(authority: identity.authorityID, page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func listRetentionRuns(_ input: Operations.ListRetentionRuns.Input) async throws -> Operations.ListRetentionRuns.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await dataSubjects.listRuns(authority: identity.authorityID, page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func runRetentionPurge(_ input: Operations.RunRetentionPurge.Input) async throws -> Operations.RunRetentionPurge.Output {
        let identity = try RequestScope.requireIdentity()
        guard let run = try await dataSubjects.purge(authority: identity.authorityID, policy: retention, trigger: "manual", now: Date()) else {
            throw Problem.conflict("A purge of your authority is running; try again when it has finished.")
        }
        return .created(.init(body: .json(run)))
    }
}
