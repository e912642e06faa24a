import Foundation
import PostgresDatabase
import ServerKit
import Shared

/// A page of ideas, most supported first.
struct IdeaQuery: Sendable {
    /// Only the ideas submitted to this challenge.
    var challenge: UUID?
    var page: PageRequest
}

/// What became of a submitted idea.
enum IdeaSubmission: Sendable {
    case submitted(Components.Schemas.Idea)
    /// The idea names a challenge that the authority does not have.
    case unknownChallenge
    /// The challenge exists but takes no ideas now.
    case challengeNotAccepting(ChallengeClosure)
}

/// Why a challenge takes no ideas.
enum ChallengeClosure: Sendable, Equatable {
    case closed
    case draft
    case notOpenYet
    case deadlinePassed
}

/// What became of a support.
enum SupportOutcome: Sendable {
    /// Counted; the idea with its new count.
    case counted(Components.Schemas.Idea)
    /// This supporter had already supported the idea; nothing changed.
    case alreadySupported
    case ideaNotFound
}

/// Storage of ideas and their supports. Every call is scoped to one authority.
protocol IdeaStore: Sendable {
    /// Stores a new idea with no supports. When it names a challenge, the challenge must be the
    /// authority's and take ideas now (status `open`, within `opens_at`..`closes_at`).
    func submit(_ idea: Components.Schemas.IdeaCreate, challenge: UUID?, id: UUID, authority: UUID, submittedBy: String) async throws -> IdeaSubmission
    func get(id: UUID, authority: UUID) async throws -> Components.Schemas.Idea?
    /// Most supported first, keyset-paginated on (support_count, id). Counts change between pages,
    /// so a page walk is a best-effort snapshot: an idea supported meanwhile may move to a page already read.
    func list(_ query: IdeaQuery, authority: UUID) async throws -> (items: [Components.Schemas.Idea], nextCursor: String?)
    /// Counts one support by `supporter`; a second support by the same supporter counts nothing.
    func support(id: UUID, authority: UUID, supporter: String) async throws -> SupportOutcome
}

/// The PostgreSQL implementation over `innovation.ideas` and `innovation.idea_supports`. Every statement
/// runs in a transaction for the caller's authority, so row-level security (0003_tenant_policies.sql) applies too.
struct PostgresIdeaStore: IdeaStore {
    let pool: PostgresPool

    static let columns = "id, authority_id, challenge_id, title, description, submitted_by, support_count, created_at"

    func submit(
        _ new: Components.Schemas.IdeaCreate, challenge: UUID?, id: UUID, authority: UUID, submittedBy: String
    ) async throws -> IdeaSubmission {
        let parameters = BoundParameters(values: [id, authority, challenge, new.title, new.description, submittedBy])
        return try await pool.transaction(authority: authority) { connection in
            if let challenge {
                // FOR SHARE: the challenge cannot be closed between this check and the insert.
                let found = try connection.query(
                    """
                    SELECT status,
                           opens_at IS NOT NULL AND opens_at > now() AS not_open_yet,
                           closes_at IS NOT NULL AND closes_at <= now() AS deadline_passed
                    FROM challenges WHERE authority_id = $1 AND id = $2
                    FOR SHARE
                    """,
                    [authority, challenge]
                )
                guard let row = found.first else { return .unknownChallenge }
                switch try row.decode(String.self, "status") {
                case "closed": return .challengeNotAccepting(.closed)
                case "draft": return .challengeNotAccepting(.draft)
                default: break
                }
                if try row.decode(Bool.self, "not_open_yet") { return .challengeNotAccepting(.notOpenYet) }
                if try row.decode(Bool.self, "deadline_passed") { return .challengeNotAccepting(.deadlinePassed) }
            }
            let inserted = try connection.query(
                """
                INSERT INTO ideas (id, authority_id, challenge_id, title, description, submitted_by)
                VALUES ($1, $2, $3, $4, $5, $6)
                RETURNING \(Self.columns)
                """,
                parameters.values
            )
            guard let row = inserted.first else { throw PostgresError(kind: .queryFailed, message: "INSERT returned no row") }
            return .submitted(try Self.decode(row))
        }
    }

    func get(id: UUID, authority: UUID) async throws -> Components.Schemas.Idea? {
        let result = try await pool.transaction(authority: authority) {
            try $0.query("SELECT \(Self.columns) FROM ideas WHERE authority_id = $1 AND id = $2", [authority, id])
        }
        return try result.first.map(Self.decode)
    }

    func list(_ query: IdeaQuery, authority: UUID) async throws -> (items: [Components.Schemas.Idea], nextCursor: String?) {
        var parameters: [(any PostgresEncodable)?] = [authority, query.page.limit + 1]
        func bind(_ value: any PostgresEncodable) -> String {
            parameters.append(value)
            return "$\(parameters.count)"
        }
        var conditions = ["authority_id = $1"]
        if let challenge = query.challenge { conditions.append("challenge_id = \(bind(challenge))") }
        if let after = query.page.after {
            conditions.append("(support_count, id) < (\(bind(after[0]))::integer, \(bind(after[1]))::uuid)")
        }
        let sql = """
            SELECT \(Self.columns) FROM ideas
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY support_count DESC, id DESC LIMIT $2
            """
        let boxed = BoundParameters(values: parameters)
        let rows = try await pool.transaction(authority: authority) { try $0.query(sql, boxed.values) }.rows
        // Cursor keys are the database's own text of the sort columns.
        let decoded = try rows.map { (idea: try Self.decode($0), count: try $0.decode(String.self, "support_count")) }
        let (items, next) = page(decoded, limit: query.page.limit) { [$0.count, $0.idea.id] }
        return (items.map(\.idea), next)
    }

    func support(id: UUID, authority: UUID, supporter: String) async throws -> SupportOutcome {
        try await pool.transaction(authority: authority) { connection in
            // The primary key (idea_id, supporter) admits one row per supporter. A concurrent insert of
            // the same pair waits for the first transaction and then does nothing, so it reports 409.
            let inserted = try connection.query(
                """
                INSERT INTO idea_supports (idea_id, supporter, authority_id)
                SELECT id, $3, authority_id FROM ideas WHERE authority_id = $1 AND id = $2
                ON CONFLICT (idea_id, supporter) DO NOTHING
                RETURNING idea_id
                """,
                [authority, id, supporter]
            )
            if inserted.first == nil {
                let exists = try connection.query("SELECT 1 FROM ideas WHERE authority_id = $1 AND id = $2", [authority, id])
                return exists.first == nil ? .ideaNotFound : .alreadySupported
            }
            // Atomic increment: concurrent supports by different callers queue on the row lock and each adds one.
            let updated = try connection.query(
                """
                UPDATE ideas SET support_count = support_count + 1
                WHERE authority_id = $1 AND id = $2
                RETURNING \(Self.columns)
                """,
                [authority, id]
            )
            guard let row = updated.first else { throw PostgresError(kind: .queryFailed, message: "UPDATE returned no row") }
            return .counted(try Self.decode(row))
        }
    }

    static func decode(_ row: PostgresRow) throws -> Components.Schemas.Idea {
        Components.Schemas.Idea(
            id: try row.decode(UUID.self, "id").uuidString.lowercased(),
            authorityId: try row.decode(UUID.self, "authority_id").uuidString.lowercased(),
            challengeId: try row.decode(UUID?.self, "challenge_id")?.uuidString.lowercased(),
            title: try row.decode(String.self, "title"),
            description: try row.decode(String.self, "description"),
            submittedBy: try row.decode(String.self, "submitted_by"),
            supportCount: try row.decode(Int.self, "support_count"),
            createdAt: try row.decode(Date.self, "created_at")
        )
    }
}
