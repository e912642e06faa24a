import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import PostgresDatabase
import Testing
@testable import ContactsService
import ServerKit
import TestSupport

/// The keyword search over the inverted index (migration 0013, decision 0007), through the real
/// router and PostgreSQL: relevance order, phrases before scattered words, typos and diacritics,
/// sector names and positions, an index that follows every change, and keyset pages that neither
/// repeat nor skip an organisation. Every test has its own authority, so its results are its own.
@Suite struct SearchTests {
    let authority = UUID()

    func headers(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    func object(_ response: TestResponse) throws -> [String: JSONValue] {
        try JSONDecoder().decode([String: JSONValue].self, from: Data(buffer: response.body))
    }

    /// Creates an organisation and returns its id.
    func create(_ client: some TestClientProtocol, _ token: String, _ body: String) async throws -> String {
        let response = try await client.execute(
            uri: "/v1/contacts/organisations", method: .post, headers: headers(token), body: ByteBuffer(string: body)
        )
        #expect(response.status == .created, "\(String(buffer: response.body))")
        return try #require(try object(response)["id"]?.string)
    }

    /// The ids of one page, in order, and the next cursor.
    func search(_ client: some TestClientProtocol, _ token: String, _ query: String) async throws -> (ids: [String], next: String?) {
        let response = try await client.execute(uri: "/v1/contacts/organisations?\(query)", method: .get, headers: headers(token))
        #expect(response.status == .ok, "\(query): \(String(buffer: response.body))")
        let page = try object(response)
        guard case .array(let items) = page["items"] else { Issue.record("\(query): no items"); return ([], nil) }
        let ids = items.compactMap { item -> String? in
            if case .object(let fields) = item { fields["id"]?.string } else { nil }
        }
        return (ids, page["next_cursor"]?.string)
    }

    /// Every page of a search with `limit`, following the cursors.
    func allPages(_ client: some TestClientProtocol, _ token: String, _ q: String, limit: Int) async throws -> [String] {
        var ids: [String] = []
        var cursor: String?
        repeat {
            let query = "q=\(q)&limit=\(limit)" + (cursor.map { "&cursor=\($0)" } ?? "")
            let page = try await search(client, token, query)
            #expect(page.ids.count <= limit)
            ids += page.ids
            cursor = page.next
        } while cursor != nil && ids.count < 500
        return ids
    }

    @Test func theBestFieldRanksFirstAndPhrasesBeforeScatteredWords() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let inDescription = try await create(client, token, #"{"kind":"company","legal_name":"Alpha","country":"CZ","description":"We also do glassworks."}"#)
            let inName = try await create(client, token, #"{"kind":"company","legal_name":"Glassworks Nový Bor","country":"CZ"}"#)
            let inKeywords = try await create(client, token, #"{"kind":"company","legal_name":"Beta","country":"CZ","keywords":["glassworks"]}"#)
            // Diacritics and case do not matter; the name outranks a keyword, a keyword the description.
            #expect(try await search(client, token, "q=GLASSWORKS").ids == [inName, inKeywords, inDescription])

            // "export manager" as a phrase (a position) comes before the two words found apart.
            let phrase = try await create(client, token, #"{"kind":"company","legal_name":"Gamma","country":"AT"}"#)
            let person = try await client.execute(
                uri: "/v1/contacts/organisations/\(phrase)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Eva","family_name":"Horák","position":"Export Manager"}"#)
            )
            #expect(person.status == .created)
            let apart = try await create(client, token, #"{"kind":"company","legal_name":"Export House","country":"AT","description":"Our manager speaks German."}"#)
            #expect(try await search(client, token, "q=export%20manager").ids == [phrase, apart])
            // Words that only one organisation holds both of: the other is not an answer.
            #expect(try await search(client, token, "q=manager%20glassworks").ids.isEmpty)
            #expect(try await search(client, token, "q=%26%26%20-").ids.isEmpty, "a query without words finds nothing")
        }
    }

    @Test func typosDiacriticsSectorNamesAndFilters() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let weaver = try await create(client, token, #"{"kind":"sme","legal_name":"Tkalcovna Plzeň s.r.o.","country":"CZ","municipality":"Plzeň","sectors":["13.20"],"keywords":["facility management"]}"#)
            let other = try await create(client, token, #"{"kind":"company","legal_name":"Łódź Textiles","country":"PL","sectors":["13.20"]}"#)
            #expect(Set(try await search(client, token, "q=weaving%20of%20textiles").ids) == [weaver, other], "the sector's name")
            #expect(try await search(client, token, "q=plzen").ids == [weaver], "without diacritics")
            #expect(try await search(client, token, "q=lodz").ids == [other], "Ł and ź")
            #expect(try await search(client, token, "q=facility%20managment").ids == [weaver], "a typo")
            #expect(try await search(client, token, "q=tkalcovn").ids == [weaver], "a word cut short")
            #expect(try await search(client, token, "q=textiles&country=PL").ids == [other])
            #expect(try await search(client, token, "q=textiles&kind=sme").ids == [weaver])
            #expect(try await search(client, token, "q=textiles&sector=C").ids.count == 2)
            #expect(try await search(client, token, "q=textiles&sector=10").ids.isEmpty)

            // Another authority with the same words sees its own organisations only.
            let stranger = try await TestEnvironment.token(authority: UUID())
            #expect(try await search(client, stranger, "q=textiles").ids.isEmpty)
        }
    }

    @Test func theIndexFollowsChangesToOrganisationsAndPositions() async throws {
        let (app, runtime) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let id = try await create(client, token, #"{"kind":"company","legal_name":"Quarzwerk Zittau","country":"DE","keywords":["silica"]}"#)
            #expect(try await search(client, token, "q=quarzwerk").ids == [id])

            var ifMatch = headers(token)
            ifMatch[.ifMatch] = "\"1\""
            let renamed = try await client.execute(
                uri: "/v1/contacts/organisations/\(id)", method: .patch, headers: ifMatch,
                body: ByteBuffer(string: #"{"legal_name":"Sandwerk Zittau","keywords":["foundry sand"]}"#)
            )
            #expect(renamed.status == .ok)
            #expect(try await search(client, token, "q=quarzwerk").ids.isEmpty)
            #expect(try await search(client, token, "q=silica").ids.isEmpty)
            #expect(try await search(client, token, "q=foundry%20sand").ids == [id])

            let person = try await client.execute(
                uri: "/v1/contacts/organisations/\(id)/persons", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"given_name":"Jonas","family_name":"Richter","position":"Chief Metallurgist"}"#)
            )
            let personID = try #require(try object(person)["id"]?.string)
            #expect(try await search(client, token, "q=metallurgist").ids == [id])
            #expect(try await search(client, token, "q=richter").ids.isEmpty, "names of persons are not searchable")
            let etag = try #require(person.headers[.eTag])
            var moved = headers(token)
            moved[.ifMatch] = etag
            let changed = try await client.execute(
                uri: "/v1/contacts/persons/\(personID)", method: .patch, headers: moved,
                body: ByteBuffer(string: #"{"position":"Purchasing Director"}"#)
            )
            #expect(changed.status == .ok, "\(String(buffer: changed.body))")
            #expect(try await search(client, token, "q=metallurgist").ids.isEmpty)
            #expect(try await search(client, token, "q=purchasing%20director").ids == [id])

            // One statement that moves a word from one person's position to another's (as an
            // import does) leaves the organisation's search text as it was ("Export Manager Sales"
            // before and after); the index still follows.
            let team = try await create(client, token, #"{"kind":"company","legal_name":"Kontor Görlitz","country":"DE"}"#)
            for position in ["Export", "Manager Sales"] {
                let added = try await client.execute(
                    uri: "/v1/contacts/organisations/\(team)/persons", method: .post, headers: headers(token),
                    body: ByteBuffer(string: #"{"given_name":"Kim","family_name":"Lang","position":"\#(position)"}"#)
                )
                #expect(added.status == .created)
            }
            func phrases() async throws -> Set<String> {
                Set(try await runtime.pool.query(
                    "SELECT term FROM search_terms WHERE authority_id = $1 AND organisation_id = $2 AND term IN ('export manager', 'manager sales')",
                    [authority, UUID(uuidString: team)!], authority: authority
                ).rows.map { try $0.decode(String.self, "term") })
            }
            #expect(try await phrases() == ["manager sales"])
            _ = try await runtime.pool.query(
                """
                UPDATE contact_persons SET position = CASE position WHEN 'Export' THEN 'Export Manager' ELSE 'Sales' END
                WHERE authority_id = $1 AND organisation_id = $2
                """,
                [authority, UUID(uuidString: team)!], authority: authority
            )
            #expect(try await phrases() == ["export manager"])
            #expect(try await search(client, token, "q=export%20manager").ids == [team])

            // A deleted organisation's words leave the index and the vocabulary.
            let lone = try await create(client, token, #"{"kind":"company","legal_name":"Vyškovský Sklárna","country":"CZ"}"#)
            #expect(try await search(client, token, "q=vyskovsky").ids == [lone])
            #expect(try await client.execute(uri: "/v1/contacts/organisations/\(lone)", method: .delete, headers: headers(token)).status == .noContent)
            #expect(try await search(client, token, "q=vyskovsky").ids.isEmpty)
            let vocabulary = try await runtime.pool.query(
                "SELECT count(*) AS words FROM search_vocabulary WHERE authority_id = $1 AND term IN ('vyskovsky', 'sklarna')",
                [authority], authority: authority
            )
            #expect(try vocabulary.first?.decode(Int.self, "words") == 0)
        }
    }

    @Test func pagesNeitherRepeatNorSkipAcrossScoresFormsAndTiers() async throws {
        let (app, _) = try await TestEnvironment.application(ContactsService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            // 24 organisations hold "robotics" in different fields and forms ("robotic", "robotik"),
            // several of them twice, and "cell" as a phrase with it or apart from it.
            // Some hold both forms at different weights ("Robotic Cell" in the name, "robotics" in
            // the description): a page must not show them again under their weaker form.
            let shapes: [(Int) -> String] = [
                { #""legal_name":"Robotics \#($0)""# },
                { #""legal_name":"Firm \#($0)","keywords":["robotics"]"# },
                { #""legal_name":"Robotic Cell \#($0)","description":"robotics integration""# },
                { #""legal_name":"Firm \#($0)","description":"robotic cell and robotics""# },
                { #""legal_name":"Works \#($0)","keywords":["cell"],"description":"robotic robotics""# },
            ]
            var created: Set<String> = []
            var inAustria: Set<String> = []
            for n in 0..<25 {
                let country = n % 3 == 0 ? "AT" : "CZ"
                let id = try await create(client, token, "{\"kind\":\"company\",\"country\":\"\(country)\",\(shapes[n % shapes.count](n))}")
                created.insert(id)
                if country == "AT" { inAustria.insert(id) }
            }
            for q in ["robotics", "robotics%20cell", "cell%20robotics"] {
                let whole = try await search(client, token, "q=\(q)&limit=100").ids
                #expect(!whole.isEmpty)
                #expect(Set(whole).count == whole.count, "\(q): no duplicates in one page")
                for limit in [1, 3, 7] {
                    let paged = try await allPages(client, token, q, limit: limit)
                    #expect(paged == whole, "\(q), pages of \(limit)")
                }
            }
            #expect(Set(try await search(client, token, "q=robotics&limit=100").ids) == created)

            // The same with a filter (the composed statements of both tiers).
            for q in ["robotics", "cell%20robotics"] {
                let whole = try await search(client, token, "q=\(q)&country=AT&limit=100").ids
                #expect(!whole.isEmpty && Set(whole).isSubset(of: inAustria), "\(q): Austria only")
                var paged: [String] = []
                var cursor: String?
                repeat {
                    let page = try await search(client, token, "q=\(q)&country=AT&limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""))
                    paged += page.ids
                    cursor = page.next
                } while cursor != nil && paged.count < 100
                #expect(paged == whole, "\(q), filtered pages")
            }
            #expect(Set(try await search(client, token, "q=robotics&country=AT&limit=100").ids) == inAustria)
            #expect(try await search(client, token, "q=robotics&updated_since=2999-01-01T00:00:00Z").ids.isEmpty)
            #expect(try await search(client, token, "q=robotics&updated_since=2000-01-01T00:00:00Z&limit=100").ids.count == 25)

            // Cursors that this list did not make are refused by name.
            for forged in [Cursor.encode(["3", "100", UUID().uuidString]), Cursor.encode(["1", "99999999999", UUID().uuidString]),
                           Cursor.encode(["1", "-5", UUID().uuidString]), Cursor.encode(["2024-01-01", UUID().uuidString])] {
                let response = try await client.execute(uri: "/v1/contacts/organisations?q=robotics&cursor=\(forged)", method: .get, headers: headers(token))
                #expect(response.status == .badRequest)
                #expect(String(buffer: response.body).contains("cursor"))
            }
        }
    }
}
