import Foundation
import HTTPTypes
public import Hummingbird

/// Browser access for an allow-list of origins (the authorities' web frontends).
///
/// - An empty list turns CORS off: no CORS header is ever written.
/// - A request whose `Origin` is on the list gets `Access-Control-Allow-Origin: <origin>` and
///   `Access-Control-Expose-Headers`, on success and error answers alike.
/// - A preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`) from a listed origin is
///   answered here with 204 and the allowed methods and headers, so it needs no token; from another
///   origin it gets a 403 problem.
/// - Any other origin gets no `Access-Control-*` header; the browser then refuses the answer to the page.
/// - No credentials mode: callers send bearer tokens, not cookies, so `Access-Control-Allow-Credentials`
///   is never sent.
/// - While the list is not empty every answer carries `Vary: Origin` (not a CORS header, a caching
///   one): whether `Access-Control-Allow-Origin` is present depends on `Origin`, so a cached answer for
///   one origin, or for none, must not be reused for another.
///
/// It never throws an error of its own (its answers are complete responses, with `X-Request-ID`), so
/// it may run outside `ProblemMiddleware` and then also decorates the problems rendered there.
public struct CORSPolicyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The normalised origins (`scheme://host[:port]`, default port left out, as browsers send them).
    public let allowedOrigins: Set<String>

    /// Methods a preflight may ask for.
    public static var allowedMethods: String { "GET, POST, PUT, PATCH, DELETE" }
    /// Request headers a page may send.
    public static var allowedHeaders: String { "Authorization, Content-Type, If-Match, Idempotency-Key, X-Request-ID" }
    /// Response headers a page may read (besides the CORS-safelisted ones such as `Content-Type`).
    public static var exposedHeaders: String {
        "ETag, Location, Retry-After, X-Request-ID, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset"
    }
    /// Seconds a browser may cache a preflight answer.
    public static var maxAgeSeconds: Int { 600 }

    /// - Parameter allowedOrigins: `scheme://host[:port]` entries (http or https, no path); see `CORSOrigin.normalize`.
    /// - Throws: `CORSOrigin.InvalidOrigin` naming the first entry that is not an origin.
    public init(allowedOrigins: [String]) throws(CORSOrigin.InvalidOrigin) {
        var origins: Set<String> = []
        for entry in allowedOrigins {
            guard let origin = CORSOrigin.normalize(entry) else { throw CORSOrigin.InvalidOrigin(entry: entry) }
            origins.insert(origin)
        }
        self.allowedOrigins = origins
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard !allowedOrigins.isEmpty else { return try await next(request, context) }
        let origin = request.headers[.origin]
        // Exact match: browsers serialise the origin themselves (lower case, default port left out).
        let allowedOrigin = origin.flatMap { allowedOrigins.contains($0) ? $0 : nil }

        if request.method == .options, origin != nil, request.headers[.accessControlRequestMethod] != nil {
            let requestID = RequestScope.current?.requestID ?? RequestIDs.accept(request.headers[.requestID])
            var response: Response
            if let allowedOrigin {
                response = Response(status: .noContent, headers: [
                    .accessControlAllowOrigin: allowedOrigin,
                    .accessControlAllowMethods: Self.allowedMethods,
                    .accessControlAllowHeaders: Self.allowedHeaders,
                    .accessControlMaxAge: String(Self.maxAgeSeconds),
                    .accessControlExposeHeaders: Self.exposedHeaders,
                ])
            } else {
                response = Problem(
                    status: .forbidden, type: Problem.typePrefix + "origin-not-allowed",
                    detail: "This origin may not call the API from a browser."
                ).makeResponse(requestID: requestID, instance: request.uri.path)
            }
            response.headers[.vary] = "Origin"
            response.headers[.requestID] = requestID
            return response
        }

        do {
            var response = try await next(request, context)
            Self.decorate(&response.headers, allowedOrigin: allowedOrigin)
            return response
        } catch let problem as Problem {
            // Only when placed inside `ProblemMiddleware`: the problem is rendered later, with these fields.
            var headers = problem.headers
            Self.decorate(&headers, allowedOrigin: allowedOrigin)
            throw Problem(
                status: problem.status, type: problem.type, title: problem.title, detail: problem.detail, errors: problem.errors,
                headers: headers
            )
        }
    }

    static func decorate(_ headers: inout HTTPFields, allowedOrigin: String?) {
        let varies = headers[values: .vary].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if !varies.contains("origin") && !varies.contains("*") {
            headers.append(HTTPField(name: .vary, value: "Origin"))
        }
        guard let allowedOrigin else { return }
        headers[.accessControlAllowOrigin] = allowedOrigin
        headers[.accessControlExposeHeaders] = exposedHeaders
    }
}

/// Parsing of configured origins.
public enum CORSOrigin {
    /// A configured entry that is not `scheme://host[:port]`.
    public struct InvalidOrigin: Error, CustomStringConvertible {
        public let entry: String
        public var description: String { "not an origin (http(s)://host[:port], no path): \(entry)" }
    }

    /// The origin as a browser serialises it in `Origin` (scheme and host in lower case, the default port
    /// left out, no trailing slash), or nil when `text` is not an http(s) origin. `*` and `null` are
    /// not origins: this policy only names origins.
    public static func normalize(_ text: String) -> String? {
        var trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host?.lowercased(), !host.isEmpty,
            components.user == nil, components.password == nil, components.path.isEmpty,
            components.query == nil, components.fragment == nil,
            trimmed.lowercased().hasPrefix(scheme + "://")
        else { return nil }
        var origin = scheme + "://" + host
        if let port = components.port {
            guard (1...65535).contains(port) else { return nil }
            let isDefault = (scheme == "http" && port == 80) || (scheme == "https" && port == 443)
            if !isDefault { origin += ":\(port)" }
        }
        return origin
    }
}
