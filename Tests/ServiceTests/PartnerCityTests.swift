import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ContactsService
@testable import InternationalisationService
import PostgresDatabase
import ServerKit
import TestSupport

/// Partner cities and eligibility checks over the real router and a real PostgreSQL; eligibility
/// also over a live contacts-service reached through libcurl.
@Suite struct PartnerCityTests {
    let authority = UUID()
    static let citiesURI = "/v1/internationalisation/partner-cities"
    static let checksURI = "/v1/internationalisation/eligibility-checks"

    func json(_ body: String) -> ByteBuffer { ByteBuffer(string: body) }

    func headers(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        fields.append(contentsOf: extra)
        return fields
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ response: TestResponse) throws -> Value {
        try JSONDecoder().decode(type, from: Data(buffer: response.body))
    }

    /// Creates a partner city and returns its id.
    func createCity(_ client: some TestClientProtocol, token: String, _ body: String) async throws -> String {
        let response = try await client.execute(uri: Self.citiesURI, method: .post, headers: headers(token), body: json(body))
        #expect(response.status == .created, "\(String(buffer: response.body))")
        return try decode(CityBody.self, response).id
    }

    @Test func createsReadsAndUpdatesWithIfMatch() async throws {
        let (app, _) = try await TestEnvironment.application(InternationalisationService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let created = try await client.execute(
                uri: Self.citiesURI, method: .post, headers: headers(token),
                body: json(#"{"name":"Jelenia Góra","country":"PL","region":"Dolnośląskie","languages":["pl","de"],"partnership_since":"2000-02-29"}"#)
            )
            #expect(created.status == .created)
            let etag = try #require(created.headers[.eTag])
            let city = try decode(CityBody.self, created)
            // Headers go out verbatim, not URI-encoded as the generated server would (`%221%22`).
            #expect(etag == "\"1\"")
            #expect(created.headers[.location] == "\(Self.citiesURI)/\(city.id)")
            #expect(city.authority_id == authority.uuidString.lowercased())
            #expect(city.name == "Jelenia Góra")
            #expect(city.status == "active")
            #expect(city.languages == ["pl", "de"])
            #expect(city.partnership_since == "2000-02-29")

            let read = try await client.execute(uri: "\(Self.citiesURI)/\(city.id)", method: .get, headers: headers(token))
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == etag)
            #expect(try decode(CityBody.self, read).region == "Dolnośląskie")

            let unconditional = try await client.execute(
                uri: "\(Self.citiesURI)/\(city.id)", method: .patch, headers: headers(token), body: json(#"{"status":"ended"}"#)
            )
            #expect(unconditional.status.kind == .clientError)
            #expect(unconditional.headers[.contentType] == "application/problem+json")

            let stale = try await client.execute(
                uri: "\(Self.citiesURI)/\(city.id)", method: .patch, headers: headers(token, [.ifMatch: "\"999\""]),
                body: json(#"{"status":"suspended"}"#)
            )
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")

            let updated = try await client.execute(
                uri: "\(Self.citiesURI)/\(city.id)", method: .patch, headers: headers(token, [.ifMatch: etag]),
                body: json(#"{"status":"suspended","description":"On hold while the new council is formed."}"#)
            )
            #expect(updated.status == .ok)
            let newETag = try #require(updated.headers[.eTag])
            #expect(newETag != etag)
            let changed = try decode(CityBody.self, updated)
            #expect(changed.status == "suspended")
            #expect(changed.description == "On hold while the new council is formed.")
            // Absent fields stay.
            #expect(changed.name == "Jelenia Góra")
            #expect(changed.region == "Dolnośląskie")
            #expect(changed.languages == ["pl", "de"])
            #expect(changed.partnership_since == "2000-02-29")

            // The old ETag is stale now.
            let again = try await client.execute(
                uri: "\(Self.citiesURI)/\(city.id)", method: .patch, headers: headers(token, [.ifMatch: etag]),
                body: json(#"{"status":"active"}"#)
            )
            #expect(again.status == .preconditionFailed)
            let reread = try await client.execute(uri: "\(Self.citiesURI)/\(city.id)", method: .get, headers: headers(token))
            #expect(reread.headers[.eTag] == newETag)
            #expect(try decode(CityBody.self, reread).status == "suspended")
        }
    }

    @Test func listsByNameWithOpaqueCursor() async throws {
        let (app, _) = try await TestEnvironment.application(InternationalisationService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            // Created out of order; the same name twice (other countries) must not be lost at a page boundary.
            let cities = [("Zittau", "DE"), ("Łódź", "PL"), ("amiens", "FR"), ("Nová Ves", "SK"), ("Bautzen", "DE"), ("Nová Ves", "CZ")]
            var ids: [String: String] = [:]
            for (name, country) in cities {
                ids[name + country] = try await createCity(client, token: token, #"{"name":"\#(name)","country":"\#(country)"}"#)
            }
            var seen: [CityBody] = []
            var cursor: String? = nil
            var pages = 0
            repeat {
                let uri = "\(Self.citiesURI)?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let response = try await client.execute(uri: uri, method: .get, headers: headers(token))
                #expect(response.status == .ok)
                let page = try decode(CityPageBody.self, response)
                #expect(page.items.count <= 2)
                seen += page.items
                cursor = page.next_cursor
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(seen.map(\.name) == ["amiens", "Bautzen", "Łódź", "Nová Ves", "Nová Ves", "Zittau"])
            #expect(Set(seen.map(\.id)) == Set(ids.values))

            let bad = try await client.execute(uri: "\(Self.citiesURI)?cursor=not-a-cursor", method: .get, headers: headers(token))
            #expect(bad.status == .badRequest)
            #expect(String(buffer: bad.body).contains(#""field":"cursor""#))
            let tooMany = try await client.execute(uri: "\(Self.citiesURI)?limit=101", method: .get, headers: headers(token))
            #expect(tooMany.status == .badRequest)
        }
    }

    @Test func anotherAuthorityGetsNotFound() async throws {
        let (app, _) = try await TestEnvironment.application(InternationalisationService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let stranger = try await TestEnvironment.token(authority: UUID())
        try await app.test(.router) { client in
            let id = try await createCity(client, token: token, #"{"name":"Amiens","country":"FR"}"#)
            let read = try await client.execute(uri: "\(Self.citiesURI)/\(id)", method: .get, headers: headers(stranger))
            #expect(read.status == .notFound)
            #expect(!String(buffer: read.body).contains("Amiens"))
            let update = try await client.execute(
                uri: "\(Self.citiesURI)/\(id)", method: .patch, headers: headers(stranger, [.ifMatch: "*"]),
                body: json(#"{"name":"Taken over"}"#)
            )
            #expect(update.status == .notFound)
            let list = try await client.execute(uri: Self.citiesURI, method: .get, headers: headers(stranger))
            #expect(list.status == .ok)
            #expect(try decode(CityPageBody.self, list).items.isEmpty)
            let check = try await client.execute(
                uri: Self.checksURI, method: .post, headers: headers(stranger),
                body: json(#"{"organisation_id":"\#(UUID().uuidString)","partner_city_id":"\#(id)"}"#)
            )
            #expect(check.status == .notFound)

            let own = try await client.execute(uri: "\(Self.citiesURI)/\(id)", method: .get, headers: headers(token))
            #expect(try decode(CityBody.self, own).name == "Amiens")
        }
    }

    @Test func rowLevelSecurityHidesRowsOfOtherAuthorities() async throws {
        let (app, runtime) = try await TestEnvironment.application(InternationalisationService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let id = try await app.test(.router) { client in
            try await createCity(client, token: token, #"{"name":"Zittau","country":"DE"}"#)
        }
        let cityID = try #require(UUID(uuidString: id))
        // Even without an authority filter in the SQL, the policy shows only the transaction's authority.
        let count = "SELECT count(*) AS n FROM partner_cities WHERE id = $1"
        let unscoped = try await runtime.pool.query(count, [cityID])
        #expect(try unscoped.first?.decode(Int.self, "n") == 0)
        let other = try await runtime.pool.transaction(authority: UUID()) { try $0.query(count, [cityID]).first?.decode(Int.self, "n") }
        #expect(other == 0)
        let own = try await runtime.pool.transaction(authority: authority) { try $0.query(count, [cityID]).first?.decode(Int.self, "n") }
        #expect(own == 1)
        // Nor can a row be written for another authority.
        let foreign = UUID()
        await #expect(throws: PostgresError.self) {
            try await runtime.pool.transaction(authority: authority) { connection in
                _ = try connection.query(
                    "INSERT INTO partner_cities (id, authority_id, name, country) VALUES ($1, $2, 'Intruder', 'DE')", [UUID(), foreign]
                )
            }
        }
    }

    @Test func invalidFieldsAreNamed() async throws {
        let (app, _) = try await TestEnvironment.application(InternationalisationService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: Self.citiesURI, method: .post, headers: headers(token),
                body: json(#"{"name":" ","country":"XX","languages":["polish"],"partnership_since":"2023-02-29"}"#)
            )
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            let fields = try decode(ProblemBody.self, response).errors.map(\.field)
            #expect(Set(fields) == ["/name", "/country", "/languages/0", "/partnership_since"])

            let unknownField = try await client.execute(
                uri: Self.citiesURI, method: .post, headers: headers(token), body: json(#"{"name":"Zittau","country":"DE","mayor":"x"}"#)
            )
            #expect(unknownField.status == .badRequest)

            let id = try await createCity(client, token: token, #"{"name":"Zittau","country":"DE"}"#)
            let duplicate = try await client.execute(
                uri: Self.citiesURI, method: .post, headers: headers(token), body: json(#"{"name":"ZITTAU","country":"DE"}"#)
            )
            #expect(duplicate.status == .conflict)
            let badUpdate = try await client.execute(
                uri: "\(Self.citiesURI)/\(id)", method: .patch, headers: headers(token, [.ifMatch: "*"]),
                body: json(#"{"partnership_since":"1.5.2004","region":""}"#)
            )
            #expect(badUpdate.status == .unprocessableContent)
            #expect(Set(try decode(ProblemBody.self, badUpdate).errors.map(\.field)) == ["/partnership_since", "/region"])
            let badPath = try await client.execute(uri: "\(Self.citiesURI)/zittau", method: .get, headers: headers(token))
            #expect(badPath.status == .badRequest)

            let check = try await client.execute(
                uri: Self.checksURI, method: .post, headers: headers(token),
                body: json(#"{"organisation_id":"acme","partner_city_id":"\#(id)"}"#)
            )
            #expect(check.status == .unprocessableContent)
            #expect(try decode(ProblemBody.self, check).errors.map(\.field) == ["/organisation_id"])
            let both = try await client.execute(
                uri: Self.checksURI, method: .post, headers: headers(token), body: json(#"{"organisation_id":"1","partner_city_id":"2"}"#)
            )
            #expect(Set(try decode(ProblemBody.self, both).errors.map(\.field)) == ["/organisation_id", "/partner_city_id"])
        }
    }

    @Test func checksEligibilityAgainstLiveContactsService() async throws {
        let (contacts, _) = try await TestEnvironment.application(ContactsService.self, port: 0)
        let token = try await TestEnvironment.token(authority: authority)
        let stranger = try await TestEnvironment.token(authority: UUID())
        try await contacts.test(.live) { contactsClient in
            let port = try #require(contactsClient.port)
            func organisation(_ body: String, token: String) async throws -> String {
                let response = try await contactsClient.execute(
                    uri: "/v1/contacts/organisations", method: .post, headers: headers(token), body: json(body)
                )
                #expect(response.status == .created)
                return try decode(CityBody.self, response).id
            }
            let bakery = try await organisation(#"{"kind":"sme","legal_name":"Pekárna Ještěd s.r.o.","country":"CZ","size_class":"micro"}"#, token: token)
            let plant = try await organisation(#"{"kind":"company","legal_name":"Liberec Automotive a.s.","country":"CZ","size_class":"large"}"#, token: token)
            let elsewhere = try await organisation(#"{"kind":"sme","legal_name":"Fremde GmbH","country":"DE","size_class":"small"}"#, token: stranger)

            let (app, _) = try await TestEnvironment.application(
                InternationalisationService.self, contactsURL: URL(string: "http://127.0.0.1:\(port)")!
            )
            try await app.test(.router) { client in
                let zittau = try await createCity(client, token: token, #"{"name":"Zittau","country":"DE"}"#)
                let amiens = try await createCity(client, token: token, #"{"name":"Amiens","country":"FR","status":"ended"}"#)
                func check(_ organisation: String, _ city: String) async throws -> TestResponse {
                    try await client.execute(
                        uri: Self.checksURI, method: .post, headers: headers(token),
                        body: json(#"{"organisation_id":"\#(organisation)","partner_city_id":"\#(city)"}"#)
                    )
                }

                let eligible = try await check(bakery, zittau)
                #expect(eligible.status == .ok, "\(String(buffer: eligible.body))")
                let verdict = try decode(CheckBody.self, eligible)
                #expect(verdict.eligible)
                #expect(verdict.organisation_id == bakery)
                #expect(verdict.partner_city_id == zittau)
                #expect(verdict.reasons.map(\.code) == ["organisation_kind", "organisation_size", "partner_city_active"])
                #expect(verdict.reasons.allSatisfy { $0.met })
                #expect(abs(verdict.checkedAt.timeIntervalSinceNow) < 60)

                let tooLarge = try decode(CheckBody.self, try await check(plant, zittau))
                #expect(!tooLarge.eligible)
                #expect(tooLarge.reasons.filter { !$0.met }.map(\.code) == ["organisation_size"])

                let ended = try decode(CheckBody.self, try await check(bakery, amiens))
                #expect(!ended.eligible)
                #expect(ended.reasons.filter { !$0.met }.map(\.code) == ["partner_city_active"])

                // Another authority's organisation is not in this authority's directory.
                let foreign = try await check(elsewhere, zittau)
                #expect(foreign.status == .unprocessableContent)
                #expect(try decode(ProblemBody.self, foreign).errors.map(\.field) == ["/organisation_id"])
                let missing = try await check(UUID().uuidString, zittau)
                #expect(missing.status == .unprocessableContent)

                let noCity = try await check(bakery, UUID().uuidString)
                #expect(noCity.status == .notFound)
            }
        }
    }

    @Test func contactsServiceDownAnswers503WithRetryAfter() async throws {
        // Port 9 (discard) has no listener: the connection is refused.
        let (app, _) = try await TestEnvironment.application(
            InternationalisationService.self, contactsURL: URL(string: "http://127.0.0.1:9")!
        )
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let city = try await createCity(client, token: token, #"{"name":"Zittau","country":"DE"}"#)
            let started = ContinuousClock.now
            let response = try await client.execute(
                uri: Self.checksURI, method: .post, headers: headers(token),
                body: json(#"{"organisation_id":"\#(UUID().uuidString)","partner_city_id":"\#(city)"}"#)
            )
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.contentType] == "application/problem+json")
            let retryAfter = try #require(response.headers[.retryAfter].flatMap(Int.init))
            #expect(retryAfter >= 1)
            let body = String(buffer: response.body)
            #expect(!body.contains("127.0.0.1"))
            #expect(try decode(ProblemBody.self, response).status == 503)
        }
    }
}

/// A partner city (or any object with an id) as the API answers it.
private struct CityBody: Decodable {
    let id: String
    let authority_id: String?
    let name: String?
    let region: String?
    let languages: [String]?
    let partnership_since: String?
    let status: String?
    let description: String?
}

private struct CityPageBody: Decodable {
    let items: [CityBody]
    let next_cursor: String?
}

private struct ProblemBody: Decodable {
    struct FieldError: Decodable { let field: String }
    let status: Int
    let errors: [FieldError]

    enum CodingKeys: String, CodingKey { case status, errors }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Int.self, forKey: .status)
        errors = try container.decodeIfPresent([FieldError].self, forKey: .errors) ?? []
    }
}

private struct CheckBody: Decodable {
    struct Reason: Decodable {
        let code: String
        let met: Bool
        let message: String
    }
    let organisation_id: String
    let partner_city_id: String
    let eligible: Bool
    let reasons: [Reason]
    let checked_at: String

    var checkedAt: Date {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: checked_at) ?? .distantPast
    }
}
