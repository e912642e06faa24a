import ContactsService
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
@testable import NetworkingService
import PostgresDatabase
import ServerKit
import Testing
import TestSupport

/// Network meetings and registrations over the real router and a real PostgreSQL; registrations
/// ask a live contacts-service over libcurl.
@Suite struct MeetingTests {
    let authority = UUID()

    // MARK: - Response shapes (nested, so they cannot clash with other suites' helpers)

    struct Meeting: Decodable {
        let id: String
        let authority_id: String
        let title: String
        let topic: String
        let starts_at: String
        let ends_at: String
        let capacity: Int
        let registered_count: Int
    }

    struct Page<Item: Decodable>: Decodable {
        let items: [Item]
        let next_cursor: String?
    }

    struct Registration: Decodable {
        let id: String
        let meeting_id: String
        let organisation_id: String
        let organisation_name: String?
        let attendees: Int
        let registered_by: String
    }

    struct ProblemBody: Decodable {
        struct FieldError: Decodable { let field: String }
        let status: Int
        let detail: String?
        let errors: [FieldError]?
        var fields: Set<String> { Set((errors ?? []).map(\.field)) }
    }

    struct Created: Decodable { let id: String }

    // MARK: - Helpers

    func headers(_ token: String) -> HTTPFields {
        [.authorization: "Bearer \(token)", .contentType: "application/json"]
    }

    func decode<Value: Decodable>(_ type: Value.Type, _ response: TestResponse) throws -> Value {
        try JSONDecoder().decode(type, from: Data(buffer: response.body))
    }

    /// A meeting of two hours from `startsAt` (RFC 3339, with or without fractional seconds).
    func meetingBody(title: String = "Network meeting", topic: String = "Export to Germany", startsAt: String, capacity: Int = 30) -> ByteBuffer {
        let precise = ISO8601DateFormatter()
        precise.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let start = precise.date(from: startsAt) ?? ISO8601DateFormatter().date(from: startsAt) ?? Date()
        // Sent with fractional seconds: ServerKit's apiConfiguration does not yet read RFC 3339 times without them.
        let starts = precise.string(from: start)
        let ends = precise.string(from: start.addingTimeInterval(7200))
        return ByteBuffer(string: #"{"title":"\#(title)","topic":"\#(topic)","starts_at":"\#(starts)","ends_at":"\#(ends)","capacity":\#(capacity),"location":"Town hall"}"#)
    }

    /// Creates a meeting and returns its id; fails the test unless the answer is 201.
    func createMeeting(_ client: some TestClientProtocol, token: String, startsAt: String, capacity: Int = 30, title: String = "Network meeting") async throws -> String {
        let response = try await client.execute(
            uri: "/v1/networking/meetings", method: .post, headers: headers(token),
            body: meetingBody(title: title, startsAt: startsAt, capacity: capacity)
        )
        #expect(response.status == .created, "\(String(buffer: response.body))")
        return try decode(Meeting.self, response).id
    }

    func list(_ client: some TestClientProtocol, token: String, query: String) async throws -> (status: HTTPResponse.Status, titles: [String], cursor: String?) {
        let response = try await client.execute(uri: "/v1/networking/meetings?\(query)", method: .get, headers: headers(token))
        guard response.status == .ok else { return (response.status, [], nil) }
        let page = try decode(Page<Meeting>.self, response)
        return (response.status, page.items.map(\.title), page.next_cursor)
    }

    // MARK: - Meetings

    @Test func createsReadsAndListsAPeriodInChronologicalOrder() async throws {
        let (app, _) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            // Created out of order: the list must follow starts_at, not creation.
            _ = try await createMeeting(client, token: token, startsAt: "2026-12-03T16:00:00Z", title: "December")
            _ = try await createMeeting(client, token: token, startsAt: "2026-11-30T23:30:00Z", title: "November last")
            _ = try await createMeeting(client, token: token, startsAt: "2026-10-31T23:59:59.999Z", title: "October last")
            _ = try await createMeeting(client, token: token, startsAt: "2026-11-01T00:00:00Z", title: "November first")
            _ = try await createMeeting(client, token: token, startsAt: "2026-11-12T16:00:00.250Z", title: "November middle")

            let created = try await client.execute(
                uri: "/v1/networking/meetings", method: .post, headers: headers(token),
                body: meetingBody(title: "Digital invoicing", topic: "Digital invoicing", startsAt: "2027-01-14T16:00:00Z", capacity: 60)
            )
            #expect(created.status == .created)
            let etag = try #require(created.headers[.eTag])
            #expect(etag == #""1""#)
            let meeting = try decode(Meeting.self, created)
            #expect(created.headers[.location] == "/v1/networking/meetings/\(meeting.id)")
            #expect(meeting.authority_id == authority.uuidString.lowercased())
            #expect(meeting.capacity == 60)
            #expect(meeting.registered_count == 0)

            let read = try await client.execute(uri: "/v1/networking/meetings/\(meeting.id)", method: .get, headers: headers(token))
            #expect(read.status == .ok)
            #expect(read.headers[.eTag] == etag)
            let readMeeting = try decode(Meeting.self, read)
            #expect(readMeeting.title == "Digital invoicing")
            #expect(readMeeting.topic == "Digital invoicing")
            #expect(readMeeting.starts_at.hasPrefix("2027-01-14T16:00:00"))
            #expect(readMeeting.ends_at.hasPrefix("2027-01-14T18:00:00"))

            // November, both days inclusive, by UTC start.
            let november = try await list(client, token: token, query: "from=2026-11-01&to=2026-11-30")
            #expect(november.status == .ok)
            #expect(november.titles == ["November first", "November middle", "November last"])
            #expect(november.cursor == nil)

            // Only `from`; only `to`.
            let fromDecember = try await list(client, token: token, query: "from=2026-12-01")
            #expect(fromDecember.titles == ["December", "Digital invoicing"])
            let untilOctober = try await list(client, token: token, query: "to=2026-10-31")
            #expect(untilOctober.titles == ["October last"])

            // Page by page with the cursor: the same chronological order, nothing twice, nothing lost.
            var titles: [String] = []
            var cursor: String? = nil
            var pages = 0
            repeat {
                let page = try await list(client, token: token, query: "from=2026-10-01&to=2027-01-31&limit=2" + (cursor.map { "&cursor=\($0)" } ?? ""))
                #expect(page.status == .ok)
                titles += page.titles
                cursor = page.cursor
                pages += 1
            } while cursor != nil && pages < 10
            #expect(titles == ["October last", "November first", "November middle", "November last", "December", "Digital invoicing"])
            #expect(pages == 3)
        }
    }

    @Test(arguments: [
        ("from=2026-13-01", "from"),
        ("from=2026-02-30", "from"),
        ("to=2026-1-5", "to"),
        ("to=tomorrow", "to"),
        ("from=2026-11-01T00:00:00Z", "from"),
        ("from=1969-12-31", "from"),
        ("from=2026-12-01&to=2026-11-30", "to"),
        ("cursor=not-a-cursor", "cursor"),
        // A well-formed cursor whose keys are not (timestamp, uuid): refused before any SQL cast.
        ("cursor=\(Cursor.encode(["next tuesday", "not-a-uuid"]))", "cursor"),
        ("limit=0", "limit"),
    ])
    func invalidPeriodIsABadRequestNamingTheParameter(query: String, parameter: String) async throws {
        let (app, _) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/v1/networking/meetings?\(query)", method: .get, headers: headers(token))
            #expect(response.status == .badRequest)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(try decode(ProblemBody.self, response).fields == [parameter])
        }
    }

    @Test func aPeriodOfOneDayIsValid() async throws {
        let (app, _) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            _ = try await createMeeting(client, token: token, startsAt: "2028-02-29T16:00:00Z", title: "Leap day")
            _ = try await createMeeting(client, token: token, startsAt: "2028-03-01T00:00:00Z", title: "Next day")
            let leapDay = try await list(client, token: token, query: "from=2028-02-29&to=2028-02-29")
            #expect(leapDay.status == .ok)
            #expect(leapDay.titles == ["Leap day"])
        }
    }

    @Test func anotherAuthorityGetsNotFound() async throws {
        let (app, _) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let stranger = try await TestEnvironment.token(authority: UUID())
        try await app.test(.router) { client in
            let id = try await createMeeting(client, token: token, startsAt: "2026-12-10T16:00:00Z", title: "Liberec only")

            let read = try await client.execute(uri: "/v1/networking/meetings/\(id)", method: .get, headers: headers(stranger))
            #expect(read.status == .notFound)
            #expect(read.headers[.contentType] == "application/problem+json")
            #expect(!String(buffer: read.body).contains("Liberec only"))

            let registrations = try await client.execute(uri: "/v1/networking/meetings/\(id)/registrations", method: .get, headers: headers(stranger))
            #expect(registrations.status == .notFound)

            // The meeting is looked up before contacts-service is asked, so this needs no directory.
            let register = try await client.execute(
                uri: "/v1/networking/meetings/\(id)/registrations", method: .post, headers: headers(stranger),
                body: ByteBuffer(string: #"{"organisation_id":"\#(UUID().uuidString)"}"#)
            )
            #expect(register.status == .notFound)

            let theirs = try await list(client, token: stranger, query: "from=2026-12-10&to=2026-12-10")
            #expect(theirs.status == .ok)
            #expect(theirs.titles.isEmpty)
            let ours = try await list(client, token: token, query: "from=2026-12-10&to=2026-12-10")
            #expect(ours.titles == ["Liberec only"])
        }
    }

    @Test func invalidFieldsAreNamed() async throws {
        let (app, _) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let meeting = try await client.execute(
                uri: "/v1/networking/meetings", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"title":"  ","topic":"Energy costs","starts_at":"2026-12-10T18:00:00.000Z","ends_at":"2026-12-10T16:00:00.000Z","capacity":0}"#)
            )
            #expect(meeting.status == .unprocessableContent)
            #expect(meeting.headers[.contentType] == "application/problem+json")
            #expect(try decode(ProblemBody.self, meeting).fields == ["/title", "/ends_at", "/capacity"])

            let tooBig = try await client.execute(
                uri: "/v1/networking/meetings", method: .post, headers: headers(token),
                body: meetingBody(startsAt: "2026-12-10T16:00:00Z", capacity: 10_001)
            )
            #expect(tooBig.status == .unprocessableContent)
            #expect(try decode(ProblemBody.self, tooBig).fields == ["/capacity"])

            let id = try await createMeeting(client, token: token, startsAt: "2026-12-10T16:00:00Z")
            let registration = try await client.execute(
                uri: "/v1/networking/meetings/\(id)/registrations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"organisation_id":"not-a-uuid","attendees":11}"#)
            )
            #expect(registration.status == .unprocessableContent)
            #expect(try decode(ProblemBody.self, registration).fields == ["/organisation_id", "/attendees"])
        }
    }

    // MARK: - Registrations

    @Test func registersOrganisationsCheckedWithALiveContactsService() async throws {
        let (contactsApp, _) = try await TestEnvironment.application(ContactsService.self, port: 0)
        let officer = try await TestEnvironment.token(authority: authority, subject: "officer-42")
        let stranger = try await TestEnvironment.token(authority: UUID())
        try await contactsApp.test(.live) { contacts in
            let contactsPort = try #require(contacts.port)
            func organisation(_ name: String, token: String) async throws -> String {
                let response = try await contacts.execute(
                    uri: "/v1/contacts/organisations", method: .post, headers: headers(token),
                    body: ByteBuffer(string: #"{"kind":"sme","legal_name":"\#(name)","country":"CZ"}"#)
                )
                #expect(response.status == .created)
                return try decode(Created.self, response).id
            }
            let glassworks = try await organisation("Sklárna Kořenov s.r.o.", token: officer)
            let bakery = try await organisation("Pekárna Liberec", token: officer)
            let elsewhere = try await organisation("Firma jiného kraje", token: stranger)

            let (app, _) = try await TestEnvironment.application(
                NetworkingService.self, contactsURL: URL(string: "http://127.0.0.1:\(contactsPort)")!
            )
            try await app.test(.router) { client in
                let created = try await client.execute(
                    uri: "/v1/networking/meetings", method: .post, headers: headers(officer),
                    body: meetingBody(startsAt: "2026-12-10T16:00:00Z", capacity: 3)
                )
                let meetingID = try decode(Meeting.self, created).id
                let createdETag = try #require(created.headers[.eTag])
                let registrations = "/v1/networking/meetings/\(meetingID)/registrations"
                func register(_ organisation: String, attendees: Int) async throws -> TestResponse {
                    try await client.execute(
                        uri: registrations, method: .post, headers: headers(officer),
                        body: ByteBuffer(string: #"{"organisation_id":"\#(organisation)","attendees":\#(attendees)}"#)
                    )
                }

                let first = try await register(glassworks, attendees: 2)
                #expect(first.status == .created, "\(String(buffer: first.body))")
                let registered = try decode(Registration.self, first)
                #expect(registered.meeting_id == meetingID)
                #expect(registered.organisation_id == glassworks)
                #expect(registered.organisation_name == "Sklárna Kořenov s.r.o.")
                #expect(registered.attendees == 2)
                #expect(registered.registered_by == "officer-42")

                let again = try await register(glassworks, attendees: 1)
                #expect(again.status == .conflict)
                #expect(again.headers[.contentType] == "application/problem+json")
                #expect(try decode(ProblemBody.self, again).detail?.contains("already registered") == true)

                let unknown = try await register(UUID().uuidString.lowercased(), attendees: 1)
                #expect(unknown.status == .unprocessableContent)
                #expect(try decode(ProblemBody.self, unknown).fields == ["/organisation_id"])

                // Another authority's organisation is unknown to this one's directory.
                let foreign = try await register(elsewhere, attendees: 1)
                #expect(foreign.status == .unprocessableContent)
                #expect(try decode(ProblemBody.self, foreign).fields == ["/organisation_id"])

                // 2 of 3 seats are taken: two more do not fit, one does.
                let full = try await register(bakery, attendees: 2)
                #expect(full.status == .conflict)
                #expect(try decode(ProblemBody.self, full).detail?.contains("full") == true)
                let last = try await register(bakery, attendees: 1)
                #expect(last.status == .created)

                let listed = try await client.execute(uri: registrations, method: .get, headers: headers(officer))
                #expect(listed.status == .ok)
                let page = try decode(Page<Registration>.self, listed)
                #expect(page.items.map(\.organisation_id) == [glassworks, bakery])
                #expect(page.next_cursor == nil)

                let read = try await client.execute(uri: "/v1/networking/meetings/\(meetingID)", method: .get, headers: headers(officer))
                #expect(try decode(Meeting.self, read).registered_count == 2)
                #expect(read.headers[.eTag] != createdETag)
            }
        }
    }

    @Test func aDirectoryThatIsDownGivesServiceUnavailableWithRetryAfter() async throws {
        // Port 9 (discard) is closed on the test host: every connection is refused.
        let (app, _) = try await TestEnvironment.application(NetworkingService.self, contactsURL: URL(string: "http://127.0.0.1:9")!)
        let token = try await TestEnvironment.token(authority: authority)
        try await app.test(.router) { client in
            let id = try await createMeeting(client, token: token, startsAt: "2026-12-10T16:00:00Z")
            let started = ContinuousClock.now
            let response = try await client.execute(
                uri: "/v1/networking/meetings/\(id)/registrations", method: .post, headers: headers(token),
                body: ByteBuffer(string: #"{"organisation_id":"\#(UUID().uuidString)"}"#)
            )
            #expect(ContinuousClock.now - started < .seconds(5))
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.contentType] == "application/problem+json")
            let retryAfter = try #require(response.headers[.retryAfter].flatMap { Int($0) })
            #expect(retryAfter >= 1)
            #expect(!String(buffer: response.body).contains("127.0.0.1"))

            let registrations = try await client.execute(uri: "/v1/networking/meetings/\(id)/registrations", method: .get, headers: headers(token))
            #expect(try decode(Page<Registration>.self, registrations).items.isEmpty)
        }
    }

    @Test func anSMERegistersOnlyItsOwnOrganisation() async throws {
        // contacts-service is unreachable here: the rule must refuse before anyone is asked.
        let (app, _) = try await TestEnvironment.application(NetworkingService.self, contactsURL: URL(string: "http://127.0.0.1:9")!)
        let organiser = try await TestEnvironment.token(authority: authority)
        let ownOrganisation = UUID()
        let sme = try await TestEnvironment.token(authority: authority, roles: ["sme"], subject: "sme-owner", organisation: ownOrganisation)
        try await app.test(.router) { client in
            let id = try await createMeeting(client, token: organiser, startsAt: "2026-12-11T16:00:00Z")
            let someoneElse = try await client.execute(
                uri: "/v1/networking/meetings/\(id)/registrations", method: .post, headers: headers(sme),
                body: ByteBuffer(string: #"{"organisation_id":"\#(UUID().uuidString)"}"#)
            )
            #expect(someoneElse.status == .forbidden)
            #expect(someoneElse.headers[.contentType] == "application/problem+json")
            // Its own organisation passes the rule and goes on to the directory (down here: 503).
            let own = try await client.execute(
                uri: "/v1/networking/meetings/\(id)/registrations", method: .post, headers: headers(sme),
                body: ByteBuffer(string: #"{"organisation_id":"\#(ownOrganisation.uuidString)"}"#)
            )
            #expect(own.status == .serviceUnavailable)
        }
    }

    @Test func concurrentRegistrationsCannotOverbook() async throws {
        let (app, runtime) = try await TestEnvironment.application(NetworkingService.self)
        let token = try await TestEnvironment.token(authority: authority)
        let authority = self.authority
        // One connection holds the meeting's row while the registrations start, so they are all in
        // flight at once (not one after the other by chance); another watches them queue up.
        let holder = PostgresPool(configuration: TestEnvironment.database(for: NetworkingService.defaults, poolSize: 1), logger: runtime.logger)
        let observer = PostgresPool(configuration: TestEnvironment.database(for: NetworkingService.defaults, poolSize: 1), logger: runtime.logger)
        try await app.test(.router) { client in
            let id = try await createMeeting(client, token: token, startsAt: "2026-12-10T16:00:00Z", capacity: 5)
            let meetingID = try #require(UUID(uuidString: id))
            let holderPID = try await holder.withConnection { connection in
                try connection.execute(script: "BEGIN")
                try connection.query("SELECT set_config('app.authority_id', $1, true)", [authority])
                try connection.query("SELECT 1 FROM meetings WHERE authority_id = $1 AND id = $2 FOR UPDATE", [authority, meetingID])
                return connection.backendPID
            }
            let inFlight = min(runtime.pool.configuration.poolSize, 12)
            // Straight to the store: the capacity check under the row lock is under test, not the directory.
            let store = PostgresRegistrationStore(pool: runtime.pool)
            let outcomes = try await withThrowingTaskGroup(of: RegistrationOutcome.self) { group in
                for _ in 0..<12 {
                    group.addTask {
                        try await store.register(
                            NewRegistration(
                                id: UUID.v7(), meetingID: meetingID, organisationID: UUID(), organisationName: "Firma",
                                attendees: 2, registeredBy: "load-test"
                            ),
                            authority: authority
                        )
                    }
                }
                // Wait until every pool connection is blocked, directly or in the queue, behind the holder.
                var blocked = 0
                for _ in 0..<200 where blocked < inFlight {
                    try await Task.sleep(for: .milliseconds(10))
                    blocked = try await observer.withConnection { connection in
                        try connection.query(
                            """
                            WITH RECURSIVE blocked(pid) AS (
                                SELECT pid FROM pg_stat_activity WHERE $1::int = ANY(pg_blocking_pids(pid))
                                UNION
                                SELECT a.pid FROM pg_stat_activity a JOIN blocked b ON b.pid = ANY(pg_blocking_pids(a.pid))
                            )
                            SELECT count(*) AS blocked FROM blocked
                            """,
                            [Int(holderPID)]
                        ).first?.decode(Int.self, "blocked") ?? 0
                    }
                }
                #expect(blocked >= inFlight, "the registrations did not queue up behind the held meeting row")
                try await holder.withConnection { try $0.execute(script: "COMMIT") }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let registered = outcomes.filter { if case .registered = $0 { true } else { false } }.count
            let full = outcomes.filter { if case .full = $0 { true } else { false } }.count
            #expect(registered == 2)
            #expect(full == 10)

            let read = try await client.execute(uri: "/v1/networking/meetings/\(id)", method: .get, headers: headers(token))
            #expect(try decode(Meeting.self, read).registered_count == 2)
        }
        await holder.close()
        await observer.close()
    }
}
