import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import InnovationService
import PostgresDatabase
import ServerKit
import TestSupport

/// Open challenges and ideas over the real router and a real PostgreSQL.
@Suite struct ChallengeAndIdeaTests {
    /// A fresh authority per test: lists hold exactly what the test created.
    let authority = UUID()

    func headers(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    func token(_ subject: String = "test-user", authority: UUID? = nil) async throws -> String {
        try await TestEnvironment.token(authority: authority ?? self.authority, subject: subject)
    }

    func post(_ client: some TestClientProtocol, _ uri: String, _ token: String, _ body: String? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers(token), body: body.map { ByteBuffer(string: $0) })
    }

    func get(_ client: some TestClientProtocol, _ uri: String, _ token: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: headers(token))
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ response: TestResponse) throws -> Value {
        try JSONDecoder().decode(type, from: Data(buffer: response.body))
    }

    /// Creates a challenge and returns its id.
    func createChallenge(_ client: some TestClientProtocol, _ token: String, _ body: String) async throws -> String {
        let response = try await post(client, "/v1/innovation/challenges", token, body)
        try #require(response.status == .created, "\(String(buffer: response.body))")
        return try decode(ChallengeJSON.self, response).id
    }

    /// Submits an idea and returns it.
    func submitIdea(_ client: some TestClientProtocol, _ token: String, _ body: String) async throws -> IdeaJSON {
        let response = try await post(client, "/v1/innovation/ideas", token, body)
        try #require(response.status == .created, "\(String(buffer: response.body))")
        return try decode(IdeaJSON.self, response)
    }

    // MARK: - Challenges

    @Test func challengesAreCreatedReadAndListedNewestFirst() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let token = try await token()
        try await app.test(.router) { client in
            let created = try await post(
                client, "/v1/innovation/challenges", token,
                #"{"title":"Smarter winter road maintenance","description":"Fewer salt runs, safer pavements.","opens_at":"2026-01-01T00:00:00.000Z","closes_at":"2026-03-31T22:00:00.000Z","budget_eur":50000}"#
            )
            #expect(created.status == .created)
            let etag = try #require(created.headers[.eTag])
            let first = try decode(ChallengeJSON.self, created)
            #expect(created.headers[.location] == "/v1/innovation/challenges/\(first.id)")
            #expect(first.status == "open")  // the documented default
            #expect(first.authority_id == authority.uuidString.lowercased())
            #expect(first.budget_eur == 50000)
            #expect(first.closes_at == "2026-03-31T22:00:00.000Z")

            let read = try await get(client, "/v1/innovation/challenges/\(first.id)", token)
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == etag)
            #expect(try decode(ChallengeJSON.self, read).title == "Smarter winter road maintenance")

            let second = try await createChallenge(client, token, #"{"title":"Reusing empty shop fronts","description":"Pop-up uses.","status":"draft"}"#)
            let third = try await createChallenge(client, token, #"{"title":"Quieter delivery routes","description":"Night deliveries."}"#)

            var seen: [String] = []
            var pages = 0
            var cursor: String? = nil
            repeat {
                let response = try await get(client, "/v1/innovation/challenges?limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""), token)
                try #require(response.status == .ok)
                let page = try decode(PageJSON<ChallengeJSON>.self, response)
                seen += page.items.map(\.id)
                cursor = page.next_cursor
                pages += 1
            } while cursor != nil && pages < 10
            #expect(seen == [third, second, first.id])
            #expect(pages == 2)
        }
    }

    @Test func aCursorNotMadeByTheListIsRefused() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let token = try await token()
        try await app.test(.router) { client in
            // Well-formed as a cursor, but its keys are not a timestamp and an id: 400, not a database error.
            let forged = Cursor.encode(["yesterday", "not-a-uuid"])
            let challenges = try await get(client, "/v1/innovation/challenges?cursor=\(forged)", token)
            #expect(challenges.status == .badRequest)
            #expect(try decode(ProblemJSON.self, challenges).fields == ["cursor"])

            let ideas = try await get(client, "/v1/innovation/ideas?cursor=\(forged)", token)
            #expect(ideas.status == .badRequest)
            #expect(try decode(ProblemJSON.self, ideas).fields == ["cursor"])

            // A support count beyond the `integer` column's range: 400, not a failed cast (500).
            let overflowing = Cursor.encode(["99999999999", UUID().uuidString])
            let tooLarge = try await get(client, "/v1/innovation/ideas?cursor=\(overflowing)", token)
            #expect(tooLarge.status == .badRequest)
            #expect(try decode(ProblemJSON.self, tooLarge).fields == ["cursor"])
        }
    }

    @Test func invalidChallengeFieldsAreNamed() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let token = try await token()
        try await app.test(.router) { client in
            let invalid = try await post(
                client, "/v1/innovation/challenges", token,
                #"{"title":" ","description":"x","opens_at":"2026-05-01T00:00:00.000Z","closes_at":"2026-04-01T00:00:00.000Z","budget_eur":-1}"#
            )
            #expect(invalid.status == .unprocessableContent)
            #expect(invalid.headers[.contentType] == "application/problem+json")
            #expect(Set(try decode(ProblemJSON.self, invalid).fields) == ["/title", "/closes_at", "/budget_eur"])

            let overBudget = try await post(
                client, "/v1/innovation/challenges", token, #"{"title":"Big","description":"x","budget_eur":1000000001}"#
            )
            #expect(overBudget.status == .unprocessableContent)
            #expect(try decode(ProblemJSON.self, overBudget).fields == ["/budget_eur"])

            let atLimit = try await post(
                client, "/v1/innovation/challenges", token, #"{"title":"Big","description":"x","budget_eur":1000000000}"#
            )
            #expect(atLimit.status == .created)

            let list = try await get(client, "/v1/innovation/challenges", token)
            #expect(try decode(PageJSON<ChallengeJSON>.self, list).items.count == 1)
        }
    }

    @Test func anotherAuthorityGetsNotFound() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let owner = try await token()
        let stranger = try await token("stranger", authority: UUID())
        try await app.test(.router) { client in
            let challenge = try await createChallenge(client, owner, #"{"title":"Reusing empty shop fronts","description":"Pop-up uses."}"#)
            let idea = try await submitIdea(client, owner, #"{"challenge_id":"\#(challenge)","title":"Makers' market","description":"Rotating stalls."}"#)

            let otherChallenge = try await get(client, "/v1/innovation/challenges/\(challenge)", stranger)
            #expect(otherChallenge.status == .notFound)
            #expect(!String(buffer: otherChallenge.body).contains("shop fronts"))
            #expect(try await get(client, "/v1/innovation/ideas/\(idea.id)", stranger).status == .notFound)
            #expect(try await post(client, "/v1/innovation/ideas/\(idea.id)/support", stranger).status == .notFound)
            #expect(try decode(PageJSON<ChallengeJSON>.self, try await get(client, "/v1/innovation/challenges", stranger)).items.isEmpty)
            #expect(try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas", stranger)).items.isEmpty)

            // Another authority's challenge cannot take the stranger's idea: it does not exist for them.
            let answer = try await post(
                client, "/v1/innovation/ideas", stranger, #"{"challenge_id":"\#(challenge)","title":"Mine","description":"x"}"#
            )
            #expect(answer.status == .unprocessableContent)
            #expect(try decode(ProblemJSON.self, answer).fields == ["/challenge_id"])

            // The owner's idea was not supported by the stranger's attempt.
            #expect(try decode(IdeaJSON.self, try await get(client, "/v1/innovation/ideas/\(idea.id)", owner)).support_count == 0)
        }
    }

    /// The second wall: statements that forget the authority filter still see only the authority set
    /// for the transaction, and nothing without one.
    @Test func rowLevelSecurityHidesOtherAuthorities() async throws {
        let (app, runtime) = try await TestEnvironment.application(InnovationService.self)
        let owner = try await token("owner")
        let other = UUID()
        try await app.test(.router) { client in
            let challenge = try await createChallenge(client, owner, #"{"title":"Walled","description":"x"}"#)
            let idea = try await submitIdea(client, owner, #"{"challenge_id":"\#(challenge)","title":"Walled idea","description":"x"}"#)
            #expect(try await post(client, "/v1/innovation/ideas/\(idea.id)/support", owner).status == .created)
        }
        let unfiltered = "SELECT (SELECT count(*) FROM challenges) AS c, (SELECT count(*) FROM ideas) AS i, (SELECT count(*) FROM idea_supports) AS s"
        func counts(_ authority: UUID?) async throws -> [Int] {
            let row = try #require(try await runtime.pool.transaction(authority: authority) { try $0.query(unfiltered) }.first)
            return [try row.decode(Int.self, "c"), try row.decode(Int.self, "i"), try row.decode(Int.self, "s")]
        }
        #expect(try await counts(authority) == [1, 1, 1])
        #expect(try await counts(other) == [0, 0, 0])
        #expect(try await counts(nil) == [0, 0, 0])
        // Writing a row for another authority than the transaction's is refused too.
        await #expect(throws: PostgresError.self) {
            try await runtime.pool.transaction(authority: other) { connection in
                try connection.query(
                    "INSERT INTO challenges (id, authority_id, title, description) VALUES ($1, $2, 'Sneaky', 'x')", [UUID.v7(), self.authority]
                )
            }
        }
    }

    /// RFC 3339 allows date-times without fractional seconds and with offsets; both are valid input.
    @Test func datesWithoutFractionalSecondsAreAccepted() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let token = try await token()
        try await app.test(.router) { client in
            let created = try await post(
                client, "/v1/innovation/challenges", token,
                #"{"title":"Winter","description":"x","opens_at":"2026-01-01T00:00:00Z","closes_at":"2026-03-31T22:00:00+02:00"}"#
            )
            #expect(created.status == .created, "\(String(buffer: created.body))")
            if created.status == .created {
                let challenge = try decode(ChallengeJSON.self, created)
                #expect(challenge.opens_at == "2026-01-01T00:00:00.000Z")
                #expect(challenge.closes_at == "2026-03-31T20:00:00.000Z")
            }
        }
    }

    /// ETag and Location are plain header values (RFC 9110), not percent-encoded.
    @Test func etagAndLocationAreSentVerbatim() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let token = try await token()
        try await app.test(.router) { client in
            let created = try await post(client, "/v1/innovation/challenges", token, #"{"title":"Shops","description":"x"}"#)
            let challenge = try decode(ChallengeJSON.self, created)
            #expect(created.headers[.eTag] == #""1""#)
            #expect(created.headers[.location] == "/v1/innovation/challenges/\(challenge.id)")
            let read = try await get(client, "/v1/innovation/challenges/\(challenge.id)", token)
            #expect(read.headers[.eTag] == #""1""#)
            let idea = try await post(client, "/v1/innovation/ideas", token, #"{"title":"Idea","description":"x"}"#)
            let id = try decode(IdeaJSON.self, idea).id
            #expect(idea.headers[.location] == "/v1/innovation/ideas/\(id)")
        }
    }

    // MARK: - Ideas

    /// Who submitted an idea is personal: the submitter and the authority's staff see it; other
    /// residents, companies, the jury and feeds get the idea without it.
    @Test func onlyTheSubmitterAndStaffSeeWhoSubmittedAnIdea() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let submitter = try await TestEnvironment.token(authority: authority, roles: ["resident"], subject: "resident-author")
        let staff = [
            try await TestEnvironment.token(authority: authority, roles: ["authority_admin"], subject: "admin"),
            try await TestEnvironment.token(authority: authority, roles: ["partnership_officer"], subject: "officer"),
        ]
        var tokens: [String] = []
        for role in ["resident", "sme", "jury_member", "feed_consumer", "broker"] {
            tokens.append(try await TestEnvironment.token(authority: authority, roles: [role], subject: "other-\(role)"))
        }
        let others = tokens
        try await app.test(.router) { client in
            let idea = try await submitIdea(client, submitter, #"{"title":"Benches with solar chargers","description":"x"}"#)
            #expect(idea.submitted_by == "resident-author")
            for token in [submitter] + staff {
                let read = try decode(IdeaJSON.self, try await get(client, "/v1/innovation/ideas/\(idea.id)", token))
                #expect(read.submitted_by == "resident-author")
            }
            for token in others {
                let read = try await get(client, "/v1/innovation/ideas/\(idea.id)", token)
                #expect(read.status == .ok)
                #expect(try decode(IdeaJSON.self, read).submitted_by == nil)
                #expect(!String(buffer: read.body).contains("resident-author"))
                let listed = try await get(client, "/v1/innovation/ideas?limit=100", token)
                #expect(!String(buffer: listed.body).contains("resident-author"))
            }
            // Supporting answers the idea too: a supporter does not learn who submitted it.
            let supported = try await post(client, "/v1/innovation/ideas/\(idea.id)/support", others[0])
            #expect(supported.status == .created)
            #expect(!String(buffer: supported.body).contains("resident-author"))
        }
    }

    @Test func ideasAreSubmittedListedAndRead() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let resident = try await token("resident-1")
        try await app.test(.router) { client in
            let challenge = try await createChallenge(client, resident, #"{"title":"Smarter winter road maintenance","description":"x"}"#)
            let response = try await post(
                client, "/v1/innovation/ideas", resident,
                #"{"challenge_id":"\#(challenge)","title":"Sensor-based gritting","description":"Road sensors decide the salt runs."}"#
            )
            #expect(response.status == .created)
            let first = try decode(IdeaJSON.self, response)
            #expect(response.headers[.location] == "/v1/innovation/ideas/\(first.id)")
            #expect(first.submitted_by == "resident-1")
            #expect(first.support_count == 0)
            #expect(first.challenge_id == challenge)
            #expect(first.authority_id == authority.uuidString.lowercased())

            let second = try await submitIdea(client, resident, #"{"challenge_id":"\#(challenge)","title":"Salt-free pavements near schools","description":"Grit instead."}"#)
            let standalone = try await submitIdea(client, resident, #"{"title":"Open parking data","description":"Publish occupancy."}"#)
            #expect(standalone.challenge_id == nil)

            let forChallenge = try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas?challenge_id=\(challenge)", resident))
            #expect(Set(forChallenge.items.map(\.id)) == [first.id, second.id])
            let all = try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas", resident))
            #expect(Set(all.items.map(\.id)) == [first.id, second.id, standalone.id])
            #expect(all.next_cursor == nil)

            let read = try await get(client, "/v1/innovation/ideas/\(second.id)", resident)
            #expect(read.status == .ok)
            #expect(try decode(IdeaJSON.self, read).title == "Salt-free pavements near schools")

            let badFilter = try await get(client, "/v1/innovation/ideas?challenge_id=nope", resident)
            #expect(badFilter.status == .badRequest)
            #expect(try decode(ProblemJSON.self, badFilter).fields == ["challenge_id"])
        }
    }

    @Test func invalidIdeaFieldsAreNamed() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let resident = try await token()
        try await app.test(.router) { client in
            let malformed = try await post(client, "/v1/innovation/ideas", resident, #"{"challenge_id":"nope","title":"","description":"x"}"#)
            #expect(malformed.status == .unprocessableContent)
            #expect(Set(try decode(ProblemJSON.self, malformed).fields) == ["/challenge_id", "/title"])

            let unknown = try await post(
                client, "/v1/innovation/ideas", resident, #"{"challenge_id":"\#(UUID().uuidString)","title":"Idea","description":"x"}"#
            )
            #expect(unknown.status == .unprocessableContent)
            #expect(try decode(ProblemJSON.self, unknown).fields == ["/challenge_id"])
            #expect(try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas", resident)).items.isEmpty)
        }
    }

    @Test func challengesThatAreNotOpenTakeNoIdeas() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let resident = try await token()
        try await app.test(.router) { client in
            let closed = try await createChallenge(client, resident, #"{"title":"Closed","description":"x","status":"closed"}"#)
            let draft = try await createChallenge(client, resident, #"{"title":"Draft","description":"x","status":"draft"}"#)
            let past = try await createChallenge(
                client, resident, #"{"title":"Past","description":"x","opens_at":"2020-01-01T00:00:00.000Z","closes_at":"2020-02-01T00:00:00.000Z"}"#
            )
            let open = try await createChallenge(client, resident, #"{"title":"Open","description":"x","status":"open"}"#)
            for challenge in [closed, draft, past] {
                let response = try await post(
                    client, "/v1/innovation/ideas", resident, #"{"challenge_id":"\#(challenge)","title":"Late idea","description":"x"}"#
                )
                #expect(response.status == .conflict, "challenge \(challenge)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            let accepted = try await post(
                client, "/v1/innovation/ideas", resident, #"{"challenge_id":"\#(open)","title":"Timely idea","description":"x"}"#
            )
            #expect(accepted.status == .created)
            let all = try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas", resident))
            #expect(all.items.map(\.title) == ["Timely idea"])
        }
    }

    @Test func eachCallerSupportsAnIdeaOnce() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let alice = try await token("alice")
        let bob = try await token("bob")
        try await app.test(.router) { client in
            let idea = try await submitIdea(client, alice, #"{"title":"Pop-up shops for local makers","description":"x"}"#)

            let supported = try await post(client, "/v1/innovation/ideas/\(idea.id)/support", alice)
            #expect(supported.status == .created)
            #expect(try decode(IdeaJSON.self, supported).support_count == 1)

            let again = try await post(client, "/v1/innovation/ideas/\(idea.id)/support", alice)
            #expect(again.status == .conflict)
            #expect(again.headers[.contentType] == "application/problem+json")

            let byBob = try await post(client, "/v1/innovation/ideas/\(idea.id)/support", bob)
            #expect(byBob.status == .created)
            #expect(try decode(IdeaJSON.self, byBob).support_count == 2)

            #expect(try decode(IdeaJSON.self, try await get(client, "/v1/innovation/ideas/\(idea.id)", bob)).support_count == 2)
            #expect(try await post(client, "/v1/innovation/ideas/\(UUID().uuidString)/support", bob).status == .notFound)
        }
    }

    @Test func concurrentSupportsAllCountOncePerCaller() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let author = try await token("author")
        var supporters: [String] = []
        for index in 0..<12 { supporters.append(try await token("supporter-\(index)")) }
        let tokens = supporters
        let carol = try await token("carol")
        try await app.test(.router) { client in
            let idea = try await submitIdea(client, author, #"{"title":"Start-up desk in the former bank","description":"x"}"#)
            let uri = "/v1/innovation/ideas/\(idea.id)/support"
            // Twelve different callers at once, and one caller five times at once.
            let statuses = try await withThrowingTaskGroup(of: (String, HTTPResponse.Status).self) { group in
                for token in tokens {
                    group.addTask { ("many", try await post(client, uri, token).status) }
                }
                for _ in 0..<5 {
                    group.addTask { ("carol", try await post(client, uri, carol).status) }
                }
                var statuses: [(String, HTTPResponse.Status)] = []
                for try await status in group { statuses.append(status) }
                return statuses
            }
            let many = statuses.filter { $0.0 == "many" }.map(\.1.code)
            let carols = statuses.filter { $0.0 == "carol" }.map(\.1.code)
            #expect(many == Array(repeating: 201, count: 12))
            #expect(carols.sorted() == [201, 409, 409, 409, 409])
            let read = try decode(IdeaJSON.self, try await get(client, "/v1/innovation/ideas/\(idea.id)", author))
            #expect(read.support_count == 13)
        }
    }

    @Test func ideasAreListedMostSupportedFirstWithCursor() async throws {
        let (app, _) = try await TestEnvironment.application(InnovationService.self)
        let author = try await token("author")
        let alice = try await token("alice")
        let bob = try await token("bob")
        try await app.test(.router) { client in
            let none = try await submitIdea(client, author, #"{"title":"No support","description":"x"}"#)
            let two = try await submitIdea(client, author, #"{"title":"Two supports","description":"x"}"#)
            let one = try await submitIdea(client, author, #"{"title":"One support","description":"x"}"#)
            for (idea, supporters) in [(two, [alice, bob]), (one, [alice])] {
                for supporter in supporters {
                    #expect(try await post(client, "/v1/innovation/ideas/\(idea.id)/support", supporter).status == .created)
                }
            }
            let firstPage = try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas?limit=2", author))
            #expect(firstPage.items.map(\.id) == [two.id, one.id])
            #expect(firstPage.items.map(\.support_count) == [2, 1])
            let cursor = try #require(firstPage.next_cursor)
            let secondPage = try decode(PageJSON<IdeaJSON>.self, try await get(client, "/v1/innovation/ideas?limit=2&cursor=\(cursor)", author))
            #expect(secondPage.items.map(\.id) == [none.id])
            #expect(secondPage.next_cursor == nil)
        }
    }
}

// MARK: - Response bodies as the tests read them (nested, so other suites' helper names cannot clash)

extension ChallengeAndIdeaTests {
    struct ChallengeJSON: Decodable {
        let id: String
        let authority_id: String
        let title: String
        let status: String
        let opens_at: String?
        let closes_at: String?
        let budget_eur: Int?
    }

    struct IdeaJSON: Decodable {
        let id: String
        let authority_id: String
        let challenge_id: String?
        let title: String
        let submitted_by: String?
        let support_count: Int
    }

    struct PageJSON<Item: Decodable>: Decodable {
        let items: [Item]
        let next_cursor: String?
    }

    struct ProblemJSON: Decodable {
        struct Field: Decodable { let field: String }
        let status: Int
        let errors: [Field]?

        var fields: [String] { errors?.map(\.field) ?? [] }
    }
}
