import PostgresDatabase

/// Bound parameters captured by a transaction closure, which runs on a pool thread: the values are
/// Sendable, the array of existentials needs this box to say so.
struct StatementParameters: Sendable {
    let values: [(any PostgresEncodable)?]
}
