import Foundation
import ServerKit
import Shared

/// Sharing contacts with SMEs under cooperation agreements: the officer drafts and activates an
/// agreement; the SME requests a contact person; the officer (or the agreement itself) approves;
/// the SME reveals the person through the grant; both follow up until an outcome.
extension ContactsAPI {
    /// Days until a new follow-up is first due.
    static let followUpDays = 30

    /// The authority's staff see everything of the authority; an SME only its own organisation's.
    static func viewer(_ identity: Identity) throws -> Viewer {
        let staff: Set<String> = [Role.authorityAdmin.rawValue, Role.partnershipOfficer.rawValue, Role.broker.rawValue]
        if !identity.roles.isDisjoint(with: staff) { return .staff }
        guard let organisation = identity.organisationID else {
            throw Problem.forbidden("An SME caller's token must name its organisation (org_id).")
        }
        return .sme(organisation: organisation)
    }

    static func smeOrganisation(_ identity: Identity) throws -> UUID {
        guard let organisation = identity.organisationID else {
            throw Problem.forbidden("This operation acts for an SME: the token must name its organisation (org_id).")
        }
        return organisation
    }

    /// `YYYY-MM-DD` as a real calendar day.
    static func day(_ text: String?, _ field: String, into validator: inout FieldValidator) -> Date? {
        guard let text else { return nil }
        guard let date = CalendarDay.parse(text) else {
            validator.check(false, field, "must be a date such as 2026-12-31")
            return nil
        }
        return date
    }

    func listAgreements(_ input: Operations.ListAgreements.Input) async throws -> Operations.ListAgreements.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await cooperation.listAgreements(
            status: input.query.status?.rawValue, authority: identity.authorityID, viewer: try Self.viewer(identity), page: page
        )
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func createAgreement(_ input: Operations.CreateAgreement.Input) async throws -> Operations.CreateAgreement.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the agreement as JSON.") }
        var validator = FieldValidator()
        let sme = UUID(uuidString: body.smeOrganisationId)
        validator.check(sme != nil, "/sme_organisation_id", "must be a UUID")
        validator.sectors(body.scope?.sectors, "/scope/sectors", catalogue: nace)
        for (index, country) in (body.scope?.countries ?? []).enumerated() { validator.country(country, "/scope/countries/\(index)") }
        validator.keywords(body.scope?.keywords, "/scope/keywords")
        validator.text(body.responsibleOfficer, "/responsible_officer", maxLength: 200)
        validator.text(body.documentReference, "/document_reference", maxLength: 200)
        validator.range(body.contactsAllowed, "/contacts_allowed", 1...1000)
        let from = Self.day(body.validFrom, "/valid_from", into: &validator)
        let until = Self.day(body.validUntil, "/valid_until", into: &validator)
        switch body.accessModel {
        case .oneUse: validator.check(body.contactsAllowed != nil, "/contacts_allowed", "is required for a one_use agreement")
        case .timeLimited:
            validator.check(body.validFrom != nil, "/valid_from", "is required for a time_limited agreement")
            validator.check(body.validUntil != nil, "/valid_until", "is required for a time_limited agreement")
        case .longTerm: break
        }
        if let from, let until { validator.check(until >= from, "/valid_until", "must not be before valid_from") }
        try validator.validate()
        guard let (agreement, version) = try await cooperation.createAgreement(body, sme: sme!, id: UUID.v7(), authority: identity.authorityID) else {
            throw Problem.validation([.init(field: "/sme_organisation_id", message: "must be an organisation of your authority")])
        }
        return .created(.init(
            headers: .init(eTag: ETag.make(version: version), location: "/v1/contacts/agreements/\(agreement.id)"), body: .json(agreement)
        ))
    }

    func getAgreement(_ input: Operations.GetAgreement.Input) async throws -> Operations.GetAgreement.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.agreementId, field: "agreementId")
        guard let (agreement, version) = try await cooperation.agreement(id: id, authority: identity.authorityID, viewer: try Self.viewer(identity)) else {
            throw Problem.notFound("The agreement")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: version)), body: .json(agreement)))
    }

    func transitionAgreement(_ input: Operations.TransitionAgreement.Input) async throws -> Operations.TransitionAgreement.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.agreementId, field: "agreementId")
        let expected = try ETag.expectedVersion(ifMatch: input.headers.ifMatch)
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the transition as JSON.") }
        let next = AgreementStatus(rawValue: body.to.rawValue) ?? .terminated
        guard let (agreement, version) = try await cooperation.transition(id: id, to: next, expectedVersion: expected, authority: identity.authorityID) else {
            throw Problem.notFound("The agreement")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: version)), body: .json(agreement)))
    }

    func listAccessRequests(_ input: Operations.ListAccessRequests.Input) async throws -> Operations.ListAccessRequests.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await cooperation.listRequests(
            status: input.query.status?.rawValue, authority: identity.authorityID, viewer: try Self.viewer(identity), page: page
        )
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func requestAccess(_ input: Operations.RequestAccess.Input) async throws -> Operations.RequestAccess.Output {
        let identity = try RequestScope.requireIdentity()
        let sme = try Self.smeOrganisation(identity)
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the request as JSON.") }
        var validator = FieldValidator()
        let agreement = UUID(uuidString: body.agreementId)
        let person = UUID(uuidString: body.personId)
        validator.check(agreement != nil, "/agreement_id", "must be a UUID")
        validator.check(person != nil, "/person_id", "must be a UUID")
        validator.text(body.reason, "/reason", maxLength: 2000)
        validator.text(body.intendedCooperation, "/intended_cooperation", maxLength: 2000)
        try validator.validate()
        switch try await cooperation.request(
            body, agreement: agreement!, person: person!, sme: sme, requestedBy: identity.subject, id: UUID.v7(), authority: identity.authorityID
        ) {
        case .refused(let problem): throw problem
        case .made(let request):
            return .created(.init(headers: .init(location: "/v1/contacts/access-requests/\(request.id)"), body: .json(request)))
        }
    }

    func decideAccessRequest(_ input: Operations.DecideAccessRequest.Input) async throws -> Operations.DecideAccessRequest.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.requestId, field: "requestId")
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the decision as JSON.") }
        var validator = FieldValidator()
        validator.text(body.note, "/note", maxLength: 2000)
        try validator.validate()
        guard let outcome = try await cooperation.decide(
            request: id, approve: body.decision == .approve, note: body.note, decidedBy: identity.subject, authority: identity.authorityID
        ) else { throw Problem.notFound("The access request") }
        switch outcome {
        case .refused(let problem): throw problem
        case .made(let request): return .ok(.init(body: .json(request)))
        }
    }

    func listGrants(_ input: Operations.ListGrants.Input) async throws -> Operations.ListGrants.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await cooperation.listGrants(authority: identity.authorityID, viewer: try Self.viewer(identity), page: page)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func revealContact(_ input: Operations.RevealContact.Input) async throws -> Operations.RevealContact.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.grantId, field: "grantId")
        let sme = try Self.smeOrganisation(identity)
        let access = Self.access(.reveal, person: UUID(), identity: identity, purpose: .partnerMatching, fields: PersonalField.allCases.map(\.rawValue))
        guard let outcome = try await cooperation.reveal(
            grant: id, sme: sme, access: access, followUpDays: Self.followUpDays, authority: identity.authorityID
        ) else { throw Problem.notFound("The grant") }
        switch outcome {
        case .refused(let problem): throw problem
        case .revealed(let grant, let person, let followUp):
            let shown = Self.present(person, to: identity, purpose: .partnerMatching, grant: .covering(active: true))
            return .ok(.init(body: .json(.init(grant: grant, person: shown.dto, followUpId: followUp.uuidString.lowercased()))))
        }
    }

    func revokeGrant(_ input: Operations.RevokeGrant.Input) async throws -> Operations.RevokeGrant.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.grantId, field: "grantId")
        guard let grant = try await cooperation.revoke(grant: id, by: identity.subject, authority: identity.authorityID) else {
            throw Problem.notFound("The grant")
        }
        return .ok(.init(body: .json(grant)))
    }

    func listFollowUps(_ input: Operations.ListFollowUps.Input) async throws -> Operations.ListFollowUps.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.date, .uuid])
        var validator = FieldValidator()
        _ = Self.day(input.query.dueBefore, "due_before", into: &validator)
        if !validator.errors.isEmpty { throw Problem.badRequest("due_before is not a date.", errors: validator.errors) }
        let result = try await cooperation.listFollowUps(
            dueBefore: input.query.dueBefore, openOnly: input.query.open ?? false, authority: identity.authorityID,
            viewer: try Self.viewer(identity), page: page
        )
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func getFollowUp(_ input: Operations.GetFollowUp.Input) async throws -> Operations.GetFollowUp.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.followUpId, field: "followUpId")
        guard let followUp = try await cooperation.followUp(id: id, authority: identity.authorityID, viewer: try Self.viewer(identity)) else {
            throw Problem.notFound("The follow-up")
        }
        return .ok(.init(body: .json(followUp)))
    }

    func addFollowUpEntry(_ input: Operations.AddFollowUpEntry.Input) async throws -> Operations.AddFollowUpEntry.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.followUpId, field: "followUpId")
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the entry as JSON.") }
        var validator = FieldValidator()
        validator.text(body.text, "/text", maxLength: 5000)
        _ = Self.day(body.dueOn, "/due_on", into: &validator)
        try validator.validate()
        let viewer = try Self.viewer(identity)
        let party = if case .staff = viewer { "authority" } else { "sme" }
        guard let result = try await cooperation.addEntry(
            body, followUp: id, author: identity.subject, party: party, authority: identity.authorityID, viewer: viewer
        ) else { throw Problem.notFound("The follow-up") }
        switch result {
        case .failure(let problem): throw problem
        case .success(let followUp): return .created(.init(body: .json(followUp)))
        }
    }

    func getIndicators(_ input: Operations.GetIndicators.Input) async throws -> Operations.GetIndicators.Output {
        let identity = try RequestScope.requireIdentity()
        var validator = FieldValidator()
        let from = Self.day(input.query.from, "from", into: &validator)
        let to = Self.day(input.query.to, "to", into: &validator)
        if let from, let to {
            validator.check(to >= from, "to", "must not be before from")
            validator.check(to.timeIntervalSince(from) <= 3 * 366 * 86_400, "to", "must be at most 3 years after from")
        }
        if !validator.errors.isEmpty { throw Problem.badRequest("The period is invalid.", errors: validator.errors) }
        let groupBy = input.query.groupBy?.rawValue ?? "month"
        let rows = try await cooperation.indicators(from: input.query.from, to: input.query.to, groupBy: groupBy, authority: identity.authorityID)
        let total = Components.Schemas.IndicatorRow(
            key: "total", contactsShared: rows.reduce(0) { $0 + $1.contactsShared },
            partnershipsEstablished: rows.reduce(0) { $0 + $1.partnershipsEstablished }
        )
        return .ok(.init(body: .json(.init(
            from: input.query.from, to: input.query.to, groupBy: .init(rawValue: groupBy) ?? .month, rows: rows, total: total
        ))))
    }
}
