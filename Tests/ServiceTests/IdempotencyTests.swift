import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServerKit
import Testing
@testable import ContactsService
@testable import InnovationService
import TestSupport

/// `Idempotency-Key` on POST: a retried create answers the first answer again and creates nothing
/// more; the same key with another body is 422; keys belong to one caller; errors are not kept.
@Suite struct IdempotencyTests {
    let authority = UUID()

    func post(_ client: some TestClientProtocol, _ uri: String, _ token: String, _ body: String, key: String?) async throws -> TestResponse {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let key { fields[IdempotencyMiddleware.header] = key }
        return try await client.execute(uri: uri, method: .post, headers: fields, body: ByteBuffer(string: body))
    }

    @Test func aRetriedCreateReplaysTheFirstAnswer() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority, subject: "officer-a")
        let other = try await TestEnvironment.token(authority: authority, subject: "officer-b")
        let body = #"{"kind":"sme","legal_name":"Opakovaná s.r.o.","country":"CZ"}"#
        try await app.test(.router) { client in
            let key = "create-\(UUID())"
            let first = try await post(client, "/v1/contacts/organisations", token, body, key: key)
            #expect(first.status == .created)
            #expect(first.headers[IdempotencyMiddleware.replayed] == nil)
            let again = try await post(client, "/v1/contacts/organisations", token, body, key: key)
            #expect(again.status == .created)
            #expect(again.headers[IdempotencyMiddleware.replayed] == "true")
            #expect(String(buffer: again.body) == String(buffer: first.body))
            #expect(again.headers[.location] == first.headers[.location])
            #expect(again.headers[.eTag] == first.headers[.eTag] && again.headers[.eTag] == #""1""#)

            let otherBody = try await post(client, "/v1/contacts/organisations", token, #"{"kind":"sme","legal_name":"Jiná","country":"CZ"}"#, key: key)
            #expect(otherBody.status == .unprocessableContent)
            #expect(String(buffer: otherBody.body).contains("Idempotency-Key"))

            // Another caller's same key is another key.
            let theirs = try await post(client, "/v1/contacts/organisations", other, body, key: key)
            #expect(theirs.status == .created && theirs.headers[IdempotencyMiddleware.replayed] == nil)

            // An invalid request is not kept: once corrected, the same key creates.
            let broken = "broken-\(UUID())"
            #expect(try await post(client, "/v1/contacts/organisations", token, #"{"kind":"sme","legal_name":"","country":"CZ"}"#, key: broken).status == .unprocessableContent)
            #expect(try await post(client, "/v1/contacts/organisations", token, #"{"kind":"sme","legal_name":"","country":"CZ"}"#, key: broken).headers[IdempotencyMiddleware.replayed] == nil)

            #expect(try await post(client, "/v1/contacts/organisations", token, body, key: "bad key with spaces").status == .badRequest)
            // Without a key, every POST creates.
            #expect(try await post(client, "/v1/contacts/organisations", token, body, key: nil).status == .created)
        }
        let created = try await runtime.pool.query(
            "SELECT count(*)::int AS n FROM organisations WHERE authority_id = $1 AND legal_name = 'Opakovaná s.r.o.'", [authority], authority: authority
        ).first?.decode(Int.self, "n")
        #expect(created == 3, "one per key and caller, one without a key")
    }

    @Test func concurrentRetriesCreateOnce() async throws {
        let (app, runtime) = try await TestEnvironment.application(InnovationService.self)
        let token = try await TestEnvironment.token(authority: authority, subject: "resident")
        let key = "idea-\(UUID())"
        try await app.test(.router) { client in
            async let a = post(client, "/v1/innovation/ideas", token, #"{"title":"Once only","description":"x"}"#, key: key)
            async let b = post(client, "/v1/innovation/ideas", token, #"{"title":"Once only","description":"x"}"#, key: key)
            let statuses = [try await a.status, try await b.status]
            #expect(statuses.contains(.created), "\(statuses)")
            #expect(statuses.allSatisfy { $0 == .created || $0 == .conflict }, "\(statuses)")
        }
        let ideas = try await runtime.pool.query(
            "SELECT count(*)::int AS n FROM ideas WHERE authority_id = $1 AND title = 'Once only'", [authority], authority: authority
        ).first?.decode(Int.self, "n")
        #expect(ideas == 1)
    }
}
