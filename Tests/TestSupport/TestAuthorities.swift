import Foundation
import Logging
import PostgresDatabase

/// The registry of authorities, as tests need it: contacts-service refuses callers of an
/// authority that is not registered, so `TestEnvironment.token` registers the authority it signs
/// for (as an operator would with `contacts-service authority add`).
public actor TestAuthorities {
    public static let shared = TestAuthorities()

    private var pool: PostgresPool?
    private var registered: Set<UUID> = []

    /// Registers `authority` (active, country CZ) unless it already is. Applies contacts-service's
    /// migrations first, so it works on an empty database too.
    public func register(_ authority: UUID) async throws {
        if registered.contains(authority) { return }
        let pool = try await contactsPool()
        let code = "T" + authority.uuidString.replacingOccurrences(of: "-", with: "").prefix(30)
        try await pool.query(
            """
            INSERT INTO authorities (id, name, country, municipality_code, languages)
            VALUES ($1, $2, 'CZ', $3, '{cs,en}') ON CONFLICT (id) DO NOTHING
            """,
            [authority, "Test authority \(authority.uuidString.prefix(8))", String(code)], authority: authority
        )
        registered.insert(authority)
    }

    /// Suspends or reactivates a registered authority.
    public func setActive(_ authority: UUID, _ active: Bool) async throws {
        try await register(authority)
        try await contactsPool().query(
            "UPDATE authorities SET status = $2 WHERE id = $1", [authority, active ? "active" : "suspended"], authority: authority
        )
    }

    private func contactsPool() async throws -> PostgresPool {
        if let pool { return pool }
        let defaults = ServiceDefaultsFixture.contacts
        let pool = PostgresPool(configuration: TestEnvironment.database(for: defaults, poolSize: 1), logger: Logger(label: "test.authorities"))
        try await Migrator(pool: pool, directory: defaults.migrationsDirectory, logger: Logger(label: "test.authorities")).migrate()
        self.pool = pool
        return pool
    }
}
