import Foundation
import ServerKit
import Shared

/// Partner (twin) cities: create, read, list by name, update with `If-Match`.
extension InternationalisationAPI {
    func listPartnerCities(_ input: Operations.ListPartnerCities.Input) async throws -> Operations.ListPartnerCities.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.text, .uuid])
        let result = try await partnerCities.list(page, authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }

    func createPartnerCity(_ input: Operations.CreatePartnerCity.Input) async throws -> Operations.CreatePartnerCity.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the partner city as JSON.") }
        try Self.validate(body)
        let stored = try await partnerCities.create(body, id: UUID.v7(), authority: identity.authorityID, createdBy: identity.subject)
        return .created(
            .init(
                headers: .init(
                    eTag: ETag.make(version: stored.version), location: "/v1/internationalisation/partner-cities/\(stored.dto.id)"
                ),
                body: .json(stored.dto)
            )
        )
    }

    func getPartnerCity(_ input: Operations.GetPartnerCity.Input) async throws -> Operations.GetPartnerCity.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.partnerCityId, field: "partnerCityId")
        guard let stored = try await partnerCities.get(id: id, authority: identity.authorityID) else {
            throw Problem.notFound("The partner city")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    func updatePartnerCity(_ input: Operations.UpdatePartnerCity.Input) async throws -> Operations.UpdatePartnerCity.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.partnerCityId, field: "partnerCityId")
        let expected = try ETag.expectedVersion(ifMatch: input.headers.ifMatch)
        guard case .json(let changes) = input.body else { throw Problem.badRequest("Send the changes as JSON.") }
        try Self.validate(changes)
        guard
            let stored = try await partnerCities.update(
                id: id, authority: identity.authorityID, expectedVersion: expected, changes: changes
            )
        else {
            throw Problem.notFound("The partner city")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    /// A new city is checked by the same rules as a change that sets every field.
    static func validate(_ body: Components.Schemas.PartnerCityCreate) throws {
        try validate(
            Components.Schemas.PartnerCityUpdate(
                name: body.name, country: body.country, region: body.region, languages: body.languages,
                partnershipSince: body.partnershipSince, status: body.status, description: body.description
            )
        )
    }

    static func validate(_ body: Components.Schemas.PartnerCityUpdate) throws {
        var validator = FieldValidator()
        validator.text(body.name, "/name", maxLength: 200)
        validator.country(body.country, "/country")
        validator.text(body.region, "/region", maxLength: 200)
        validator.languages(body.languages, "/languages")
        validator.calendarDate(body.partnershipSince, "/partnership_since")
        validator.text(body.description, "/description", maxLength: 5000)
        try validator.validate()
    }
}

extension FieldValidator {
    /// An RFC 3339 `full-date` (`YYYY-MM-DD`, OpenAPI `format: date`) that exists in the calendar.
    mutating func calendarDate(_ value: String?, _ field: String) {
        guard let value else { return }
        check(CalendarDate.isValid(value), field, "must be a date as YYYY-MM-DD")
    }
}

/// Checks of OpenAPI `format: date` strings, which the generated code passes through as plain text.
enum CalendarDate {
    /// True for `YYYY-MM-DD` naming a real day (2024-02-29 yes, 2023-02-29 no), years 0001 to 9999.
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            year >= 1, (1...12).contains(month), day >= 1
        else { return false }
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }
}
