import Crypto
import Foundation
import HTTPTypes
import OpenAPIRuntime
import PostgresDatabase

/// `Idempotency-Key` on POST: a client that retries a create after a lost answer gets the first
/// answer again instead of a second object. The first answer to a key is kept for 24 hours, per
/// caller (authority and subject): the same key with the same request (method, path, body) replays
/// it with `Idempotent-Replayed: true`; with another request it is 422; while the first is still
/// being answered, 409. Errors (thrown problems, 5xx) are not kept, so a retry runs again.
/// Runs after authorization, as an OpenAPI server middleware of every service.
public struct IdempotencyMiddleware: ServerMiddleware {
    public static let header = HTTPField.Name("Idempotency-Key")!
    public static let replayed = HTTPField.Name("Idempotent-Replayed")!
    /// Bodies of kept answers larger than this are not kept (the key is released instead).
    static let maximumKeptBody = 1_048_576

    let pool: PostgresPool

    public init(pool: PostgresPool) {
        self.pool = pool
    }

    public func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        guard request.method == .post, let key = request.headerFields[Self.header], let identity = RequestScope.current?.identity else {
            return try await next(request, body, metadata)
        }
        guard (1...200).contains(key.utf8.count), key.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0.value < 0x7F }) else {
            throw Problem.badRequest(
                "The Idempotency-Key is invalid.", errors: [.init(field: "Idempotency-Key", message: "must be 1 to 200 visible ASCII characters")]
            )
        }
        // The body was already read and limited by ProblemMiddleware; read it again to hash it.
        var bytes = Data()
        if let body { bytes = try await Data(collecting: body, upTo: 104_857_600) }
        var hasher = SHA256()
        hasher.update(data: Data("\(request.method.rawValue) \(request.path ?? "")\n".utf8))
        hasher.update(data: bytes)
        let hash = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        let authority = identity.authorityID
        let subject = identity.subject

        let claim = try await pool.withConnection(authority: authority) { connection -> Claim in
            _ = try connection.query(
                """
                DELETE FROM idempotency_keys WHERE authority_id = $1 AND subject = $2 AND key = $3
                  AND created_at < now() - interval '24 hours'
                """,
                [authority, subject, key]
            )
            let inserted = try connection.query(
                """
                INSERT INTO idempotency_keys (authority_id, subject, key, request_hash) VALUES ($1, $2, $3, $4)
                ON CONFLICT DO NOTHING RETURNING 1 AS claimed
                """,
                [authority, subject, key, hash]
            )
            if !inserted.rows.isEmpty { return .claimed }
            guard let row = try connection.query(
                "SELECT request_hash, status, content_type, location, etag, body FROM idempotency_keys WHERE authority_id = $1 AND subject = $2 AND key = $3",
                [authority, subject, key]
            ).first else { return .claimed }
            if try row.decode(String.self, "request_hash") != hash { return .mismatch }
            guard let status = try row.decode(Int?.self, "status") else { return .inProgress }
            return .kept(
                status: status, contentType: try row.decode(String?.self, "content_type"), location: try row.decode(String?.self, "location"),
                etag: try row.decode(String?.self, "etag"), body: try row.decode(String?.self, "body") ?? ""
            )
        }
        switch claim {
        case .mismatch:
            throw Problem.validation([.init(field: "Idempotency-Key", message: "was used for another request; use a new key for a new request")])
        case .inProgress:
            throw Problem.conflict("A request with this Idempotency-Key is still being answered; retry in a moment.")
        case .kept(let status, let contentType, let location, let etag, let text):
            var response = HTTPResponse(status: .init(code: status))
            if let contentType { response.headerFields[.contentType] = contentType }
            if let location { response.headerFields[.location] = location }
            if let etag { response.headerFields[.eTag] = etag }
            response.headerFields[Self.replayed] = "true"
            return (response, HTTPBody(text))
        case .claimed:
            break
        }

        let release = { @Sendable in
            _ = try? await pool.query(
                "DELETE FROM idempotency_keys WHERE authority_id = $1 AND subject = $2 AND key = $3 AND status IS NULL",
                [authority, subject, key], authority: authority
            )
        }
        let response: HTTPResponse
        let answer: HTTPBody?
        do {
            (response, answer) = try await next(request, body == nil ? nil : HTTPBody(bytes), metadata)
        } catch {
            await release()
            throw error
        }
        var kept = Data()
        if let answer { kept = try await Data(collecting: answer, upTo: 104_857_600) }
        guard response.status.code < 500, kept.count <= Self.maximumKeptBody, let text = String(data: kept, encoding: .utf8) else {
            await release()
            return (response, HTTPBody(kept))
        }
        _ = try await pool.query(
            """
            UPDATE idempotency_keys SET status = $4, content_type = $5, location = $6, etag = $7, body = $8
            WHERE authority_id = $1 AND subject = $2 AND key = $3
            """,
            [authority, subject, key, response.status.code, response.headerFields[.contentType], response.headerFields[.location],
             response.headerFields[.eTag], text],
            authority: authority
        )
        return (response, HTTPBody(kept))
    }

    enum Claim: Sendable {
        case claimed, mismatch, inProgress
        case kept(status: Int, contentType: String?, location: String?, etag: String?, body: String)
    }
}
