import ContactsService
import Foundation
import Logging
import PostgresDatabase
import ServerKit
import Testing
import TestSupport

/// Row-level security on contacts.organisations: the second wall behind every query's own filter.
@Suite struct OrganisationRowLevelSecurityTests {
    @Test func aQueryThatForgetsItsFilterSeesOnlyTheSessionsAuthority() async throws {
        let (_, runtime) = try await TestEnvironment.application(ContactsService.self)
        let pool = PostgresPool(configuration: TestEnvironment.database(for: ContactsService.defaults, poolSize: 1), logger: Logger(label: "rls"))
        let mine = UUID()
        let theirs = UUID()
        for (authority, name) in [(mine, "Mine s.r.o."), (theirs, "Theirs GmbH")] {
            try await pool.query(
                "INSERT INTO organisations (id, authority_id, kind, legal_name, country) VALUES ($1, $2, 'sme', $3, 'CZ')",
                [UUID.v7(), authority, name], authority: authority
            )
        }
        // No authority filter in the SQL: the policy alone decides.
        let seen = try await pool.query("SELECT authority_id FROM organisations", [], authority: mine).rows
            .map { try $0.decode(UUID.self, "authority_id") }
        #expect(!seen.isEmpty)
        #expect(seen.allSatisfy { $0 == mine })
        // Writing a row for another authority is refused by the policy's WITH CHECK.
        await #expect(throws: PostgresError.self) {
            try await pool.query(
                "INSERT INTO organisations (id, authority_id, kind, legal_name, country) VALUES ($1, $2, 'sme', 'Sneaky', 'CZ')",
                [UUID.v7(), theirs], authority: mine
            )
        }
        // The same connection switches tenant correctly, in both directions.
        let theirsSeen = try await pool.query("SELECT count(*) AS n FROM organisations WHERE authority_id = $1", [mine], authority: theirs)
        #expect(try theirsSeen.first!.decode(Int.self, "n") == 0)
        // The session now acts for `theirs`. A transaction for `mine` that rolls back also rolls back
        // its set_config, so the next call for `mine` must set the authority again.
        struct Abort: Error {}
        await #expect(throws: Abort.self) {
            try await pool.transaction(authority: mine) { _ in throw Abort() }
        }
        let afterRollback = try await pool.query("SELECT authority_id FROM organisations", [], authority: mine).rows
            .map { try $0.decode(UUID.self, "authority_id") }
        #expect(!afterRollback.isEmpty)
        #expect(afterRollback.allSatisfy { $0 == mine })
        await pool.close()
        _ = runtime
    }
}
