import Foundation
import ServerKit
import Shared

/// The registry of authorities: every tenant may list it; an authority's admin may rename it
/// and change its languages. Registration and suspension are operators' commands.
extension ContactsAPI {
    func listAuthorities(_ input: Operations.ListAuthorities.Input) async throws -> Operations.ListAuthorities.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.text, .uuid])
        if let country = input.query.country, !CountryCodes.isAssigned(country) {
            throw Problem.badRequest(
                "country is not an assigned country code.", errors: [.init(field: "country", message: "must be an ISO 3166-1 alpha-2 country code such as CZ")]
            )
        }
        let result = try await authorities.list(country: input.query.country, page: page, caller: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items.map(\.dto), nextCursor: result.nextCursor))))
    }

    func getOwnAuthority(_ input: Operations.GetOwnAuthority.Input) async throws -> Operations.GetOwnAuthority.Output {
        let identity = try RequestScope.requireIdentity()
        // RegisteredAuthorityMiddleware let the call through, so the authority is registered.
        guard let stored = try await authorities.get(id: identity.authorityID) else { throw Problem.notFound("Your authority") }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }

    func updateOwnAuthority(_ input: Operations.UpdateOwnAuthority.Input) async throws -> Operations.UpdateOwnAuthority.Output {
        let identity = try RequestScope.requireIdentity()
        let expected = try ETag.expectedVersion(ifMatch: input.headers.ifMatch)
        guard case .json(let changes) = input.body else { throw Problem.badRequest("Send the changes as JSON.") }
        var validator = FieldValidator()
        validator.text(changes.name, "/name", maxLength: 300)
        validator.languages(changes.languages, "/languages", maxCount: 10)
        validator.check(changes.languages?.isEmpty != true, "/languages", "must name at least one language")
        try validator.validate()
        guard let stored = try await authorities.update(id: identity.authorityID, expectedVersion: expected, changes: changes) else {
            throw Problem.notFound("Your authority")
        }
        return .ok(.init(headers: .init(eTag: ETag.make(version: stored.version)), body: .json(stored.dto)))
    }
}
