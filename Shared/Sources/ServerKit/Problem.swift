import Foundation
public import HTTPTypes
public import Hummingbird
import Shared

/// An error answered as RFC 9457 `application/problem+json`. Handlers throw it; `ProblemMiddleware`
/// turns every other error into one too, so no response leaks a stack trace, SQL or a host name.
public struct Problem: Error, HTTPResponseError, Sendable {
    /// One invalid field: a JSON pointer into the body (`/legal_name`) or a parameter name (`cursor`).
    public struct FieldError: Sendable, Equatable {
        public let field: String
        public let message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }

    public let status: HTTPResponse.Status
    public let type: String
    public let title: String
    public let detail: String?
    public let errors: [FieldError]
    public let headers: HTTPFields

    public init(
        status: HTTPResponse.Status,
        type: String? = nil,
        title: String? = nil,
        detail: String? = nil,
        errors: [FieldError] = [],
        headers: HTTPFields = [:]
    ) {
        self.status = status
        self.type = type ?? "about:blank"
        self.title = title ?? status.reasonPhrase
        self.detail = detail
        self.errors = errors
        self.headers = headers
    }

    /// The body as the `Problem` schema of openapi.yaml.
    public func body(requestID: String?, instance: String?) -> Components.Schemas.Problem {
        Components.Schemas.Problem(
            _type: type,
            title: title,
            status: status.code,
            detail: detail,
            instance: instance,
            requestId: requestID,
            errors: errors.isEmpty ? nil : errors.map { .init(field: $0.field, message: $0.message) }
        )
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let requestID = request.headers[.requestID] ?? RequestScope.current?.requestID
        return makeResponse(requestID: requestID, instance: request.uri.path)
    }

    /// Encodes the problem; also used where no Hummingbird request is at hand.
    public func makeResponse(requestID: String?, instance: String?) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(body(requestID: requestID, instance: instance))) ?? Data("{}".utf8)
        var headers = self.headers
        headers[.contentType] = "application/problem+json"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Problem {
    static let typePrefix = "urn:civiclink:problem:"

    /// 400: the request is malformed.
    public static func badRequest(_ detail: String, errors: [FieldError] = []) -> Problem {
        Problem(status: .badRequest, type: typePrefix + "bad-request", detail: detail, errors: errors)
    }

    /// 422: well-formed, but values are invalid; each is named in `errors`.
    public static func validation(_ errors: [FieldError]) -> Problem {
        Problem(
            status: .unprocessableContent, type: typePrefix + "validation", title: "Invalid request",
            detail: "One or more fields are invalid.", errors: errors
        )
    }

    /// 401: no valid bearer token.
    public static func unauthorized(_ detail: String) -> Problem {
        Problem(
            status: .unauthorized, type: typePrefix + "unauthorized", detail: detail,
            headers: [.wwwAuthenticate: "Bearer realm=\"civiclink\""]
        )
    }

    /// 403: authenticated, but the role may not.
    public static func forbidden(_ detail: String) -> Problem {
        Problem(status: .forbidden, type: typePrefix + "forbidden", detail: detail)
    }

    /// 404: no such object for the caller's authority (also for another authority's object).
    public static func notFound(_ what: String) -> Problem {
        Problem(status: .notFound, type: typePrefix + "not-found", detail: "\(what) was not found.")
    }

    /// 409: conflicts with the current state.
    public static func conflict(_ detail: String) -> Problem {
        Problem(status: .conflict, type: typePrefix + "conflict", detail: detail)
    }

    /// 412: `If-Match` is stale.
    public static func preconditionFailed() -> Problem {
        Problem(
            status: .preconditionFailed, type: typePrefix + "stale-version",
            detail: "If-Match does not match the current version; read the object again and retry."
        )
    }

    /// 413: the body is over the configured limit.
    public static func payloadTooLarge(limit: Int) -> Problem {
        Problem(status: .contentTooLarge, type: typePrefix + "payload-too-large", detail: "The request body is larger than \(limit) bytes.")
    }

    /// 503 with `Retry-After`: a dependency is down or busy; the caller may retry.
    public static func unavailable(_ detail: String, retryAfterSeconds: Int) -> Problem {
        Problem(
            status: .serviceUnavailable, type: typePrefix + "unavailable", detail: detail,
            headers: [.retryAfter: String(retryAfterSeconds)]
        )
    }

    /// 500: nothing of the cause is shown; it is logged with the request id.
    public static let internalError = Problem(
        status: .internalServerError, type: typePrefix + "internal", detail: "An unexpected error occurred; it has been logged."
    )
}

extension HTTPField.Name {
    /// `X-Request-ID`, the correlation id passed along every call and written in every log line.
    public static let requestID = HTTPField.Name("X-Request-ID")!
}
