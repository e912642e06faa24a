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
        // With `q` the cursor holds tier (1 or 2), score and id (migration 0013).
        let page = try PageRequest(
            limit: input.query.limit, cursor: input.query.cursor,
            keys: keywords == nil ? [.timestamp, .uuid] : [.integerIn(1...2), .integerIn(0...1_000_000), .uuid]
        )
        if let keywords, keywords.count > 200 {
            throw Problem.badRequest("q is too long.", errors: [.init(field: "q", message: "must be at most 200 characters")])
        }
        var filters = FieldValidator()
        filters.country(input.query.country, "country")
        filters.languages(input.query.language.map { [$0] }, "language")
        if let sector = input.query.sector { filters.check(nace.contains(sector), "sector", "must be a NACE Rev. 2.1 code such as C, 25 or 25.62") }
        if !filters.errors.isEmpty { throw Problem.badRequest("A filter is invalid.", errors: filters.errors) }
        let query = OrganisationQuery(
            keywords: keywords, updatedSince: input.query.updatedSince, country: input.query.country, sector: input.query.sector,
            kind: input.query.kind?.rawValue, language: input.query.language, sizeClass: input.query.sizeClass?.rawValue, page: page
        )
        // The busiest answer of the service: its JSON is written straight from the rows (decision 0008).
        let json = try await organisations.list(query, authority: identity.authorityID)
        return .ok(.init(body: .json(try PreEncodedJSON.answer(json: json, placeholder: .init(items: [])))))
    }

    func createOrganisation(_ input: Operations.CreateOrganisation.Input) async throws -> Operations.CreateOrganisation.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the organisation as JSON.") }
        try validate(body)
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
        try validate(changes)
        guard let stored = try await organisations.update(id: id, authority: identity.authorityID, expectedVersion: expected, changes: changes) else {
            throw Problem.notFound("The organisation")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    /// A new organisation is checked by the same rules as a change that sets every field.
    func validate(_ body: Components.Schemas.OrganisationCreate) throws {
        try validate(
            Components.Schemas.OrganisationUpdate(
                kind: body.kind, legalName: body.legalName, registrationNumber: body.registrationNumber, country: body.country,
                municipality: body.municipality, address: body.address, website: body.website, languages: body.languages,
                keywords: body.keywords, description: body.description, sizeClass: body.sizeClass, sectors: body.sectors,
                staffHeadcount: body.staffHeadcount, annualTurnoverEur: body.annualTurnoverEur,
                balanceSheetTotalEur: body.balanceSheetTotalEur, partnerRole: body.partnerRole, externalRef: body.externalRef
            )
        )
    }

    func validate(_ body: Components.Schemas.OrganisationUpdate) throws {
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
        validator.text(body.externalRef, "/external_ref", maxLength: 100)
        validator.sectors(body.sectors, "/sectors", catalogue: nace)
        validator.range(body.staffHeadcount, "/staff_headcount", 0...10_000_000)
        validator.check((body.annualTurnoverEur ?? 0) >= 0, "/annual_turnover_eur", "must not be negative")
        validator.check((body.balanceSheetTotalEur ?? 0) >= 0, "/balance_sheet_total_eur", "must not be negative")
        if let given = body.sizeClass,
            let derived = EnterpriseSize.classify(
                staffHeadcount: body.staffHeadcount, annualTurnoverEUR: body.annualTurnoverEur, balanceSheetTotalEUR: body.balanceSheetTotalEur
            ), given != derived
        {
            validator.check(false, "/size_class", "contradicts the figures, which make the organisation \(derived.rawValue) by the EU definition")
        }
        try validator.validate()
    }
}

extension FieldValidator {
    /// NACE Rev. 2.1 codes of levels 1-4, without duplicates.
    mutating func sectors(_ codes: [String]?, _ field: String, catalogue: NaceCatalogue) {
        guard let codes else { return }
        check(codes.count <= 20, field, "must hold at most 20 sectors")
        for (index, code) in codes.enumerated() where !catalogue.contains(code) {
            check(false, "\(field)/\(index)", "must be a NACE Rev. 2.1 code such as C, 25, 25.6 or 25.62")
        }
        check(Set(codes).count == codes.count, field, "must not repeat a sector")
    }
}
