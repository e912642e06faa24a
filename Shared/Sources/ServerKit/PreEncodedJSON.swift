import Foundation
public import HTTPTypes
public import OpenAPIRuntime
import Synchronization

/// Lets a handler write its JSON body with `StreamingJSONEncoder` instead of the generated
/// serializer's `JSONEncoder` (decision 0008), while everything else about the operation stays
/// generated: parameter parsing, the `Accept` check, status, headers and the OpenAPI middlewares.
///
/// The handler encodes its answer into a per-request slot and returns a small placeholder of the
/// same type for the generated serializer; `PreEncodedJSONMiddleware`, the innermost middleware,
/// then sends the slot's bytes as the body. Without the middleware (a handler called directly) or
/// when the streaming encoder refuses the value, the handler returns the value itself.
public enum PreEncodedJSON {
    final class Slot: Sendable {
        let bytes = Mutex<[UInt8]?>(nil)

        /// Takes the body; false when one was taken already (a request has one answer, and a
        /// second call must not have its placeholder replaced by the first call's body).
        func fill(_ body: [UInt8]) -> Bool {
            bytes.withLock { bytes in
                guard bytes == nil else { return false }
                bytes = body
                return true
            }
        }
    }

    @TaskLocal static var slot: Slot?

    /// Returns `placeholder` after encoding `value` into the request's slot; returns `value` when
    /// there is no slot (no middleware) or the value cannot be streamed. Call it only on the body of
    /// the successful answer the handler then returns.
    /// - Parameters:
    ///   - value: the body to send.
    ///   - placeholder: a cheap value of the same type (an empty page) for the generated serializer.
    public static func answer<Value: Encodable>(_ value: Value, placeholder: @autoclosure () -> Value) -> Value {
        guard let slot, let bytes = try? StreamingJSONEncoder().encode(value), slot.fill(bytes) else { return value }
        return placeholder()
    }
}

extension PreEncodedJSON {
    /// Like `answer(_:placeholder:)` for a body the handler has as JSON bytes already (written
    /// straight from database rows). Without a slot the bytes are decoded, as the generated
    /// serializer needs a value.
    public static func answer<Value: Decodable>(json: [UInt8], placeholder: @autoclosure () -> Value) throws -> Value {
        guard let slot else {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .custom { decoder in
                let text = try decoder.singleValueContainer().decode(String.self)
                return try RFC3339DateTranscoder().decode(text)
            }
            return try decoder.decode(Value.self, from: Data(json))
        }
        guard slot.fill(json) else { throw PreEncodedTwice() }
        return placeholder()
    }
}

/// A handler pre-encoded two bodies for one request: a programming error, answered with a 500.
struct PreEncodedTwice: Error, CustomStringConvertible {
    var description: String { "PreEncodedJSON.answer was called twice for one request" }
}

/// Sends the bytes a handler wrote with `PreEncodedJSON.answer` as the response body. Register it
/// last (innermost), so that middlewares around it see the body the caller gets.
public struct PreEncodedJSONMiddleware: ServerMiddleware {
    public init() {}

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let slot = PreEncodedJSON.Slot()
        let (response, responseBody) = try await PreEncodedJSON.$slot.withValue(slot) {
            try await next(request, body, metadata)
        }
        guard let bytes = slot.bytes.withLock({ $0 }) else { return (response, responseBody) }
        // Only a successful JSON body, the one the serializer wrote from the placeholder, is replaced.
        guard (200..<300).contains(response.status.code), response.headerFields[.contentType]?.hasPrefix("application/json") == true
        else { return (response, responseBody) }
        // The serializer wrote the placeholder's length; the caller gets the real one.
        var answered = response
        answered.headerFields[.contentLength] = String(bytes.count)
        return (answered, HTTPBody(bytes))
    }
}
