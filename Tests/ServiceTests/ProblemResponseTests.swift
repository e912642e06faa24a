import ContactsService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServerKit
import Testing
import TestSupport

/// Every error is RFC 9457 problem+json, and the operational routes answer as operators expect.
@Suite struct ProblemResponseTests {
    let authority = UUID()

    func expectProblem(_ response: TestResponse, _ status: HTTPResponse.Status, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/problem+json", sourceLocation: sourceLocation)
        let body = String(buffer: response.body)
        #expect(body.contains("\"status\":\(status.code)"), sourceLocation: sourceLocation)
        #expect(body.contains("\"type\":"), sourceLocation: sourceLocation)
        #expect(response.headers[.requestID] != nil, sourceLocation: sourceLocation)
        #expect(!body.lowercased().contains("select "), sourceLocation: sourceLocation)
    }

    @Test func errorsAreProblemJSON() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let auth: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        try await app.test(.router) { client in
            expectProblem(try await client.execute(uri: "/v1/contacts/nothing-here", method: .get, headers: auth), .notFound)
            let notAllowed = try await client.execute(uri: "/v1/contacts/organisations", method: .delete, headers: auth)
            expectProblem(notAllowed, .methodNotAllowed)
            #expect(notAllowed.headers[.allow] == "GET, POST")
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations", method: .post, headers: auth,
                                                   body: ByteBuffer(string: "{\"kind\": ")), .badRequest)
            var textHeaders = auth
            textHeaders[.contentType] = "text/plain"
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations", method: .post, headers: textHeaders,
                                                   body: ByteBuffer(string: "hello")), .unsupportedMediaType)
            let huge = ByteBuffer(string: "{\"description\":\"" + String(repeating: "x", count: 2 * 1024 * 1024) + "\"}")
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations", method: .post, headers: auth, body: huge), .contentTooLarge)
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations/not-a-uuid", method: .get, headers: auth), .badRequest)
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations?limit=1000", method: .get, headers: auth), .badRequest)
            let forged = Cursor.encode(["not-a-time", "not-a-uuid"])
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations?cursor=\(forged)", method: .get, headers: auth), .badRequest)
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations?q=x&cursor=\(forged)", method: .get, headers: auth), .badRequest)
            expectProblem(try await client.execute(uri: "/v1/contacts/organisations/\(UUID())", method: .patch, headers: auth,
                                                   body: ByteBuffer(string: "{}")), .preconditionRequired)  // If-Match is required
            let wrongType = try await client.execute(uri: "/v1/contacts/organisations", method: .post, headers: auth,
                                                     body: ByteBuffer(string: #"{"kind":"sme","legal_name":42,"country":"PL"}"#))
            expectProblem(wrongType, .badRequest)
            #expect(String(buffer: wrongType.body).contains("/legal_name"))
            let unknownKind = try await client.execute(uri: "/v1/contacts/organisations", method: .post, headers: auth,
                                                       body: ByteBuffer(string: #"{"kind":"spaceship","legal_name":"X","country":"PL"}"#))
            expectProblem(unknownKind, .badRequest)
            #expect(String(buffer: unknownKind.body).contains("/kind"))
        }
    }

    @Test func anExhaustedPoolAnswers503WithRetryAfterInsteadOfHanging() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self) { configuration in
            configuration.database.poolSize = 1
            configuration.database.acquireTimeout = .milliseconds(300)
        }
        let token = try await TestEnvironment.token(authority: authority)
        // Hold the only connection for a while.
        let holder = Task { try await runtime.pool.query("SELECT pg_sleep(2)") }
        try await Task.sleep(for: .milliseconds(200))
        try await app.test(.router) { client in
            let started = ContinuousClock.now
            let response = try await client.execute(
                uri: "/v1/contacts/organisations/\(UUID())", method: .get, headers: [.authorization: "Bearer \(token)"]
            )
            expectProblem(response, .serviceUnavailable)
            #expect(response.headers[.retryAfter] != nil)
            #expect(ContinuousClock.now - started < .seconds(1.5))
        }
        _ = try await holder.value
    }

    @Test func theServiceLimitsEachCallersRate() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self) { configuration in
            configuration.rateLimitRequestsPerSecond = 1
            configuration.rateLimitBurst = 2
        }
        let token = try await TestEnvironment.token(authority: authority, subject: "hasty")
        let other = try await TestEnvironment.token(authority: authority, subject: "patient")
        try await app.test(.router) { client in
            for _ in 0..<2 {
                let allowed = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: [.authorization: "Bearer \(token)"])
                #expect(allowed.status == .ok)
                #expect(allowed.headers[HTTPField.Name("RateLimit-Limit")!] == "2")
            }
            let limited = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: [.authorization: "Bearer \(token)"])
            expectProblem(limited, .tooManyRequests)
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 >= 1)
            // Another caller has its own bucket.
            let fresh = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: [.authorization: "Bearer \(other)"])
            #expect(fresh.status == .ok)
        }
    }

    @Test func browsersFromAllowedOriginsGetCORSHeaders() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self) { configuration in
            configuration.corsAllowedOrigins = ["https://app.example.org"]
        }
        try await app.test(.router) { client in
            let preflight = try await client.execute(
                uri: "/v1/contacts/organisations", method: .options,
                headers: [HTTPField.Name("Origin")!: "https://app.example.org", HTTPField.Name("Access-Control-Request-Method")!: "POST"]
            )
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == "https://app.example.org")
            let foreign = try await client.execute(
                uri: "/v1/contacts/organisations", method: .get, headers: [HTTPField.Name("Origin")!: "https://evil.example.com"]
            )
            expectProblem(foreign, .unauthorized)
            #expect(foreign.headers[HTTPField.Name("Access-Control-Allow-Origin")!] == nil)
        }
    }

    @Test func missingOrInvalidTokensGet401() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let expired = try await TestEnvironment.token(authority: authority, expiresIn: -3600)
        let wrongAudience = try await TestEnvironment.token(authority: authority, audience: "someone-else")
        let wrongIssuer = try await TestEnvironment.token(authority: authority, issuer: "evil")
        try await app.test(.router) { client in
            for headers: HTTPFields in [
                [:], [.authorization: "Basic dXNlcjpwYXNz"], [.authorization: "Bearer \(expired)"],
                [.authorization: "Bearer \(wrongAudience)"], [.authorization: "Bearer \(wrongIssuer)"], [.authorization: "Bearer a.b.c"],
            ] {
                let response = try await client.execute(uri: "/v1/contacts/organisations", method: .get, headers: headers)
                expectProblem(response, .unauthorized)
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            }
        }
    }

    @Test func requestIDsAreKeptOrMade() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let kept = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "abc-123"])
            #expect(kept.headers[.requestID] == "abc-123")
            let replaced = try await client.execute(uri: "/healthz", method: .get, headers: [.requestID: "bad id\u{7}with control"])
            #expect(replaced.headers[.requestID] != nil)
            #expect(replaced.headers[.requestID] != "bad id\u{7}with control")
        }
    }

    @Test func healthReadinessAndMetrics() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
            _ = try await client.execute(uri: "/v1/contacts/organisations/\(UUID())", method: .get, headers: [.authorization: "Bearer \(token)"])
            let metrics = try await client.execute(uri: "/metrics", method: .get)
            #expect(metrics.status == .ok)
            let text = String(buffer: metrics.body)
            #expect(text.contains(#"http_requests_total{route="/v1/contacts/organisations/{organisationId}",method="GET",status="404"}"#))
            #expect(text.contains("http_request_duration_seconds_bucket"))
            #expect(text.contains("db_pool_connections_in_use"))
            #expect(text.contains("db_pool_waiting_requests"))
        }
    }
}
