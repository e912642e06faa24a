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

/// The registry of authorities: contacts-service lets in only callers of a registered, active
/// authority; an authority's admin changes its own name and languages, nothing else.
@Suite struct AuthorityRegistryTests {
    func headers(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        fields.append(contentsOf: extra)
        return fields
    }

    @Test func callersOfUnregisteredOrSuspendedAuthoritiesAreRefused() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let unregistered = try await TestEnvironment.token(authority: UUID(), registered: false)
        let suspendedAuthority = UUID()
        try await TestAuthorities.shared.setActive(suspendedAuthority, false)
        let suspended = try await TestEnvironment.token(authority: suspendedAuthority)
        let registered = try await TestEnvironment.token(authority: UUID())
        try await app.test(.router) { client in
            for token in [unregistered, suspended] {
                let refused = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: headers(token))
                #expect(refused.status == .forbidden)
                #expect(refused.headers[.contentType] == "application/problem+json")
                #expect(String(buffer: refused.body).contains("not registered"))
                let write = try await client.execute(
                    uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                    body: ByteBuffer(string: #"{"kind":"sme","legal_name":"Nobody s.r.o.","country":"CZ"}"#)
                )
                #expect(write.status == .forbidden)
            }
            let allowed = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: headers(registered))
            #expect(allowed.status == .ok)
        }
    }

    @Test func anAdminReadsAndChangesOnlyNameAndLanguagesOfItsOwnAuthority() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let authority = UUID()
        let admin = try await TestEnvironment.token(authority: authority, roles: ["authority_admin"])
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"])
        try await app.test(.router) { client in
            let own = try await client.execute(uri: "/v1/contacts/authority", method: .get, headers: headers(officer))
            #expect(own.status == .ok)
            let etag = try #require(own.headers[.eTag])
            #expect(String(buffer: own.body).contains(authority.uuidString.lowercased()))
            #expect(String(buffer: own.body).contains(#""status":"active""#))

            // Fields set by the operators are not the admin's to change: unknown in the update (400).
            for field in [#""status":"suspended""#, #""country":"PL""#, #""municipality_code":"X1""#, #""id":"\#(UUID())""#] {
                let refused = try await client.execute(
                    uri: "/v1/contacts/authority", method: .patch, headers: headers(admin, [.ifMatch: etag]),
                    body: ByteBuffer(string: "{\(field)}")
                )
                #expect(refused.status == .badRequest, "\(field)")
            }
            let invalid = try await client.execute(
                uri: "/v1/contacts/authority", method: .patch, headers: headers(admin, [.ifMatch: etag]),
                body: ByteBuffer(string: #"{"name":"  ","languages":["xx"]}"#)
            )
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains("/name"))
            #expect(String(buffer: invalid.body).contains("/languages/0"))

            let notAdmin = try await client.execute(
                uri: "/v1/contacts/authority", method: .patch, headers: headers(officer, [.ifMatch: etag]),
                body: ByteBuffer(string: #"{"name":"Renamed"}"#)
            )
            #expect(notAdmin.status == .forbidden)

            let renamed = try await client.execute(
                uri: "/v1/contacts/authority", method: .patch, headers: headers(admin, [.ifMatch: etag]),
                body: ByteBuffer(string: #"{"name":"Statutární město Liberec","languages":["cs","de"]}"#)
            )
            #expect(renamed.status == .ok)
            #expect(String(buffer: renamed.body).contains("Statutární město Liberec"))
            #expect(String(buffer: renamed.body).contains(#""languages":["cs","de"]"#))
            #expect(String(buffer: renamed.body).contains(#""status":"active""#))

            let stale = try await client.execute(
                uri: "/v1/contacts/authority", method: .patch, headers: headers(admin, [.ifMatch: etag]),
                body: ByteBuffer(string: #"{"name":"Again"}"#)
            )
            #expect(stale.status == .preconditionFailed)
        }
    }

    @Test func everyTenantListsTheRegistryByNameAndCountry() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let registry = PostgresAuthorityRegistry(pool: runtime.pool)
        let tag = UUID().uuidString.prefix(8)
        // Poland has few test authorities, so these are found on the first pages.
        let first = try await registry.add(.init(id: UUID(), name: "Aaa Gmina \(tag) A", country: "PL", municipalityCode: "PL\(tag)A", languages: ["pl"]))
        let second = try await registry.add(.init(id: UUID(), name: "Aaa Gmina \(tag) B", country: "PL", municipalityCode: "PL\(tag)B", languages: ["pl"]))
        let token = try await TestEnvironment.token(authority: UUID(), roles: ["resident"])
        try await app.test(.router) { client in
            var names: [String] = []
            var cursor: String?
            repeat {
                let query = cursor.map { "&cursor=\($0)" } ?? ""
                let page = try await client.execute(uri: "/v1/contacts/authorities?country=PL&limit=1\(query)", method: .get, headers: headers(token))
                #expect(page.status == .ok)
                let body = try JSONDecoder().decode(Page.self, from: Data(buffer: page.body))
                #expect(body.items.count <= 1)
                #expect(body.items.allSatisfy { $0.country == "PL" })
                names += body.items.map(\.name)
                cursor = body.next_cursor
            } while cursor != nil
            #expect(names == names.sorted())
            #expect(names.contains(first.dto.name) && names.contains(second.dto.name))

            let bad = try await client.execute(uri: "/v1/contacts/authorities?country=XX", method: .get, headers: headers(token))
            #expect(bad.status == .badRequest)
            #expect(String(buffer: bad.body).contains(#""field":"country""#))
        }
    }

    @Test func aSessionChangesOnlyTheAuthorityItActsFor() async throws {
        let pool = PostgresPool(configuration: TestEnvironment.database(for: ContactsService.defaults, poolSize: 1), logger: Logger(label: "test"))
        let mine = UUID(), theirs = UUID()
        try await TestAuthorities.shared.register(mine)
        try await TestAuthorities.shared.register(theirs)
        // The query forgets to say whose row: row-level security still keeps it to the session's authority.
        let changed = try await pool.query("UPDATE authorities SET name = 'Hijacked' WHERE id IN ($1, $2) RETURNING id", [mine, theirs], authority: mine)
        #expect(changed.rows.count == 1)
        let names = try await pool.query("SELECT name FROM authorities WHERE id = $1", [theirs], authority: mine)
        #expect(try names.first?.decode(String.self, "name") != "Hijacked")
        await #expect(throws: PostgresError.self) {
            try await pool.query(
                "INSERT INTO authorities (id, name, country, municipality_code, languages) VALUES ($1, 'Forged', 'CZ', $2, '{cs}')",
                [UUID(), "F\(UUID().uuidString.prefix(8))"], authority: mine
            )
        }
        await pool.close()
    }

    struct Page: Decodable {
        struct Item: Decodable {
            let name: String
            let country: String
        }
        let items: [Item]
        let next_cursor: String?
    }
}
