import Foundation
public import Hummingbird
public import Prometheus
import PostgresDatabase
import Synchronization

/// Prometheus metrics of one service: requests and latency per route, method and status, and the
/// state of the database pool. One registry per application (no global bootstrap), so tests can
/// build several applications in one process.
public final class HTTPMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let pool: PostgresPool?
    private let poolOpen: Gauge
    private let poolInUse: Gauge
    private let poolWaiting: Gauge
    private let poolSize: Gauge

    public init(pool: PostgresPool?) {
        let registry = PrometheusCollectorRegistry()
        self.registry = registry
        self.pool = pool
        self.poolOpen = registry.makeGauge(descriptor: .init(metricName: "db_pool_connections_open", unitName: "", helpText: "Database connections open (idle or in use)."))
        self.poolInUse = registry.makeGauge(descriptor: .init(metricName: "db_pool_connections_in_use", unitName: "", helpText: "Database connections lent to requests."))
        self.poolWaiting = registry.makeGauge(descriptor: .init(metricName: "db_pool_waiting_requests", unitName: "", helpText: "Requests waiting for a database connection."))
        self.poolSize = registry.makeGauge(descriptor: .init(metricName: "db_pool_size", unitName: "", helpText: "The largest number of database connections."))
    }

    private static var requests: MetricNameDescriptor { MetricNameDescriptor(metricName: "http_requests", unitName: "total", helpText: "HTTP requests answered.") }
    private static var duration: MetricNameDescriptor { MetricNameDescriptor(
        metricName: "http_request_duration", unitName: "seconds", helpText: "Time to answer an HTTP request.") }

    private struct Series: Hashable {
        let route: String
        let method: String
        let status: Int
    }

    /// The instruments of each (route, method, status), made once: the registry's own lookup hashes
    /// label arrays and the histogram's bucket list on every call.
    private let series = Mutex<[Series: (requests: Counter, duration: DurationHistogram)]>([:])

    private static let buckets: [Duration] = [
        .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50),
        .milliseconds(100), .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5),
    ]

    func record(route: String, method: String, status: Int, seconds: Double) {
        let key = Series(route: route, method: method, status: status)
        let instruments = series.withLock { series in
            if let existing = series[key] { return existing }
            let labels = [("route", route), ("method", method), ("status", String(status))]
            let made = (
                requests: registry.makeCounter(descriptor: Self.requests, labels: labels),
                duration: registry.makeDurationHistogram(descriptor: Self.duration, labels: labels, buckets: Self.buckets)
            )
            series[key] = made
            return made
        }
        instruments.requests.increment()
        instruments.duration.recordNanoseconds(Int64(seconds * 1_000_000_000))
    }

    /// The Prometheus text exposition, with the pool gauges read at scrape time.
    public func render() -> String {
        if let statistics = pool?.statistics {
            poolOpen.set(Double(statistics.open))
            poolInUse.set(Double(statistics.inUse))
            poolWaiting.set(Double(statistics.waiting))
            poolSize.set(Double(statistics.size))
        }
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}

/// Records each request's route (the matched pattern, not the raw path, so ids do not explode the
/// label set), method, status and duration. It runs outside `ProblemMiddleware`, so it sees the
/// status the caller gets.
public struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: HTTPMetrics

    public init(metrics: HTTPMetrics) {
        self.metrics = metrics
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let route = context.endpointPath ?? "unmatched"
        do {
            let response = try await next(request, context)
            metrics.record(route: route, method: request.method.rawValue, status: response.status.code, seconds: Self.seconds(since: start))
            return response
        } catch {
            let status = (error as? any HTTPResponseError)?.status.code ?? 500
            metrics.record(route: route, method: request.method.rawValue, status: status, seconds: Self.seconds(since: start))
            throw error
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
