import Foundation
import Hummingbird
import PostgresDatabase

/// `/healthz` (the process is alive; no database), `/readyz` (database reachable and every
/// migration applied) and `/metrics` (Prometheus text). Served on the service's own port, without a token.
struct HealthRoutes {
    let pool: PostgresPool
    let migrator: Migrator
    let metrics: HTTPMetrics

    static let routes = [
        ServedRoute(method: "GET", path: "/healthz"), ServedRoute(method: "GET", path: "/readyz"),
        ServedRoute(method: "GET", path: "/metrics"),
    ]

    func register(on router: Router<CivicRequestContext>) {
        router.get("/healthz") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ok"}"#)))
        }
        router.get("/readyz") { _, context -> Response in
            do {
                guard try await migrator.isUpToDate() else {
                    throw Problem.unavailable("Migrations are not all applied yet.", retryAfterSeconds: 5)
                }
            } catch let problem as Problem {
                throw problem
            } catch {
                context.logger.warning("not ready", metadata: ["error": "\(error)"])
                throw Problem.unavailable("The database is unreachable.", retryAfterSeconds: 5)
            }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: #"{"status":"ready"}"#)))
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: metrics.render()))
            )
        }
    }
}
