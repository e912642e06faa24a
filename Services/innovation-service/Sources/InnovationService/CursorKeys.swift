import Foundation
import PostgresDatabase
import ServerKit

/// Cursors are opaque to callers but carry the database text of the sort keys. A cursor whose keys
/// do not parse as the sort columns' types is refused here with a 400 naming `cursor`, instead of
/// reaching PostgreSQL as a cast error (a 500).
enum CursorKeys {
    /// Keys of lists ordered by (created_at, id).
    static func requireTimestampAndID(_ page: PageRequest) throws {
        guard let after = page.after else { return }
        try require(Date(postgresText: after[0]) != nil && UUID(uuidString: after[1]) != nil)
    }

    /// Keys of lists ordered by (an integer count, id).
    static func requireIntegerAndID(_ page: PageRequest) throws {
        guard let after = page.after else { return }
        try require(Int32(after[0]) != nil && UUID(uuidString: after[1]) != nil)
    }

    private static func require(_ condition: Bool) throws {
        guard condition else {
            throw Problem.badRequest("The cursor is malformed.", errors: [.init(field: "cursor", message: "is not a cursor returned by this list")])
        }
    }
}
