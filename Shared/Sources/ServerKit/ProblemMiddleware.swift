import Foundation
import HTTPTypes
import Logging
import CurlHTTPClient
public import Hummingbird
import OpenAPIRuntime
import PostgresDatabase
import Synchronization

/// The outermost middleware: gives every request an id, limits the body, and turns every error
/// into an RFC 9457 problem. Internal details (SQL, peer URLs, stack traces) are logged with the
/// request id, never sent.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    let defaultMaxBodyBytes: Int
    /// Paths that take larger bodies than the default (a CSV import), with their limit.
    let largeBodyPaths: [String: Int]

    public init(maxBodyBytes: Int, largeBodyPaths: [String: Int] = [:]) {
        self.defaultMaxBodyBytes = maxBodyBytes
        self.largeBodyPaths = largeBodyPaths
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let requestID = RequestIDs.accept(request.headers[.requestID])
        var request = request
        let scoped = RequestScope(requestID: requestID, identity: nil, logger: context.logger)
        var response: Response
        let maxBodyBytes = largeBodyPaths.isEmpty ? defaultMaxBodyBytes : largeBodyPaths[request.uri.path] ?? defaultMaxBodyBytes
        do {
            if let length = request.headers[.contentLength].flatMap(Int.init), length > maxBodyBytes {
                throw Problem.payloadTooLarge(limit: maxBodyBytes)
            }
            if request.method == .post || request.method == .put || request.method == .patch {
                do {
                    _ = try await request.collectBody(upTo: maxBodyBytes)
                } catch let error as HTTPError where error.status == .contentTooLarge {
                    throw Problem.payloadTooLarge(limit: maxBodyBytes)
                }
            }
            response = try await RequestScope.$current.withValue(scoped) {
                try await next(request, context)
            }
            // The generated code writes header values percent-encoded (URI "simple" style), which
            // turns `"1"` into `%221%22` (swift-openapi-generator #827, #857). The headers our
            // operations declare (ETag, Location) never hold a literal `%`, so decode them here.
            for name in [HTTPField.Name.eTag, .location] {
                if let value = response.headers[name], value.contains("%"), let decoded = value.removingPercentEncoding {
                    response.headers[name] = decoded
                }
            }
        } catch {
            // Logged inside the request's scope, so the line carries the request id.
            let hasBody = request.method == .post || request.method == .put || request.method == .patch
            let problem = RequestScope.$current.withValue(scoped) {
                Self.problem(for: error, logger: context.logger, requestHasBody: hasBody)
            }
            response = problem.makeResponse(requestID: requestID, instance: request.uri.path)
        }
        response.headers[.requestID] = requestID
        return response
    }

    /// Maps any error to the problem a caller sees.
    static func problem(for error: any Error, logger: Logger, requestHasBody: Bool = true) -> Problem {
        switch error {
        case let problem as Problem:
            return problem
        case let serverError as ServerError:
            // The generated server wraps handler and decoding errors; the cause decides the answer.
            if let decoding = serverError.underlyingError as? DecodingError {
                return Self.problem(for: decoding, requestHasBody: requestHasBody)
            }
            if serverError.underlyingError is Problem || serverError.underlyingError is PostgresError
                || serverError.underlyingError is PeerUnavailableError || serverError.underlyingError is ClientError
            {
                return problem(for: serverError.underlyingError, logger: logger)
            }
            if serverError.httpStatus == .internalServerError {
                logger.error("request failed", metadata: ["error": "\(serverError.causeDescription): \(serverError.underlyingError)"])
                return .internalError
            }
            // The caller's Accept excludes what the operation answers (e.g. text/csv asked as JSON).
            if "\(serverError.underlyingError)".hasPrefix("Response content type not acceptable") {
                return Problem(status: .notAcceptable, type: Problem.typePrefix + "not-acceptable",
                               detail: "This operation answers another media type than the Accept header allows; see openapi.yaml.")
            }
            if serverError.httpStatus == .unsupportedMediaType {
                return Problem(status: .unsupportedMediaType, type: Problem.typePrefix + "unsupported-media-type",
                               detail: "Send the body as application/json.")
            }
            return .badRequest(Self.describe(serverError))
        case let clientError as ClientError:
            // A generated client for another service wraps the transport's error.
            if clientError.underlyingError is PeerUnavailableError || clientError.underlyingError is Problem {
                return problem(for: clientError.underlyingError, logger: logger)
            }
            logger.error("call to another service failed", metadata: ["error": "\(clientError)"])
            return .unavailable("A service this request depends on answered unexpectedly; retry shortly.", retryAfterSeconds: 2)
        case let decoding as DecodingError:
            return Self.problem(for: decoding, requestHasBody: requestHasBody)
        case let database as PostgresError:
            switch database.kind {
            case .uniqueViolation:
                return .conflict("An object with the same unique values already exists.")
            case .poolTimeout, .connectionFailed, .statementTimeout, .serializationFailure, .deadlock:
                logger.warning("database unavailable", metadata: ["error": "\(database)"])
                return .unavailable("The database is busy or unavailable; retry shortly.", retryAfterSeconds: 1)
            default:
                logger.error("database error", metadata: ["error": "\(database)"])
                return .internalError
            }
        case let peer as PeerUnavailableError:
            logger.warning("peer unavailable", metadata: ["error": "\(peer)"])
            return .unavailable("A service this request depends on is unavailable; retry shortly.", retryAfterSeconds: peer.retryAfterSeconds)
        case let http as HTTPError:
            switch http.status {
            case .notFound: return Problem(status: .notFound, type: Problem.typePrefix + "no-route", detail: "No route matches this path.")
            case .contentTooLarge: return .payloadTooLarge(limit: 0)
            default: return Problem(status: http.status, detail: http.body)
            }
        case let convertible as any HTTPResponseError:
            return Problem(status: convertible.status)
        default:
            logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return .internalError
        }
    }

    /// A decoding failure names the field by JSON pointer: unknown fields and type mismatches are 400.
    static func problem(for error: DecodingError, requestHasBody: Bool) -> Problem {
        func pointer(_ path: [any CodingKey]) -> String {
            "/" + path.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: "/")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .badRequest("A required field is missing.", errors: [.init(field: pointer(context.codingPath + [key]), message: "is required")])
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .badRequest("A field has the wrong type.", errors: [.init(field: pointer(context.codingPath), message: "has the wrong type")])
        case .dataCorrupted(let context):
            if context.debugDescription.hasPrefix("Additional properties") {
                return .badRequest("The body has a field this operation does not know.",
                                   errors: [.init(field: pointer(context.codingPath), message: "is not a known field")])
            }
            if context.codingPath.isEmpty {
                // Without a path the value is the whole body, or a parameter (the runtime does not say which).
                return requestHasBody
                    ? .badRequest("The body is not valid JSON, or a parameter has an invalid value.",
                                  errors: [.init(field: "/", message: "is not valid JSON, or a parameter is invalid")])
                    : .badRequest("A parameter has an invalid value.", errors: [.init(field: "query", message: "has an invalid value")])
            }
            return .badRequest("A field has an invalid value.", errors: [.init(field: pointer(context.codingPath), message: "is not a valid value")])
        @unknown default:
            return .badRequest("The body could not be read.")
        }
    }

    /// A short, safe description of a request the generated code refused (bad parameter, missing header).
    static func describe(_ error: ServerError) -> String {
        let cause = error.causeDescription
        if cause.contains("header") { return "A required header is missing or invalid." }
        if cause.contains("query") || cause.contains("path") || cause.contains("parameter") {
            return "A parameter is missing or invalid."
        }
        return "The request could not be read."
    }
}

/// Request ids: a caller's id is kept when it is short and plain, otherwise a new one is made, so
/// log lines cannot be forged or flooded through the header.
enum RequestIDs {
    static func accept(_ incoming: String?) -> String {
        if let incoming, (1...128).contains(incoming.utf8.count),
            incoming.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") || (48...57).contains($0) || (65...90).contains($0) || (97...122).contains($0) })
        {
            return incoming
        }
        return make()
    }

    /// A random per-process prefix and a counter: unique across replicas and restarts, without a
    /// random-number syscall per request (a fresh UUID per request showed up in profiles).
    static func make() -> String {
        let number = counter.wrappingAdd(1, ordering: .relaxed).newValue
        return prefix + String(number, radix: 16)
    }

    private static let prefix: String = {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() as UInt64, radix: 16) + "-"
    }()

    private static let counter = Atomic<UInt64>(0)
}
