import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import ContactsService
import ServerKit
import TestSupport

/// The directory and the search write their pages straight from the rows (decision 0008). The
/// document must be the one the generated encoder makes of the same organisation: these tests
/// compare every item of a page with the organisation as `GET /organisations/{id}` answers it
/// (decoded into the DTO and encoded by the generated serializer), field by field.
@Suite struct OrganisationPageJSONTests {
    let authority = UUID()

    func headers(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    func object(_ response: TestResponse) throws -> [String: JSONValue] {
        try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: response.body))
    }

    @Test func pageItemsAreTheDocumentsOfTheGeneratedEncoder() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let bodies = [
                // Every field, with text that needs escaping: quotes, backslashes, a tab and line
                // breaks, non-Latin letters, an emoji (four UTF-8 bytes), a slash.
                #"""
                {"kind":"sme","legal_name":"Sklárna \"Crystal\" Nový Bor\\Liberec","registration_number":"CZ-12/34",
                 "country":"CZ","municipality":"Nový Bor","address":"Palackého 1\n473 01","website":"https://crystal.example.cz/a?b=c",
                 "languages":["cs","de"],"keywords":["glass \"art\"","back\\slash","Łódź 🏭"],
                 "description":"Line one\r\nLine\ttwo — «quoted» </script>","sectors":["23.13","C"],
                 "staff_headcount":42,"annual_turnover_eur":9000000,"balance_sheet_total_eur":8000000,
                 "partner_role":"knowledge_partner","external_ref":"ext-1"}
                """#,
                // Only what is required: every optional field is left out, arrays are empty.
                #"{"kind":"university","legal_name":"Glass University","country":"PL"}"#,
                #"{"kind":"public_authority","legal_name":"Glass Region","country":"AT","languages":["de"],"size_class":"large"}"#,
            ]
            var ids: [String] = []
            for body in bodies {
                let response = try await client.execute(
                    uri: "/v1/contacts/organisations", method: .post, headers: headers(token), body: ByteBuffer(string: body)
                )
                #expect(response.status == .created, "\(String(buffer: response.body))")
                ids.append(try #require(try object(response)["id"]?.string))
            }
            var expected: [String: JSONValue] = [:]
            for id in ids {
                let response = try await client.execute(uri: "/v1/contacts/organisations/\(id)", method: .get, headers: headers(token))
                #expect(response.status == .ok)
                expected[id] = .object(try object(response))
            }

            // The directory (no q) and the search, one page of all and pages of one.
            for path in ["/v1/contacts/organisations?limit=10", "/v1/contacts/organisations?q=glass&limit=10"] {
                let response = try await client.execute(uri: path, method: .get, headers: headers(token))
                #expect(response.status == .ok)
                if let length = response.headers[.contentLength] { #expect(Int(length) == response.body.readableBytes, "\(path)") }
                let page = try object(response)
                guard case .array(let items) = page["items"] else { Issue.record("\(path): no items"); continue }
                #expect(items.count == ids.count, "\(path)")
                #expect(page["next_cursor"] == nil, "\(path): a last page has no cursor")
                for item in items {
                    guard case .object(let fields) = item, let id = fields["id"]?.string else { Issue.record("\(path): \(item)"); continue }
                    #expect(item == expected[id], "\(path): \(id)")
                }
            }
            // Pages of one. "glass" has a single form in this authority's words: the search's
            // cursor was once lost for such a query (migration 0014) and every page repeated the first.
            for q in ["", "&q=glass"] {
                var seen: [String] = []
                var cursor: String?
                repeat {
                    let response = try await client.execute(
                        uri: "/v1/contacts/organisations?limit=1\(q)" + (cursor.map { "&cursor=\($0)" } ?? ""), method: .get, headers: headers(token)
                    )
                    #expect(response.status == .ok)
                    let page = try object(response)
                    guard case .array(let items) = page["items"], items.count == 1, case .object(let fields) = items[0],
                        let id = fields["id"]?.string
                    else { Issue.record("q=\(q): \(page)"); break }
                    #expect(items[0] == expected[id])
                    seen.append(id)
                    cursor = page["next_cursor"]?.string
                } while cursor != nil && seen.count <= ids.count
                #expect(Set(seen) == Set(ids) && seen.count == ids.count, "q=\(q): \(seen)")
            }
        }
    }
}
