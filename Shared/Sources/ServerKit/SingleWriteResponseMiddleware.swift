public import Hummingbird
public import HTTPTypes
import NIOCore

/// Hands Hummingbird a response body of known, bounded length as one buffer, so that head, body
/// and end leave in one write to the connection.
///
/// swift-openapi-hummingbird answers every operation with a closure-backed body (it streams the
/// generated `HTTPBody`). Hummingbird writes such a body as three separate writes to the
/// connection's outbound writer, the head, each buffer and the end, and each one is handed to the
/// event loop on its own: a wake-up and a socket write apiece. A body held in one `ByteBuffer`
/// takes Hummingbird's single-write path instead (docs/performance.md, "One write per response").
///
/// Only bodies whose length is known and at most `maximumBytes` are gathered: those are in memory
/// already (the generated serializer's bytes). Streams of unknown length, the CSV export among
/// them, and larger bodies pass through untouched. A body that fails while it is gathered fails
/// before anything was sent, so the caller gets a problem answer instead of a cut-off body.
public struct SingleWriteResponseMiddleware<Context: RequestContext>: RouterMiddleware {
    public let maximumBytes: Int

    public init(maximumBytes: Int = 1 << 20) {
        self.maximumBytes = maximumBytes
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.body = try await SingleWriteBody.gather(response.body, maximumBytes: maximumBytes)
        return response
    }
}

/// The gathering behind `SingleWriteResponseMiddleware`.
public enum SingleWriteBody {
    /// `body` as one buffer when its length is known and at most `maximumBytes`; otherwise `body`
    /// itself, untouched. Runs the body's writer once, so a failing body throws here.
    public static func gather(_ body: ResponseBody, maximumBytes: Int) async throws -> ResponseBody {
        guard let length = body.contentLength, length > 0, length <= maximumBytes else { return body }
        let gathered = GatheredBody()
        try await body.write(GatheringWriter(gathered: gathered))
        let buffer = gathered.buffer ?? ByteBuffer()
        if gathered.finished, gathered.trailers == nil {
            return ResponseBody(byteBuffer: buffer)
        }
        // Trailers, or a body that never said it had finished: replay it as it was written.
        let finished = gathered.finished
        let trailers = gathered.trailers
        return ResponseBody(contentLength: buffer.readableBytes) { writer in
            try await writer.write(buffer)
            if finished { try await writer.finish(trailers) }
        }
    }
}

/// What a body wrote, gathered by one task (the body's writer is used by the task that runs it).
final class GatheredBody: @unchecked Sendable {
    var buffer: ByteBuffer?
    var finished = false
    var trailers: HTTPFields?
}

struct GatheringWriter: ResponseBodyWriter {
    let gathered: GatheredBody

    mutating func write(_ buffer: ByteBuffer) async throws {
        if gathered.buffer == nil {
            // The usual case, a single buffer, is kept as it is: no copy.
            gathered.buffer = buffer
        } else {
            var buffer = buffer
            gathered.buffer!.writeBuffer(&buffer)
        }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {
        gathered.finished = true
        gathered.trailers = trailingHeaders
    }
}
