import Foundation
import ServerKit
import Shared

/// Machine clients (OAuth2 client credentials) of partner cities and chambers of commerce:
/// created, listed, rotated and revoked by the authority's administrators. Secrets are answered
/// once, when made, and never stored in clear.
extension ContactsAPI {
    func createMachineClient(_ input: Operations.CreateMachineClient.Input) async throws -> Operations.CreateMachineClient.Output {
        let identity = try RequestScope.requireIdentity()
        guard case .json(let body) = input.body else { throw Problem.badRequest("Send the client as JSON.") }
        try Self.validate(body)
        let secret = ClientSecret.generate()
        let id = UUID.v7()
        let client = try await machineClients.create(body, id: id, secret: secret, authority: identity.authorityID, actor: identity.subject)
        return .created(
            .init(
                headers: .init(location: "/v1/contacts/clients/\(client.clientId)"),
                body: .json(Self.credentials(client, secret: secret))
            )
        )
    }

    func listMachineClients(_ input: Operations.ListMachineClients.Input) async throws -> Operations.ListMachineClients.Output {
        let identity = try RequestScope.requireIdentity()
        let page = try PageRequest(limit: input.query.limit, cursor: input.query.cursor, keys: [.timestamp, .uuid])
        let result = try await machineClients.list(page: page, authority: identity.authorityID)
        return .ok(.init(body: .json(.init(items: result.items, nextCursor: result.nextCursor))))
    }

    func rotateMachineClientSecret(_ input: Operations.RotateMachineClientSecret.Input) async throws -> Operations.RotateMachineClientSecret.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.clientId, field: "clientId")
        let secret = ClientSecret.generate()
        guard let client = try await machineClients.rotate(id: id, secret: secret, authority: identity.authorityID, actor: identity.subject) else {
            throw Problem.notFound("The client")
        }
        return .ok(.init(body: .json(Self.credentials(client, secret: secret))))
    }

    func revokeMachineClient(_ input: Operations.RevokeMachineClient.Input) async throws -> Operations.RevokeMachineClient.Output {
        let identity = try RequestScope.requireIdentity()
        let id = try PathID.parse(input.path.clientId, field: "clientId")
        guard try await machineClients.revoke(id: id, authority: identity.authorityID, actor: identity.subject) else {
            throw Problem.notFound("The client")
        }
        return .noContent(.init())
    }

    static func credentials(_ client: Components.Schemas.MachineClient, secret: ClientSecret) -> Components.Schemas.MachineClientCredentials {
        Components.Schemas.MachineClientCredentials(
            clientId: client.clientId, clientSecret: secret.text, name: client.name, roles: client.roles, scope: client.scope,
            createdAt: client.createdAt, secretRotatedAt: client.secretRotatedAt
        )
    }

    static func validate(_ body: Components.Schemas.MachineClientCreate) throws {
        var validator = FieldValidator()
        validator.text(body.name, "/name", maxLength: 200)
        validator.check(!body.roles.isEmpty, "/roles", "must name at least one role")
        validator.check(Set(body.roles).count == body.roles.count, "/roles", "must not repeat a role")
        if let scope = body.scope {
            validator.check(scope.utf8.count <= 500, "/scope", "must be at most 500 characters")
            validator.check(ClientScope.isValid(scope), "/scope", "must be space-separated scope values (RFC 6749 section 3.3)")
        }
        try validator.validate()
    }
}

/// Scope strings (RFC 6749 section 3.3): values separated by single spaces, each of the printable
/// ASCII characters except `"` and `\`.
enum ClientScope {
    static func values(_ scope: String) -> [Substring] {
        scope.split(separator: " ", omittingEmptySubsequences: false)
    }

    static func isValid(_ scope: String) -> Bool {
        let values = values(scope)
        return !values.isEmpty && values.allSatisfy { value in
            !value.isEmpty && value.utf8.allSatisfy { $0 == 0x21 || (0x23...0x5B).contains($0) || (0x5D...0x7E).contains($0) }
        }
    }
}
