import Foundation
import PostgresDatabase

extension PostgresPool {
    /// Runs one statement in a transaction for `authority`: the tables' row-level security policies
    /// show and accept only that authority's rows, a second wall behind each query's own filter.
    func query(_ sql: String, _ parameters: [(any PostgresEncodable)?], authority: UUID) async throws -> QueryResult {
        let boxed = TenantQueryParameters(values: parameters)
        return try await transaction(authority: authority) { connection in
            try connection.query(sql, boxed.values)
        }
    }
}

/// Bound parameters are Sendable values held in an array of existentials; this box carries them into the pool thread.
private struct TenantQueryParameters: Sendable {
    let values: [(any PostgresEncodable)?]
}
