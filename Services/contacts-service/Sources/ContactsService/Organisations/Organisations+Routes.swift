import Foundation
import ServerKit
import Shared

/// The organisations directory: create, read, list and search, update with `If-Match`.
extension ContactsAPI {
    func listOrganisations(_ input: Operations.ListOrganisations.Input) async throws -> Operations.ListOrganisations.Output {
        let identity = try RequestScope.requireIdentity()
        var keywords = input.query.q?.trimmingCharacters(in: .whitespacesAndNewlines)
        if keywords?.isEmpty == true { keywords = nil }
        // Ranked by relevance with `q`, by creation without it: the cursor carries that order's keys.
        let page = try PageRequest(
            limit: input.query.limit, cursor: input.query.cursor, keys: keywords == nil ? [.timestamp, .uuid] : [.decimal, .uuid]
        )
        if let keywords, keywords.count > 200 {
            throw Problem.badRequest("q is too long.", errors: [.init(field: "q", message: "must be at most 200 characters")])
        }
        let result = try await organisations.list(
            OrganisationQuery(keywords: keywords, updatedSince: input.query.updatedSince, page: page), authority: identity.authorityID
        )
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }

    func createOrganisation(_ input: Operations.CreateOrganisation.Input) async throws -> Operations.CreateOrganisation.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the organisation as JSON.") }
        try Self.validate(body)
        let stored = try await organisations.create(body, id: UUID.v7(), authority: identity.authorityID)
        return .created(
            .init(
                headers: .init(eTag: ETag.make(version: stored.version), location: "/v1/contacts/organisations/\(stored.dto.id)"),
                body: .json(stored.dto)
            )
        )
    }

    func getOrganisation(_ input: Operations.GetOrganisation.Input) async throws -> Operations.GetOrganisation.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.organisationId, field: "organisationId")
        guard let stored = try await organisations.get(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The organisation")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    func updateOrganisation(_ input: Operations.UpdateOrganisation.Input) async throws -> Operations.UpdateOrganisation.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.organisationId, field: "organisationId")
        let expected = try ETag.expectedVersion(ifMatch: input.headers.ifMatch)
        guard case .json(let changes) = input.body else { throw Problem.badRequest("Send the changes as JSON.") }
        try Self.validate(changes)
        guard let stored = try await organisations.update(id: id, authority: identity.authorityID, expectedVersion: expected, changes: changes) else {
            throw Problem.notFound("The organisation")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    /// A new organisation is checked by the same rules as a change that sets every field.
    static func validate(_ body: Components.Schemas.OrganisationCreate) throws {
        try validate(
            Components.Schemas.OrganisationUpdate(
                kind: body.kind, legalName: body.legalName, registrationNumber: body.registrationNumber, country: body.country,
                municipality: body.municipality, address: body.address, website: body.website, languages: body.languages,
                keywords: body.keywords, description: body.description, sizeClass: body.sizeClass
            )
        )
    }

    static func validate(_ body: Components.Schemas.OrganisationUpdate) throws {
        var validator = FieldValidator()
        validator.text(body.legalName, "/legal_name", maxLength: 300)
        validator.text(body.registrationNumber, "/registration_number", maxLength: 64)
        validator.country(body.country, "/country")
        validator.text(body.municipality, "/municipality", maxLength: 200)
        validator.text(body.address, "/address", maxLength: 500)
        validator.webURL(body.website, "/website")
        validator.languages(body.languages, "/languages")
        validator.keywords(body.keywords, "/keywords")
        validator.text(body.description, "/description", maxLength: 5000)
        try validator.validate()
    }
}
