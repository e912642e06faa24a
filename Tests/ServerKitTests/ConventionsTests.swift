import Foundation
import ServerKit
import Testing

/// Cursors, ETags, request ids, configuration: the small rules every service relies on.
@Suite struct ConventionsTests {
    @Test func cursorsRoundTripAndRejectForgeries() throws {
        let cursor = Cursor.encode(["2026-11-21 10:00:00.123456+00", "0192f0c0-0000-7000-8000-000000000001"])
        let page = try PageRequest(limit: 5, cursor: cursor, keys: [.timestamp, .uuid])
        #expect(page.after == ["2026-11-21 10:00:00.123456+00", "0192f0c0-0000-7000-8000-000000000001"])
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: "not base64 !", keys: [.timestamp, .uuid]) }
        // Well-formed cursors whose keys do not have the list's types.
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["yesterday", UUID().uuidString]), keys: [.timestamp, .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["2026-11-21 10:00:00+00", "x"]), keys: [.timestamp, .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["1.5", UUID().uuidString]), keys: [.integer, .uuid]) }
        // Integers are bounded: an `integer` column's range, or the list's own.
        #expect(try PageRequest(limit: nil, cursor: Cursor.encode(["2147483647", UUID().uuidString]), keys: [.integer, .uuid]).after != nil)
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["2147483648", UUID().uuidString]), keys: [.integer, .uuid]) }
        #expect(try PageRequest(limit: nil, cursor: Cursor.encode(["2", "0", UUID().uuidString]), keys: [.integerIn(1...2), .integerIn(0...9), .uuid]).after != nil)
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["3", "0", UUID().uuidString]), keys: [.integerIn(1...2), .integerIn(0...9), .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: Cursor.encode(["one"]), keys: [.timestamp, .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: nil, cursor: String(repeating: "A", count: 600), keys: [.timestamp, .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: 101, cursor: nil, keys: [.timestamp, .uuid]) }
        #expect(throws: Problem.self) { try PageRequest(limit: 0, cursor: nil, keys: [.timestamp, .uuid]) }
        #expect(try PageRequest(limit: nil, cursor: nil, keys: [.timestamp, .uuid]).limit == 20)
    }

    @Test func pagesSplitOffTheExtraRow() {
        let (items, next) = page([1, 2, 3], limit: 2) { [String($0)] }
        #expect(items == [1, 2])
        #expect(next.flatMap(Cursor.decode) == ["2"])
        #expect(page([1, 2], limit: 2) { [String($0)] }.nextCursor == nil)
    }

    @Test func ifMatchUsesStrongComparison() throws {
        #expect(try ETag.expectedVersion(ifMatch: ETag.make(version: 7)) == 7)
        #expect(try ETag.expectedVersion(ifMatch: "*") == nil)
        #expect(try ETag.expectedVersion(ifMatch: "\"3\", \"4\"") == 3)
        #expect(throws: Problem.self) { try ETag.expectedVersion(ifMatch: "W/\"7\"") }
        #expect(throws: Problem.self) { try ETag.expectedVersion(ifMatch: "7") }
    }

    @Test func uuidV7IsTimeOrderedAndVersioned() {
        let earlier = UUID.v7(now: Date(timeIntervalSince1970: 1_700_000_000))
        let later = UUID.v7(now: Date(timeIntervalSince1970: 1_700_000_001))
        #expect(earlier.uuidString.lowercased() < later.uuidString.lowercased())
        #expect(Array(earlier.uuidString)[14] == "7")
    }

    @Test func configurationListsEveryProblemAtOnce() {
        let defaults = ServiceDefaults(name: "contacts-service", port: 8081, schema: "contacts", databaseRole: "contacts_service",
                                       migrationsDirectory: URL(fileURLWithPath: "/tmp"))
        do {
            _ = try ServiceConfiguration.fromEnvironment(service: defaults, environment: ["PORT": "http", "DB_SCHEMA": "Robert'); DROP", "JWT_SECRET": "short"])
            Issue.record("invalid configuration was accepted")
        } catch let error as ConfigurationError {
            #expect(error.problems.count == 3)
            #expect(error.description.contains("PORT"))
            #expect(error.description.contains("DB_SCHEMA"))
            #expect(error.description.contains("JWT_SECRET"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        let configuration = try? ServiceConfiguration.fromEnvironment(
            service: defaults, environment: ["JWT_SECRET": String(repeating: "s", count: 32), "DB_POOL_SIZE": "3", "LOG_FORMAT": "json"]
        )
        #expect(configuration?.port == 8081)
        #expect(configuration?.database.poolSize == 3)
        #expect(configuration?.database.schema == "contacts")
        #expect(configuration?.logFormat == .json)
    }
}
