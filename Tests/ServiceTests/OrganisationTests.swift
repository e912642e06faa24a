import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ContactsService
import ServerKit
import TestSupport

/// The organisations directory over the real router and a real PostgreSQL.
@Suite struct OrganisationTests {
    let authority = UUID()

    func json(_ body: String) -> ByteBuffer { ByteBuffer(string: body) }

    func headers(_ token: String, _ extra: HTTPFields = [:]) -> HTTPFields {
        var fields: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
        fields.append(contentsOf: extra)
        return fields
    }

    @Test func createsReadsSearchesAndUpdatesWithIfMatch() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let created = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: json(#"{"kind":"university","legal_name":"Technická univerzita v Liberci","country":"CZ","municipality":"Liberec","languages":["cs","en"],"keywords":["textiles","nanofibres"]}"#)
            )
            #expect(created.status == .created)
            let etag = try #require(created.headers[.eTag])
            let organisation = try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: created.body))
            let id = try #require(organisation["id"]?.string)
            #expect(created.headers[.location] == "/v1/contacts/organisations/\(id)")

            let found = try await client.execute(uri: "/v1/contacts/organisations?q=liberc", method: .get, headers: headers(token))
            #expect(found.status == .ok)
            #expect(String(buffer: found.body).contains(id))

            let stale = try await client.execute(
                uri: "/v1/contacts/organisations/\(id)", method: .patch, headers: headers(token, [.ifMatch: "\"999\""]),
                body: json(#"{"size_class":"large"}"#)
            )
            #expect(stale.status == .preconditionFailed)
            #expect(stale.headers[.contentType] == "application/problem+json")

            let updated = try await client.execute(
                uri: "/v1/contacts/organisations/\(id)", method: .patch, headers: headers(token, [.ifMatch: etag]),
                body: json(#"{"size_class":"large"}"#)
            )
            #expect(updated.status == .ok)
            #expect(updated.headers[.eTag] != etag)
            #expect(String(buffer: updated.body).contains(#""size_class":"large""#))
            #expect(String(buffer: updated.body).contains("Technická univerzita v Liberci"))
        }
    }

    @Test func anotherAuthorityGetsNotFound() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let stranger = try await TestEnvironment.token(authority: UUID())
        try await app.test(.router) { client in
            let created = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: json(#"{"kind":"sme","legal_name":"Pekárna Brno","country":"CZ"}"#)
            )
            let id = try #require(try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: created.body))["id"]?.string)
            let other = try await client.execute(uri: "/v1/contacts/organisations/\(id)", method: .get, headers: headers(stranger))
            #expect(other.status == .notFound)
            #expect(!String(buffer: other.body).contains("Pekárna"))
        }
    }

    @Test func invalidFieldsAreNamed() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let response = try await client.execute(
                uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                body: json(#"{"kind":"sme","legal_name":" ","country":"XX","languages":["polish"]}"#)
            )
            #expect(response.status == .unprocessableContent)
            let body = String(buffer: response.body)
            #expect(body.contains("/legal_name"))
            #expect(body.contains("/country"))
            #expect(body.contains("/languages/0"))
        }
    }

    @Test func paginatesWithOpaqueCursor() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            for index in 0..<5 {
                _ = try await client.execute(
                    uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                    body: json(#"{"kind":"company","legal_name":"Firma \#(index)","country":"PL"}"#)
                )
            }
            var seen: [String] = []
            var cursor: String? = nil
            repeat {
                let uri = "/v1/contacts/organisations?limit=2" + (cursor.map { "&cursor=\($0)" } ?? "")
                let response = try await client.execute(uri: uri, method: .get, headers: headers(token))
                #expect(response.status == .ok)
                let page = try JSONDecoder().decode(PageBody.self, from: Data(buffer: response.body))
                seen += page.items.map(\.id)
                cursor = page.next_cursor
            } while cursor != nil
            #expect(seen.count == 5)
            #expect(Set(seen).count == 5)
        }
    }
}

struct PageBody: Decodable {
    struct Item: Decodable { let id: String }
    let items: [Item]
    let next_cursor: String?
}

/// A loosely typed JSON value for reading responses in tests.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), object([String: JSONValue]), array([JSONValue]), null

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
}
