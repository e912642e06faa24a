import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ServerKit
import Testing
@testable import ContactsService
import TestSupport

/// Sharing contacts with an SME: agreements and their lifecycle, requests and approvals within a
/// one-use quota, reveals that need consent and are consumed exactly once, revocation, expiry,
/// follow-up to an outcome, and the indicators that count it.
@Suite struct SharingTests {
    let authority = UUID()

    struct Fixture {
        let officer: String
        let sme: String
        let smeOrganisation: String
        let consenting: [String]
        let withoutConsent: String
    }

    func call(_ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, _ token: String, _ body: String? = nil, ifMatch: String? = nil)
        async throws -> TestResponse
    {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        if let ifMatch { fields[.ifMatch] = ifMatch }
        return try await client.execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }

    func field(_ response: TestResponse, _ name: String) throws -> String {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return try #require(object?[name] as? String, "\(response.status) \(String(buffer: response.body))")
    }

    func fixture(_ client: some TestClientProtocol, persons: Int = 2) async throws -> Fixture {
        let officer = try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer")
        let sme = try field(try await call(client, .post, "/v1/contacts/organisations", officer, #"{"kind":"sme","legal_name":"Sklárna Jizera","country":"CZ"}"#), "id")
        let partner = try field(try await call(
            client, .post, "/v1/contacts/organisations", officer,
            #"{"kind":"company","legal_name":"Glaswerk Dresden GmbH","country":"DE","sectors":["23.13"],"keywords":["glass"]}"#
        ), "id")
        var consenting: [String] = []
        for index in 0..<persons {
            let person = try field(try await call(
                client, .post, "/v1/contacts/organisations/\(partner)/persons", officer,
                #"{"given_name":"Klaus","family_name":"Müller \#(index)","email":"klaus\#(index)@glaswerk.example"}"#
            ), "id")
            let consent = try await call(
                client, .post, "/v1/contacts/persons/\(person)/consents", officer,
                #"{"purpose":"partner_matching","action":"given","occurred_at":"2025-01-01T00:00:00Z","text_version":"v1","source":"event_registration"}"#
            )
            #expect(consent.status == .created)
            consenting.append(person)
        }
        let silent = try field(try await call(
            client, .post, "/v1/contacts/organisations/\(partner)/persons", officer, #"{"given_name":"Greta","family_name":"Schweigsam","email":"greta@glaswerk.example"}"#
        ), "id")
        let smeToken = try await TestEnvironment.token(authority: authority, roles: ["sme"], subject: "sme-user", organisation: UUID(uuidString: sme))
        return Fixture(officer: officer, sme: smeToken, smeOrganisation: sme, consenting: consenting, withoutConsent: silent)
    }

    func agreement(_ client: some TestClientProtocol, _ f: Fixture, _ terms: String, activate: Bool = true) async throws -> String {
        let created = try await call(
            client, .post, "/v1/contacts/agreements", f.officer,
            #"{"sme_organisation_id":"\#(f.smeOrganisation)","authority_role":"facilitator","responsible_officer":"Ing. Jana Nová",\#(terms)}"#
        )
        #expect(created.status == .created, "\(String(buffer: created.body))")
        let id = try field(created, "id")
        if activate {
            let active = try await call(client, .post, "/v1/contacts/agreements/\(id)/transitions", f.officer, #"{"to":"active"}"#, ifMatch: created.headers[.eTag])
            #expect(active.status == .ok, "\(String(buffer: active.body))")
        }
        return id
    }

    func request(_ client: some TestClientProtocol, _ f: Fixture, _ agreement: String, _ person: String) async throws -> TestResponse {
        try await call(
            client, .post, "/v1/contacts/access-requests", f.sme,
            #"{"agreement_id":"\#(agreement)","person_id":"\#(person)","reason":"We need a glass supplier","intended_cooperation":"Supply contract"}"#
        )
    }

    @Test func aOneUseAgreementGrantsItsQuotaAndEachGrantRevealsOnceUnderConcurrency() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let f = try await fixture(client)
            let id = try await agreement(client, f, #""access_model":"one_use","contacts_allowed":1,"scope":{"sectors":["C"],"countries":["DE"]}"#)
            let first = try await request(client, f, id, f.consenting[0])
            #expect(first.status == .created)
            #expect(try field(first, "status") == "pending")
            let approved = try await call(client, .post, "/v1/contacts/access-requests/\(try field(first, "id"))/decision", f.officer, #"{"decision":"approve"}"#)
            #expect(approved.status == .ok, "\(String(buffer: approved.body))")
            let grant = try field(approved, "grant_id")

            // The quota is one contact: a second approval is refused.
            let second = try await request(client, f, id, f.consenting[1])
            let refused = try await call(client, .post, "/v1/contacts/access-requests/\(try field(second, "id"))/decision", f.officer, #"{"decision":"approve"}"#)
            #expect(refused.status == .conflict)

            // Two reveals at once: exactly one answers the person.
            async let a = call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme)
            async let b = call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme)
            let statuses = [try await a.status, try await b.status]
            #expect(statuses.filter { $0 == .ok }.count == 1, "\(statuses)")
            #expect(statuses.filter { $0 == .conflict }.count == 1, "\(statuses)")
            let third = try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme)
            #expect(third.status == .conflict)
            #expect(String(buffer: third.body).contains("used"))
        }
    }

    @Test func aPersonWithoutConsentIsNeverRevealedAndTheGrantIsNotConsumed() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let f = try await fixture(client, persons: 0)
            let id = try await agreement(client, f, #""access_model":"long_term","auto_approve":true"#)
            let requested = try await request(client, f, id, f.withoutConsent)
            #expect(try field(requested, "status") == "approved")
            let grant = try field(requested, "grant_id")
            let reveal = try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme)
            #expect(reveal.status == .conflict)
            #expect(!String(buffer: reveal.body).contains("greta@"))
            let grants = try await call(client, .get, "/v1/contacts/grants", f.sme)
            #expect(String(buffer: grants.body).contains(#""reveals_used":0"#))
        }
    }

    @Test func revokedGrantsExpiredAgreementsAndForeignAgreementsRevealNothing() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let f = try await fixture(client, persons: 1)
            let longTerm = try await agreement(client, f, #""access_model":"long_term","auto_approve":true"#)
            let grant = try field(try await request(client, f, longTerm, f.consenting[0]), "grant_id")
            #expect(try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme).status == .ok)
            #expect(try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme).status == .ok, "long-term grants reveal again")
            // A long-term grant lets the SME read the person directly too, logged with the grant.
            let direct = try await call(client, .get, "/v1/contacts/persons/\(f.consenting[0])", f.sme)
            #expect(String(buffer: direct.body).contains("klaus0@glaswerk.example"), "\(String(buffer: direct.body))")
            #expect(try await call(client, .post, "/v1/contacts/grants/\(grant)/revoke", f.officer).status == .ok)
            let afterRevoke = try await call(client, .get, "/v1/contacts/persons/\(f.consenting[0])", f.sme)
            #expect(!String(buffer: afterRevoke.body).contains("klaus0@"))
            #expect(String(buffer: afterRevoke.body).contains(#""reason":"no_grant""#))
            #expect(try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme).status == .conflict)

            let lapsed = try await agreement(
                client, f, #""access_model":"time_limited","valid_from":"2024-01-01","valid_until":"2024-12-31","auto_approve":true"#
            )
            let read = try await call(client, .get, "/v1/contacts/agreements/\(lapsed)", f.sme)
            #expect(String(buffer: read.body).contains(#""status":"expired""#))
            #expect(try await request(client, f, lapsed, f.consenting[0]).status == .conflict)

            // An agreement is in force from its first day, not before.
            let future = try await agreement(
                client, f, #""access_model":"time_limited","valid_from":"2099-01-01","valid_until":"2099-12-31","auto_approve":true"#
            )
            let early = try await request(client, f, future, f.consenting[0])
            #expect(early.status == .conflict)
            #expect(String(buffer: early.body).contains("2099-01-01"))

            // Dates and cursors PostgreSQL would refuse are the caller's 400s, never 500s.
            for query in ["/v1/contacts/indicators?from=0000-01-01&to=2025-01-01", "/v1/contacts/indicators?from=2025-02-30&to=2025-03-01",
                          "/v1/contacts/follow-ups?due_before=-001-01-01", "/v1/contacts/follow-ups?cursor=WyIwMDAwLTAwLTAwIiwiMDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwIl0"] {
                let refused = try await call(client, .get, query, f.officer)
                #expect(refused.status == .badRequest, "\(query): \(refused.status)")
            }

            // Another SME of the same authority neither sees nor uses this SME's agreement.
            let other = try await TestEnvironment.token(authority: authority, roles: ["sme"], subject: "other-sme", organisation: UUID())
            #expect(try await call(client, .get, "/v1/contacts/agreements/\(longTerm)", other).status == .notFound)
            #expect(try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", other).status == .notFound)
            let foreign = try await call(
                client, .post, "/v1/contacts/access-requests", other,
                #"{"agreement_id":"\#(longTerm)","person_id":"\#(f.consenting[0])","reason":"x","intended_cooperation":"y"}"#
            )
            #expect(foreign.status == .unprocessableContent)
        }
    }

    @Test func onlyTheLifecycleTransitionsAreAllowed() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let f = try await fixture(client, persons: 0)
            let id = try await agreement(client, f, #""access_model":"long_term""#, activate: false)
            let suspend = try await call(client, .post, "/v1/contacts/agreements/\(id)/transitions", f.officer, #"{"to":"suspended"}"#, ifMatch: "*")
            #expect(suspend.status == .conflict)
            #expect(String(buffer: suspend.body).contains("draft"))
            for step in ["active", "suspended", "active", "terminated"] {
                let moved = try await call(client, .post, "/v1/contacts/agreements/\(id)/transitions", f.officer, #"{"to":"\#(step)"}"#, ifMatch: "*")
                #expect(moved.status == .ok, "\(step): \(String(buffer: moved.body))")
            }
            let again = try await call(client, .post, "/v1/contacts/agreements/\(id)/transitions", f.officer, #"{"to":"active"}"#, ifMatch: "*")
            #expect(again.status == .conflict)
            let invalid = try await call(
                client, .post, "/v1/contacts/agreements", f.officer,
                #"{"sme_organisation_id":"\#(f.smeOrganisation)","authority_role":"partner","responsible_officer":"x","access_model":"one_use","scope":{"sectors":["ZZ"]}}"#
            )
            #expect(invalid.status == .unprocessableContent)
            #expect(String(buffer: invalid.body).contains("/contacts_allowed"))
            #expect(String(buffer: invalid.body).contains("/scope/sectors/0"))
        }
    }

    @Test func aRevealIsFollowedUpToAPartnershipAndCounted() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        try await app.test(.router) { client in
            let f = try await fixture(client, persons: 1)
            let id = try await agreement(client, f, #""access_model":"long_term","auto_approve":true"#)
            let grant = try field(try await request(client, f, id, f.consenting[0]), "grant_id")
            let revealed = try await call(client, .post, "/v1/contacts/grants/\(grant)/reveal", f.sme)
            #expect(revealed.status == .ok)
            #expect(String(buffer: revealed.body).contains("klaus0@glaswerk.example"))
            let followUp = try field(revealed, "follow_up_id")

            let due = try await call(client, .get, "/v1/contacts/follow-ups?open=true&due_before=2099-01-01", f.officer)
            #expect(String(buffer: due.body).contains(followUp))
            for (token, outcome) in [(f.sme, "contacted"), (f.officer, "meeting_held"), (f.sme, "partnership_established")] {
                let entry = try await call(
                    client, .post, "/v1/contacts/follow-ups/\(followUp)/entries", token, #"{"text":"Update: \#(outcome)","outcome":"\#(outcome)"}"#
                )
                #expect(entry.status == .created, "\(String(buffer: entry.body))")
            }
            let closed = try await call(client, .get, "/v1/contacts/follow-ups/\(followUp)", f.sme)
            #expect(String(buffer: closed.body).contains(#""outcome":"partnership_established""#))
            #expect(String(buffer: closed.body).contains(#""party":"sme""#) && String(buffer: closed.body).contains(#""party":"authority""#))
            #expect(try await call(client, .post, "/v1/contacts/follow-ups/\(followUp)/entries", f.sme, #"{"text":"late"}"#).status == .conflict)
            let open = try await call(client, .get, "/v1/contacts/follow-ups?open=true", f.officer)
            #expect(!String(buffer: open.body).contains(followUp))

            let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
            for groupBy in ["month", "sector", "agreement"] {
                let indicators = try await call(client, .get, "/v1/contacts/indicators?from=2025-01-01&to=\(today)&group_by=\(groupBy)", f.officer)
                #expect(indicators.status == .ok)
                let body = try JSONDecoder().decode(Indicators.self, from: Data(buffer: indicators.body))
                #expect(body.total.contacts_shared == 1 && body.total.partnerships_established == 1, "\(groupBy)")
                #expect(body.rows.count == 1, "\(groupBy)")
                if groupBy == "sector" { #expect(body.rows.first?.key == "C") }
                if groupBy == "agreement" { #expect(body.rows.first?.key == id) }
            }
            let before = try await call(client, .get, "/v1/contacts/indicators?from=2025-01-01&to=2025-12-31", f.officer)
            #expect(try JSONDecoder().decode(Indicators.self, from: Data(buffer: before.body)).total.contacts_shared == 0)
        }
    }

    struct Indicators: Decodable {
        struct Row: Decodable {
            let key: String
            let contacts_shared: Int
            let partnerships_established: Int
        }
        let rows: [Row]
        let total: Row
    }
}
