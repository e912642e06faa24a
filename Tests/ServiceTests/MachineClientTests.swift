import ContactsService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresDatabase
import ServerKit
import Testing
import TestSupport

/// Machine clients (OAuth2 client credentials), the token endpoint and the audit log, over the
/// real router and a real PostgreSQL.
@Suite struct MachineClientTests {
    let authority = UUID()

    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func admin(_ authority: UUID? = nil) async throws -> HTTPFields {
        let token = try await TestEnvironment.token(authority: authority ?? self.authority, roles: ["authority_admin"], subject: "admin-1")
        return [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    /// Creates a client and returns its id and secret.
    func createClient(
        _ client: some TestClientProtocol, roles: [String] = ["feed_consumer"], scope: String? = nil, authority: UUID? = nil
    ) async throws -> (id: String, secret: String) {
        var body: [String: Any] = ["name": "Chamber of Commerce Liberec", "roles": roles]
        if let scope { body["scope"] = scope }
        let created = try await client.execute(
            uri: "/v1/contacts/clients", method: .post, headers: try await admin(authority),
            body: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: body))
        )
        #expect(created.status == .created)
        let object = try Self.object(created)
        let id = try #require(object["client_id"] as? String)
        let secret = try #require(object["client_secret"] as? String)
        return (id, secret)
    }

    static func form(_ fields: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    /// A token request with HTTP Basic client authentication.
    func tokenByBasic(_ client: some TestClientProtocol, id: String, secret: String, extra: [(String, String)] = []) async throws -> TestResponse {
        let basic = Data("\(id):\(secret)".utf8).base64EncodedString()
        return try await client.execute(
            uri: "/v1/contacts/oauth/token", method: .post,
            headers: [.authorization: "Basic \(basic)", .contentType: "application/x-www-form-urlencoded"],
            body: Self.form([("grant_type", "client_credentials")] + extra)
        )
    }

    /// A token request with the credentials in the form.
    func tokenByForm(_ client: some TestClientProtocol, id: String, secret: String) async throws -> TestResponse {
        try await client.execute(
            uri: "/v1/contacts/oauth/token", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: Self.form([("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret)])
        )
    }

    static func rolePool() -> PostgresPool {
        PostgresPool(configuration: TestEnvironment.database(for: ContactsService.defaults, poolSize: 1), logger: Logger(label: "machine-clients"))
    }

    @Test func aClientGetsTokensThatCarryItsRolesOnly() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client)
            #expect(secret.count == 43, "32 bytes, base64url without padding")
            #expect(!secret.contains("=") && !secret.contains("+") && !secret.contains("/"))

            // The list shows the client, never a secret.
            let list = try await client.execute(uri: "/v1/contacts/clients", method: .get, headers: try await admin())
            #expect(list.status == .ok)
            let listText = String(buffer: list.body)
            #expect(listText.contains(id))
            #expect(!listText.contains(secret))
            #expect(!listText.contains("client_secret"))

            // HTTP Basic.
            let byBasic = try await tokenByBasic(client, id: id, secret: secret)
            #expect(byBasic.status == .ok)
            #expect(byBasic.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(byBasic.headers[.cacheControl] == "no-store")
            let token = try Self.object(byBasic)
            #expect(token["token_type"] as? String == "Bearer")
            #expect(token["expires_in"] as? Int == 300)
            let accessToken = try #require(token["access_token"] as? String)

            let identity = try await TokenVerifier(configuration: TestEnvironment.jwt).verify(accessToken)
            #expect(identity.subject == "client:\(id)")
            #expect(identity.roles == ["feed_consumer"])
            #expect(identity.authorityID == authority)

            // Form fields.
            let byForm = try await tokenByForm(client, id: id, secret: secret)
            #expect(byForm.status == .ok)
            #expect(try Self.object(byForm)["access_token"] is String)

            // feed_consumer may read organisations, not create them.
            let bearer: HTTPFields = [.authorization: "Bearer \(accessToken)", .contentType: "application/json"]
            let read = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: bearer)
            #expect(read.status == .ok)
            let write = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: bearer,
                body: ByteBuffer(string: #"{"kind":"sme","legal_name":"Not allowed","country":"CZ"}"#)
            )
            #expect(write.status == .forbidden)
            // Nor manage clients.
            let manage = try await client.execute(uri: "/v1/contacts/clients", method: .get, headers: bearer)
            #expect(manage.status == .forbidden)
        }
    }

    @Test func aWrongSecretIsInvalidClient() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client)
            for response in [
                try await tokenByBasic(client, id: id, secret: secret + "x"),
                try await tokenByForm(client, id: id, secret: String(secret.reversed())),
                try await tokenByBasic(client, id: UUID().uuidString.lowercased(), secret: secret),
                try await tokenByBasic(client, id: "not-a-uuid", secret: secret),
            ] {
                #expect(response.status == .unauthorized)
                #expect(try Self.object(response)["error"] as? String == "invalid_client")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Basic ") == true)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                #expect(!String(buffer: response.body).contains("access_token"))
            }
        }
    }

    @Test func tokenRequestErrorsFollowRFC6749() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client, scope: "feeds:read organisations:read")
            let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let noGrant = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: formHeaders,
                body: Self.form([("client_id", id), ("client_secret", secret)])
            )
            #expect(noGrant.status == .badRequest)
            #expect(try Self.object(noGrant)["error"] as? String == "invalid_request")

            let password = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: formHeaders,
                body: Self.form([("grant_type", "password"), ("client_id", id), ("client_secret", secret)])
            )
            #expect(password.status == .badRequest)
            #expect(try Self.object(password)["error"] as? String == "unsupported_grant_type")

            let anonymous = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: formHeaders, body: Self.form([("grant_type", "client_credentials")])
            )
            #expect(anonymous.status == .unauthorized)
            #expect(try Self.object(anonymous)["error"] as? String == "invalid_client")

            // Not a form: the one error of this endpoint that stays problem+json.
            let json = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"grant_type":"client_credentials"}"#)
            )
            #expect(json.status == .unsupportedMediaType)
            #expect(json.headers[.contentType] == "application/problem+json")
            // A charset parameter is fine.
            let charset = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: [.contentType: "application/x-www-form-urlencoded; charset=UTF-8"],
                body: Self.form([("grant_type", "client_credentials"), ("client_id", id), ("client_secret", secret), ("unknown", "ignored")])
            )
            #expect(charset.status == .ok)
            // A bearer token is no client authentication.
            let bearer = try await TestEnvironment.token(authority: authority, roles: ["authority_admin"])
            let withBearer = try await client.execute(
                uri: "/v1/contacts/oauth/token", method: .post, headers: [.authorization: "Bearer \(bearer)", .contentType: "application/x-www-form-urlencoded"],
                body: Self.form([("grant_type", "client_credentials")])
            )
            #expect(withBearer.status == .unauthorized)
            #expect(try Self.object(withBearer)["error"] as? String == "invalid_client")

            let narrower = try await tokenByBasic(client, id: id, secret: secret, extra: [("scope", "feeds:read")])
            #expect(narrower.status == .ok)
            #expect(try Self.object(narrower)["scope"] as? String == "feeds:read")
            let wider = try await tokenByBasic(client, id: id, secret: secret, extra: [("scope", "admin")])
            #expect(wider.status == .badRequest)
            #expect(try Self.object(wider)["error"] as? String == "invalid_scope")
        }
    }

    @Test func rotationReplacesTheSecretAndRevocationStopsTokens() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, old) = try await createClient(client, roles: ["partner_city"])
            let rotated = try await client.execute(uri: "/v1/contacts/clients/\(id)/rotate", method: .post, headers: try await admin())
            #expect(rotated.status == .ok)
            let new = try #require(try Self.object(rotated)["client_secret"] as? String)
            #expect(new != old)
            #expect(try await tokenByBasic(client, id: id, secret: old).status == .unauthorized)
            #expect(try await tokenByBasic(client, id: id, secret: new).status == .ok)

            let revoked = try await client.execute(uri: "/v1/contacts/clients/\(id)", method: .delete, headers: try await admin())
            #expect(revoked.status == .noContent)
            let refused = try await tokenByBasic(client, id: id, secret: new)
            #expect(refused.status == .unauthorized)
            #expect(try Self.object(refused)["error"] as? String == "invalid_client")
            // Gone from the list, and cannot be revoked or rotated again.
            let list = try await client.execute(uri: "/v1/contacts/clients", method: .get, headers: try await admin())
            #expect(!String(buffer: list.body).contains(id))
            #expect(try await client.execute(uri: "/v1/contacts/clients/\(id)", method: .delete, headers: try await admin()).status == .notFound)
            #expect(try await client.execute(uri: "/v1/contacts/clients/\(id)/rotate", method: .post, headers: try await admin()).status == .notFound)
        }
    }

    @Test func onlyAdministratorsManageClients() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer", "broker", "sme", "resident"])
        let headers: HTTPFields = [.authorization: "Bearer \(officer)", .contentType: "application/json"]
        try await app.test(.router) { client in
            let (id, _) = try await createClient(client)
            let calls: [(String, HTTPRequest.Method, ByteBuffer?)] = [
                ("/v1/contacts/clients", .get, nil),
                ("/v1/contacts/clients", .post, ByteBuffer(string: #"{"name":"x","roles":["feed_consumer"]}"#)),
                ("/v1/contacts/clients/\(id)/rotate", .post, nil),
                ("/v1/contacts/clients/\(id)", .delete, nil),
                ("/v1/contacts/audit-events", .get, nil),
            ]
            for (uri, method, body) in calls {
                let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
                #expect(response.status == .forbidden, "\(method) \(uri): \(response.status)")
            }
        }
    }

    @Test func anotherAuthoritysClientIsNotFound() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let stranger = UUID()
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client)
            let rotate = try await client.execute(uri: "/v1/contacts/clients/\(id)/rotate", method: .post, headers: try await admin(stranger))
            #expect(rotate.status == .notFound)
            let revoke = try await client.execute(uri: "/v1/contacts/clients/\(id)", method: .delete, headers: try await admin(stranger))
            #expect(revoke.status == .notFound)
            let list = try await client.execute(uri: "/v1/contacts/clients", method: .get, headers: try await admin(stranger))
            #expect(!String(buffer: list.body).contains(id))
            // Untouched by the attempts.
            #expect(try await tokenByBasic(client, id: id, secret: secret).status == .ok)
        }
    }

    @Test func invalidClientsAreRefused() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            for body in [
                #"{"name":"x","roles":["authority_admin"]}"#, #"{"name":"x","roles":[]}"#, #"{"name":" ","roles":["feed_consumer"]}"#,
                #"{"name":"x","roles":["feed_consumer"],"client_secret":"chosen"}"#, #"{"name":"x","roles":["feed_consumer"],"scope":"a  b"}"#,
            ] {
                let response = try await client.execute(uri: "/v1/contacts/clients", method: .post, headers: try await admin(), body: ByteBuffer(string: body))
                #expect(response.status == .badRequest || response.status == .unprocessableContent, "\(body): \(response.status)")
            }
        }
    }

    @Test func auditEventsAreListedNewestFirstAndAppendOnly() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client)
            let rotated = try await client.execute(uri: "/v1/contacts/clients/\(id)/rotate", method: .post, headers: try await admin())
            let newSecret = try #require(try Self.object(rotated)["client_secret"] as? String)
            _ = try await client.execute(uri: "/v1/contacts/clients/\(id)", method: .delete, headers: try await admin())

            let listed = try await client.execute(uri: "/v1/contacts/audit-events", method: .get, headers: try await admin())
            #expect(listed.status == .ok)
            let items = try #require(try Self.object(listed)["items"] as? [[String: Any]])
            let actions = items.filter { $0["target"] as? String == "client:\(id)" }.map { $0["action"] as? String }
            #expect(actions == ["client.revoked", "client.rotated", "client.created"])
            #expect(items.allSatisfy { $0["actor"] as? String == "admin-1" })
            let text = String(buffer: listed.body)
            #expect(!text.contains(secret) && !text.contains(newSecret))

            let filtered = try await client.execute(uri: "/v1/contacts/audit-events?action=client.rotated", method: .get, headers: try await admin())
            let filteredItems = try #require(try Self.object(filtered)["items"] as? [[String: Any]])
            #expect(filteredItems.count == 1)
            #expect(filteredItems.first?["action"] as? String == "client.rotated")

            let paged = try await client.execute(uri: "/v1/contacts/audit-events?limit=2", method: .get, headers: try await admin())
            let cursor = try #require(try Self.object(paged)["next_cursor"] as? String)
            let rest = try await client.execute(uri: "/v1/contacts/audit-events?limit=2&cursor=\(cursor)", method: .get, headers: try await admin())
            #expect((try Self.object(rest)["items"] as? [[String: Any]])?.first?["action"] as? String == "client.created")

            // Another authority sees none of it.
            let stranger = try await client.execute(uri: "/v1/contacts/audit-events", method: .get, headers: try await admin(UUID()))
            #expect(!String(buffer: stranger.body).contains(id))
        }

        // Append-only, for the service's own role too.
        let pool = Self.rolePool()
        let before = try await pool.query("SELECT count(*) AS n FROM audit_events", [], authority: authority).first!.decode(Int.self, "n")
        #expect(before == 3)
        await #expect(throws: PostgresError.self) {
            try await pool.query("UPDATE audit_events SET actor = 'someone-else' WHERE authority_id = $1", [authority], authority: authority)
        }
        await #expect(throws: PostgresError.self) {
            try await pool.query("DELETE FROM audit_events WHERE authority_id = $1", [authority], authority: authority)
        }
        await #expect(throws: PostgresError.self) {
            try await pool.query("TRUNCATE audit_events")
        }
        let after = try await pool.query("SELECT count(*) AS n FROM audit_events WHERE actor = 'admin-1'", [], authority: authority)
            .first!.decode(Int.self, "n")
        #expect(after == 3)
        await pool.close()
    }

    @Test func repeatedFailedAuthenticationsAreAudited() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let (id, secret) = try await createClient(client)
            func failures() async throws -> Int {
                let listed = try await client.execute(
                    uri: "/v1/contacts/audit-events?action=client.authentication_failures", method: .get, headers: try await admin()
                )
                return (try Self.object(listed)["items"] as? [[String: Any]])?.count ?? -1
            }
            for _ in 0..<5 { #expect(try await tokenByBasic(client, id: id, secret: "wrong").status == .unauthorized) }
            #expect(try await failures() == 0, "five failures are within the threshold")
            #expect(try await tokenByBasic(client, id: id, secret: "wrong").status == .unauthorized)
            #expect(try await failures() == 1)
            for _ in 0..<3 { _ = try await tokenByBasic(client, id: id, secret: "wrong") }
            #expect(try await failures() == 1, "once per window")
            let listed = try await client.execute(uri: "/v1/contacts/audit-events", method: .get, headers: try await admin())
            #expect(!String(buffer: listed.body).contains("wrong"), "the attempted secret is not recorded")
            // The right secret still works: failures do not lock the client out.
            #expect(try await tokenByBasic(client, id: id, secret: secret).status == .ok)
        }
    }

    @Test func theSecretIsStoredOnlyAsASaltedHash() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let (created, second) = try await app.test(.router) { client in
            (try await createClient(client), try await createClient(client))
        }
        let (id, secret) = created
        let pool = Self.rolePool()
        let rows = try await pool.query(
            "SELECT row_to_json(m)::text AS row, secret_salt, secret_hash FROM machine_clients m WHERE id = $1 OR id = $2",
            [UUID(uuidString: id)!, UUID(uuidString: second.id)!], authority: authority
        ).rows
        #expect(rows.count == 2)
        let first = try #require(rows.first { (try? $0.decode(String.self, "row").contains(id)) == true })
        let stored = try first.decode(String.self, "row")
        #expect(!stored.contains(secret))
        let hash = try first.decode(String.self, "secret_hash")
        let salt = try first.decode(String.self, "secret_salt")
        #expect(hash.count == 64 && salt.count == 32)
        #expect(Set(try rows.map { try $0.decode(String.self, "secret_salt") }).count == 2, "a salt of its own per client")
        // Nothing of it is readable without acting for the authority.
        let unscoped = try await pool.query("SELECT count(*) AS n FROM machine_clients", [], authority: UUID())
        #expect(try unscoped.first!.decode(Int.self, "n") == 0)
        await pool.close()
    }
}
