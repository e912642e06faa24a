import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresDatabase
import ServerKit
import Testing
@testable import ContactsService
import TestSupport

/// Sharing contacts with an SME: agreements and their lifecycle, requests and approvals within a
/// one-use quota, reveals that need consent and are consumed exactly once, revocation, expiry,
/// follow-up to an outcome, and the indicators that count it. Sharing them with a neighbouring
/// authority: consenting persons' contact fields only, logged for the owner, revocable.
@Suite struct SharingTests {
    let authority = UUID()

    struct Fixture {
        let officer: String
        let sme: String
        let smeOrganisation: String
        /// The partner (a glass maker, NACE 23.13, so in section C) whose persons are shared.
        let partner: String
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
        return Fixture(officer: officer, sme: smeToken, smeOrganisation: sme, partner: partner, consenting: consenting, withoutConsent: silent)
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

    // MARK: - Sharing with a neighbouring authority

    func items(_ response: TestResponse) throws -> [[String: Any]] {
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return try #require(object?["items"] as? [[String: Any]], "\(response.status) \(String(buffer: response.body))")
    }

    /// `field: reason` for every entry of a person's `redacted`.
    func redactions(_ person: [String: Any]) -> [String: String] {
        var reasons: [String: String] = [:]
        for entry in person["redacted"] as? [[String: Any]] ?? [] {
            if let field = entry["field"] as? String, let reason = entry["reason"] as? String { reasons[field] = reason }
        }
        return reasons
    }

    @Test func aNeighbourReadsOnlyConsentingContactFieldsOfSharedOrganisationsAndTheOwnerSeesEveryRead() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let neighbour = UUID()
        let third = UUID()
        try await app.test(.router) { client in
            let f = try await fixture(client, persons: 1)
            let admin = try await TestEnvironment.token(authority: authority, roles: ["authority_admin"], subject: "owner-admin")
            let protectionOfficer = try await TestEnvironment.token(authority: authority, roles: ["data_protection_officer"], subject: "owner-dpo")
            let neighbourOfficer = try await TestEnvironment.token(authority: neighbour, roles: ["partnership_officer"], subject: "neighbour-officer")
            let neighbourBroker = try await TestEnvironment.token(authority: neighbour, roles: ["broker"], subject: "neighbour-broker")
            let thirdOfficer = try await TestEnvironment.token(authority: third, roles: ["partnership_officer"], subject: "third-officer")
            let consentBody = { (action: String, at: String) in
                #"{"purpose":"partner_matching","action":"\#(action)","occurred_at":"\#(at)","text_version":"v1","source":"web_form"}"#
            }
            // A consenting person with the owner's notes and reference, and one who withdrew consent.
            let noted = try field(try await call(
                client, .post, "/v1/contacts/organisations/\(f.partner)/persons", f.officer,
                #"{"given_name":"Ute","family_name":"Brandt","position":"Export manager","email":"ute@glaswerk.example","external_ref":"GW-7","notes":"Prefers calls before ten"}"#
            ), "id")
            #expect(try await call(client, .post, "/v1/contacts/persons/\(noted)/consents", f.officer, consentBody("given", "2025-01-01T00:00:00Z")).status == .created)
            let withdrawn = try field(try await call(
                client, .post, "/v1/contacts/organisations/\(f.partner)/persons", f.officer,
                #"{"given_name":"Jörg","family_name":"Widerruf","email":"joerg@glaswerk.example"}"#
            ), "id")
            #expect(try await call(client, .post, "/v1/contacts/persons/\(withdrawn)/consents", f.officer, consentBody("given", "2025-01-01T00:00:00Z")).status == .created)
            #expect(try await call(client, .post, "/v1/contacts/persons/\(withdrawn)/consents", f.officer, consentBody("withdrawn", "2025-03-01T00:00:00Z")).status == .created)
            let shared = "/v1/contacts/shared-organisations/\(f.partner)/persons?from_authority=\(authority)"

            // Nothing is shared yet.
            #expect(try await call(client, .get, shared, neighbourOfficer).status == .notFound)
            let created = try await call(
                client, .post, "/v1/contacts/sharing-agreements", admin, #"{"neighbour_authority_id":"\#(neighbour)","sectors":["C"]}"#
            )
            #expect(created.status == .created, "\(String(buffer: created.body))")
            let agreement = try field(created, "id")

            let answer = try await call(client, .get, shared, neighbourOfficer)
            #expect(answer.status == .ok, "\(String(buffer: answer.body))")
            let body = String(buffer: answer.body)
            #expect(!body.contains("Prefers calls") && !body.contains("GW-7") && !body.contains("greta@") && !body.contains("joerg@"), "\(body)")
            let people = Dictionary(uniqueKeysWithValues: try items(answer).map { ($0["id"] as? String ?? "", $0) })
            #expect(Set(people.keys) == Set([f.consenting[0], f.withoutConsent, noted, withdrawn]))

            let klaus = try #require(people[f.consenting[0]])
            #expect(klaus["email"] as? String == "klaus0@glaswerk.example" && klaus["given_name"] as? String == "Klaus")
            #expect(klaus["purpose"] as? String == "partner_matching")
            #expect(redactions(klaus).isEmpty, "\(klaus)")
            let ute = try #require(people[noted])
            #expect(ute["email"] as? String == "ute@glaswerk.example" && ute["position"] as? String == "Export manager")
            #expect(ute["notes"] == nil && ute["external_ref"] == nil)
            #expect(redactions(ute) == ["notes": "field_not_necessary"])
            let greta = try #require(people[f.withoutConsent])
            #expect(greta["given_name"] == nil && greta["family_name"] == nil && greta["email"] == nil)
            #expect(redactions(greta) == ["given_name": "no_consent", "family_name": "no_consent", "email": "no_consent"])
            let joerg = try #require(people[withdrawn])
            #expect(joerg["given_name"] == nil && joerg["email"] == nil)
            #expect(redactions(joerg) == ["given_name": "consent_withdrawn", "family_name": "consent_withdrawn", "email": "consent_withdrawn"])

            // Cursor-paginated like every list: one person a page, each once.
            var paged: [String] = []
            var cursor: String?
            repeat {
                let page = try await call(client, .get, shared + "&limit=1" + (cursor.map { "&cursor=\($0)" } ?? ""), neighbourOfficer)
                #expect(page.status == .ok)
                paged += try items(page).compactMap { $0["id"] as? String }
                let object = try JSONSerialization.jsonObject(with: Data(buffer: page.body)) as? [String: Any]
                cursor = object?["next_cursor"] as? String
            } while cursor != nil && paged.count < 10
            #expect(paged == [f.consenting[0], f.withoutConsent, noted, withdrawn])

            // The owner's staff still see everything, notes included, as before.
            let own = try await call(client, .get, "/v1/contacts/persons/\(noted)", f.officer)
            #expect(String(buffer: own.body).contains("Prefers calls before ten"))

            // The owner's access log names the neighbour and the agreement for every revealed field, and only those.
            let log = try items(try await call(client, .get, "/v1/contacts/personal-data-access?limit=100", protectionOfficer))
            let reads = log.filter { $0["actor"] as? String == "neighbour-officer" }
            #expect(!reads.isEmpty)
            for read in reads {
                #expect(read["recipient_authority_id"] as? String == neighbour.uuidString.lowercased(), "\(read)")
                #expect(read["sharing_agreement_id"] as? String == agreement, "\(read)")
                #expect(read["purpose"] as? String == "partner_matching" && read["action"] as? String == "read", "\(read)")
                #expect(read["actor_roles"] as? [String] == ["partnership_officer"], "\(read)")
                #expect(!(read["fields"] as? [String] ?? []).contains("notes"), "\(read)")
            }
            #expect(Set(reads.compactMap { $0["person_id"] as? String }) == [f.consenting[0], noted])
            #expect(Set(reads.filter { $0["person_id"] as? String == noted }.flatMap { $0["fields"] as? [String] ?? [] })
                    == ["given_name", "family_name", "email"])
            #expect(!log.contains { $0["actor"] as? String != "neighbour-officer" && $0["recipient_authority_id"] != nil })

            // Only the neighbour's partner-database staff; another tenant, another organisation, another owner: 404.
            #expect(try await call(client, .get, shared, neighbourBroker).status == .forbidden)
            let stranger = try await call(client, .get, shared, thirdOfficer)
            #expect(stranger.status == .notFound)
            #expect(stranger.headers[.contentType] == "application/problem+json")
            #expect(!String(buffer: stranger.body).contains("Klaus"))
            for uri in [
                "/v1/contacts/shared-organisations/\(f.smeOrganisation)/persons?from_authority=\(authority)",
                "/v1/contacts/shared-organisations/\(UUID())/persons?from_authority=\(authority)",
                "/v1/contacts/shared-organisations/\(f.partner)/persons?from_authority=\(third)",
                "/v1/contacts/shared-organisations/\(f.partner)/persons?from_authority=\(neighbour)",
            ] {
                #expect(try await call(client, .get, uri, neighbourOfficer).status == .notFound, "\(uri)")
            }
            let invalid = try await call(client, .get, "/v1/contacts/shared-organisations/\(f.partner)/persons?from_authority=nope", neighbourOfficer)
            #expect(invalid.status == .badRequest)
            #expect(invalid.headers[.contentType] == "application/problem+json")
            #expect(String(buffer: invalid.body).contains(#""from_authority""#), "\(String(buffer: invalid.body))")

            // Read-only: the service's own operations refuse the neighbour...
            #expect(try await call(client, .get, "/v1/contacts/persons/\(noted)", neighbourOfficer).status == .notFound)
            #expect(try await call(client, .patch, "/v1/contacts/persons/\(noted)", neighbourOfficer, #"{"notes":"Mine"}"#, ifMatch: "*").status == .notFound)
            #expect(try await call(client, .post, "/v1/contacts/persons/\(noted)/consents", neighbourOfficer, consentBody("withdrawn", "2025-04-01T00:00:00Z")).status == .notFound)
            // ...and so does the database, for a query that forgets the scope: it reads what is shared, writes nothing.
            let pool = runtime.pool
            let visible = try await pool.query("SELECT id FROM contact_persons WHERE authority_id = $1", [authority], authority: neighbour)
            #expect(Set(try visible.rows.map { try $0.decode(UUID.self, "id").uuidString.lowercased() }) == Set(people.keys))
            let consents = try await pool.query("SELECT DISTINCT purpose FROM consent_events WHERE authority_id = $1", [authority], authority: neighbour)
            #expect(try consents.rows.map { try $0.decode(String.self, "purpose") } == ["partner_matching"])
            let hijacked = try await pool.query(
                "UPDATE contact_persons SET notes = 'Hijacked' WHERE authority_id = $1 RETURNING id", [authority], authority: neighbour
            )
            #expect(hijacked.rows.isEmpty)
            #expect(try await pool.query("DELETE FROM contact_persons WHERE authority_id = $1 RETURNING id", [authority], authority: neighbour).rows.isEmpty)
            await #expect(throws: PostgresError.self) {
                try await pool.query(
                    "INSERT INTO contact_persons (id, authority_id, organisation_id, given_name, family_name) VALUES ($1, $2, $3, 'Sneaky', 'Person')",
                    [UUID.v7(), authority, UUID(uuidString: f.partner)], authority: neighbour
                )
            }
            await #expect(throws: PostgresError.self) {
                try await pool.query(
                    """
                    INSERT INTO consent_events (id, authority_id, person_id, purpose, action, occurred_at, text_version, source, recorded_by)
                    VALUES ($1, $2, $3, 'partner_matching', 'withdrawn', now(), 'v1', 'web_form', 'neighbour')
                    """,
                    [UUID.v7(), authority, UUID(uuidString: noted)], authority: neighbour
                )
            }
            // The owner's log takes the neighbour's reads and nothing else, and the neighbour reads none of it.
            await #expect(throws: PostgresError.self) {
                try await pool.query(
                    """
                    INSERT INTO personal_data_access (id, authority_id, person_id, actor, actor_roles, purpose, action, fields,
                                                      recipient_authority_id, sharing_agreement_id)
                    VALUES ($1, $2, $3, 'neighbour-officer', '{partnership_officer}', 'directory_management', 'read', '{notes}', $4, $5)
                    """,
                    [UUID.v7(), authority, UUID(uuidString: noted), neighbour, UUID(uuidString: agreement)], authority: neighbour
                )
            }
            let ownerLog = try await pool.query("SELECT count(*) AS n FROM personal_data_access WHERE authority_id = $1", [authority], authority: neighbour)
            #expect(try ownerLog.first?.decode(Int.self, "n") == 0)
            let untouched = try await call(client, .get, "/v1/contacts/persons/\(noted)", f.officer)
            #expect(String(buffer: untouched.body).contains("Prefers calls before ten"))

            // Revoked: nothing more, at once, in the API and in the database.
            #expect(try await call(client, .post, "/v1/contacts/sharing-agreements/\(agreement)/revoke", admin).status == .ok)
            #expect(try await call(client, .get, shared, neighbourOfficer).status == .notFound)
            let afterRevocation = try await pool.query("SELECT id FROM contact_persons WHERE authority_id = $1", [authority], authority: neighbour)
            #expect(afterRevocation.rows.isEmpty)
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
