import CurlHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import OpenAPIRuntime
import Synchronization
import Testing

/// The libcurl client against a real Hummingbird server on a loopback port.
@Suite struct CurlHTTPClientTests {
    /// Counts requests per method so retries are visible.
    final class Counter: Sendable {
        let calls = Mutex([String: Int]())
        func add(_ key: String) { calls.withLock { $0[key, default: 0] += 1 } }
        func count(_ key: String) -> Int { calls.withLock { $0[key] ?? 0 } }
    }

    func peer(counter: Counter = Counter()) -> some ApplicationProtocol {
        let router = Router()
        router.get("/echo") { request, _ in
            "hello \(request.headers[HTTPField.Name("X-Request-ID")!] ?? "-")"
        }
        router.post("/echo") { request, context in
            let body = try await request.body.collect(upTo: 1 << 20)
            return Response(status: .created, headers: [.contentType: "application/json"], body: .init(byteBuffer: body))
        }
        router.get("/unavailable") { _, _ -> Response in
            counter.add("GET /unavailable")
            return Response(status: .serviceUnavailable)
        }
        router.post("/unavailable") { _, _ -> Response in
            counter.add("POST /unavailable")
            return Response(status: .serviceUnavailable)
        }
        router.get("/slow") { _, _ -> String in
            try await Task.sleep(for: .seconds(5))
            return "late"
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func client(totalTimeout: Duration = .seconds(3)) -> CurlHTTPClient {
        CurlHTTPClient(configuration: .init(connectTimeout: .milliseconds(500), totalTimeout: totalTimeout, retryBackoff: .milliseconds(10)),
                       logger: Logger(label: "test.curl"))
    }

    @Test func aThousandSequentialCallsReuseAHandfulOfConnections() async throws {
        let client = client()
        try await peer().test(.live) { live in
            let port = try #require(live.port)
            var localPorts = Set<Int>()
            var newConnections = 0
            for index in 0..<1000 {
                let response = try await client.send(
                    CurlRequest(method: "GET", url: "http://127.0.0.1:\(port)/echo", headers: [("X-Request-ID", "r\(index)")])
                )
                #expect(response.status == 200)
                localPorts.insert(response.localPort)
                newConnections += response.newConnections
            }
            // One warm handle serves a sequential stream; the local port identifies the TCP connection.
            #expect(localPorts.count <= 3, "opened \(localPorts.count) connections")
            #expect(newConnections <= 3)
        }
        await client.shutdown()
    }

    @Test func aStoppedPeerFailsFastAsUnavailable() async throws {
        let client = client(totalTimeout: .seconds(2))
        let started = ContinuousClock.now
        do {
            // Port 9 (discard) is closed on loopback: the connection is refused.
            _ = try await client.send(CurlRequest(method: "GET", url: "http://127.0.0.1:9/anything"))
            Issue.record("expected PeerUnavailableError")
        } catch let error as PeerUnavailableError {
            #expect(error.retryAfterSeconds >= 1)
        }
        #expect(ContinuousClock.now - started < .seconds(2.5))
        await client.shutdown()
    }

    @Test func aSlowPeerTimesOutWithinTheTotalTimeout() async throws {
        let client = client(totalTimeout: .milliseconds(800))
        try await peer().test(.live) { live in
            let port = try #require(live.port)
            let started = ContinuousClock.now
            await #expect(throws: PeerUnavailableError.self) {
                _ = try await client.send(CurlRequest(method: "GET", url: "http://127.0.0.1:\(port)/slow"))
            }
            #expect(ContinuousClock.now - started < .seconds(1.5))
        }
        await client.shutdown()
    }

    @Test func onlyIdempotentRequestsAreRetried() async throws {
        let counter = Counter()
        let client = client()
        try await peer(counter: counter).test(.live) { live in
            let port = try #require(live.port)
            let get = try await client.send(CurlRequest(method: "GET", url: "http://127.0.0.1:\(port)/unavailable"))
            let post = try await client.send(CurlRequest(method: "POST", url: "http://127.0.0.1:\(port)/unavailable", body: Array("{}".utf8)))
            #expect(get.status == 503)
            #expect(post.status == 503)
        }
        #expect(counter.count("GET /unavailable") == 3)  // the first attempt and two retries
        #expect(counter.count("POST /unavailable") == 1)
        await client.shutdown()
    }

    @Test func onlyHTTPAndHTTPSAreAllowed() async throws {
        let client = client()
        await #expect(throws: CurlRequestError.self) {
            _ = try await client.send(CurlRequest(method: "GET", url: "file:///etc/passwd"))
        }
        await #expect(throws: CurlRequestError.self) {
            _ = try await client.send(CurlRequest(method: "GET", url: "gopher://127.0.0.1/"))
        }
        await client.shutdown()
    }

    @Test func theClientTransportCarriesJSONBothWays() async throws {
        let client = client()
        let transport = CurlClientTransport(client: client)
        try await peer().test(.live) { live in
            let port = try #require(live.port)
            var request = HTTPRequest(method: .post, scheme: nil, authority: nil, path: "/echo")
            request.headerFields[.contentType] = "application/json"
            let (response, body) = try await transport.send(
                request, body: HTTPBody(#"{"city":"Liberec"}"#), baseURL: URL(string: "http://127.0.0.1:\(port)")!, operationID: "echo"
            )
            #expect(response.status == .created)
            #expect(response.headerFields[.contentType] == "application/json")
            let text = try await String(collecting: try #require(body), upTo: 1024)
            #expect(text == #"{"city":"Liberec"}"#)
        }
        await client.shutdown()
    }
}
