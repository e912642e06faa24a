import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ServerKit
import Synchronization
import Testing

/// Bodies of known length are handed to Hummingbird as one buffer (one write per response);
/// streams, large bodies and trailers keep their meaning.
@Suite struct SingleWriteResponseTests {
    /// What a body wrote, call by call.
    final class Recording: Sendable {
        let writes = Mutex<[String]>([])
        let finish = Mutex<(called: Bool, trailers: HTTPFields?)>((false, nil))
    }

    struct RecordingWriter: ResponseBodyWriter {
        let recording: Recording

        mutating func write(_ buffer: ByteBuffer) async throws {
            recording.writes.withLock { $0.append(String(buffer: buffer)) }
        }

        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
            recording.finish.withLock { $0 = (true, trailingHeaders) }
        }
    }

    static func record(_ body: ResponseBody) async throws -> Recording {
        let recording = Recording()
        try await body.write(RecordingWriter(recording: recording))
        return recording
    }

    /// Three writes, as swift-openapi-hummingbird's bodies make them (it streams the HTTPBody).
    static func threePieces(length: Int? = 6, trailers: HTTPFields? = nil) -> ResponseBody {
        ResponseBody(contentLength: length) { writer in
            for piece in ["ab", "cd", "ef"] { try await writer.write(ByteBuffer(string: piece)) }
            try await writer.finish(trailers)
        }
    }

    struct BodyFailure: Error {}

    @Test func aBodyOfKnownLengthBecomesOneWrite() async throws {
        #expect(try await Self.record(Self.threePieces()).writes.withLock { $0 } == ["ab", "cd", "ef"])
        let gathered = try await SingleWriteBody.gather(Self.threePieces(), maximumBytes: 1024)
        #expect(gathered.contentLength == 6)
        let recording = try await Self.record(gathered)
        #expect(recording.writes.withLock { $0 } == ["abcdef"])
        #expect(recording.finish.withLock { $0.called && $0.trailers == nil })
    }

    @Test func trailersAreKept() async throws {
        let trailers: HTTPFields = [HTTPField.Name("X-Checksum")!: "42"]
        let recording = try await Self.record(try await SingleWriteBody.gather(Self.threePieces(trailers: trailers), maximumBytes: 1024))
        #expect(recording.writes.withLock { $0 } == ["abcdef"])
        #expect(recording.finish.withLock { $0.called && $0.trailers == trailers })
    }

    @Test func streamsOfUnknownLengthAndLargeBodiesAreLeftAlone() async throws {
        let unknown = try await Self.record(try await SingleWriteBody.gather(Self.threePieces(length: nil), maximumBytes: 1024))
        #expect(unknown.writes.withLock { $0 } == ["ab", "cd", "ef"])
        let large = try await Self.record(try await SingleWriteBody.gather(Self.threePieces(), maximumBytes: 5))
        #expect(large.writes.withLock { $0 } == ["ab", "cd", "ef"])
    }

    @Test func aFailingBodyFailsBeforeAnythingIsSent() async throws {
        let failing = ResponseBody(contentLength: 10) { writer in
            try await writer.write(ByteBuffer(string: "half"))
            throw BodyFailure()
        }
        await #expect(throws: BodyFailure.self) { _ = try await SingleWriteBody.gather(failing, maximumBytes: 1024) }
    }

    /// Over real HTTP, with the middleware where `ServiceRuntime` puts it: the caller gets the
    /// whole body and its length, and a body that fails gets a problem answer, not a cut-off one.
    @Test func overHTTPTheCallerGetsTheWholeBody() async throws {
        let router = Router()
        router.add(middleware: ProblemMiddleware(maxBodyBytes: 1024))
        router.add(middleware: SingleWriteResponseMiddleware())
        router.get("/pieces") { _, _ in Response(status: .ok, body: Self.threePieces()) }
        router.get("/failing") { _, _ in
            Response(status: .ok, body: ResponseBody(contentLength: 10) { writer in
                try await writer.write(ByteBuffer(string: "half"))
                throw BodyFailure()
            })
        }
        try await Application(router: router).test(.live) { client in
            try await client.execute(uri: "/pieces", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentLength] == "6")
                #expect(String(buffer: response.body) == "abcdef")
            }
            try await client.execute(uri: "/failing", method: .get) { response in
                #expect(response.status == .internalServerError)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
            }
        }
    }
}
