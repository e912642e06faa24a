import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresDatabase
import ServerKit
import Testing
@testable import ContactsService
import TestSupport

/// An authority shares part of its partner database with a neighbour: read-only, only what the
/// agreement covers (in the query and in row-level security), revocable at once.
@Suite struct SharingBetweenAuthoritiesTests {
    let owner = UUID()
    let neighbour = UUID()

    func call(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ token: String, _ body: String? = nil)
        async throws -> TestResponse
    {
        try await client.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json", .ifMatch: "*"],
            body: body.map { ByteBuffer(string: $0) }
        )
    }

    func id(_ response: TestResponse) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return try #require(object?["id"] as? String, "\(response.status) \(String(buffer: response.body))")
    }

    @Test func theNeighbourReadsOnlyWhatIsSharedAndOnlyUntilItIsRevoked() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let ownerAdmin = try await TestEnvironment.token(authority: owner, roles: ["authority_admin"], subject: "owner-admin")
        let neighbourOfficer = try await TestEnvironment.token(authority: neighbour, roles: ["partnership_officer"], subject: "neighbour-officer")
        try await app.test(.router) { client in
            let locks = try id(try await call(client, .post, "/v1/contacts/organisations", ownerAdmin, #"{"kind":"company","legal_name":"Zámky Jablonec","country":"CZ","sectors":["25.62"]}"#))
            let bakery = try id(try await call(client, .post, "/v1/contacts/organisations", ownerAdmin, #"{"kind":"sme","legal_name":"Pekárna Tanvald","country":"CZ","sectors":["10.71"]}"#))
            let chosen = try id(try await call(client, .post, "/v1/contacts/organisations", ownerAdmin, #"{"kind":"chamber","legal_name":"Krajská hospodářská komora","country":"CZ"}"#))

            // Nothing is shared yet.
            #expect(try await call(client, .get, "/v1/contacts/shared-organisations?from_authority=\(owner)", neighbourOfficer).status == .notFound)

            let invalid = try await call(
                client, .post, "/v1/contacts/sharing-agreements", ownerAdmin, #"{"neighbour_authority_id":"\#(UUID())","organisation_ids":["\#(UUID())"]}"#
            )
            #expect(invalid.status == .unprocessableContent)
            try await TestAuthorities.shared.register(neighbour)
            let created = try await call(
                client, .post, "/v1/contacts/sharing-agreements", ownerAdmin,
                #"{"neighbour_authority_id":"\#(neighbour)","sectors":["25"],"organisation_ids":["\#(chosen)"],"note":"Jizera valley cluster"}"#
            )
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let agreement = try id(created)

            let shared = try await call(client, .get, "/v1/contacts/shared-organisations?from_authority=\(owner)", neighbourOfficer)
            #expect(shared.status == .ok)
            let body = String(buffer: shared.body)
            #expect(body.contains(locks) && body.contains(chosen) && !body.contains(bakery), "\(body)")
            let searched = try await call(client, .get, "/v1/contacts/shared-organisations?from_authority=\(owner)&q=zamky", neighbourOfficer)
            #expect(String(buffer: searched.body).contains(locks) && !String(buffer: searched.body).contains(chosen))

            // Read-only, and only through the shared view: the normal operations still answer 404.
            #expect(try await call(client, .get, "/v1/contacts/organisations/\(locks)", neighbourOfficer).status == .notFound)
            #expect(try await call(client, .patch, "/v1/contacts/organisations/\(locks)", neighbourOfficer, #"{"legal_name":"Mine"}"#).status == .notFound)
            let received = try await call(client, .get, "/v1/contacts/sharing-agreements", neighbourOfficer)
            #expect(String(buffer: received.body).contains(agreement))
            #expect(try await call(client, .post, "/v1/contacts/sharing-agreements/\(agreement)/revoke", neighbourOfficer).status == .forbidden)

            // The database's wall: a query that forgets the scope still sees only what is shared, and cannot write.
            let rows = try await runtime.pool.query("SELECT id FROM organisations WHERE authority_id = $1", [owner], authority: neighbour)
            #expect(Set(try rows.rows.map { try $0.decode(UUID.self, "id").uuidString.lowercased() }) == [locks, chosen])
            let updated = try await runtime.pool.query("UPDATE organisations SET legal_name = 'Hijacked' WHERE authority_id = $1 RETURNING id", [owner], authority: neighbour)
            #expect(updated.rows.isEmpty)

            #expect(try await call(client, .post, "/v1/contacts/sharing-agreements/\(agreement)/revoke", ownerAdmin).status == .ok)
            #expect(try await call(client, .get, "/v1/contacts/shared-organisations?from_authority=\(owner)", neighbourOfficer).status == .notFound)
            let after = try await runtime.pool.query("SELECT id FROM organisations WHERE authority_id = $1", [owner], authority: neighbour)
            #expect(after.rows.isEmpty)
        }
    }
}
