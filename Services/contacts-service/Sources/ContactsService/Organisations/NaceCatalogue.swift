import PostgresDatabase

/// NACE Rev. 2.1 (levels 1-4), read once from the reference table at start: sector codes are
/// checked against it without a database round trip.
struct NaceCatalogue: Sendable {
    let names: [String: String]

    func contains(_ code: String) -> Bool { names[code] != nil }

    static func load(from pool: PostgresPool) async throws -> NaceCatalogue {
        let rows = try await pool.query("SELECT code, name FROM nace_codes").rows
        var names: [String: String] = [:]
        for row in rows { names[try row.decode(String.self, "code")] = try row.decode(String.self, "name") }
        return NaceCatalogue(names: names)
    }
}
