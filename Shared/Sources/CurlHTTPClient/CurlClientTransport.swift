public import Foundation
public import HTTPTypes
public import OpenAPIRuntime

/// A swift-openapi-runtime `ClientTransport` over `CurlHTTPClient`, so a service calls another with a
/// client generated from openapi.yaml. Headers such as the request id and the service token are
/// added by client middlewares, not here.
public struct CurlClientTransport: ClientTransport {
    public let client: CurlHTTPClient
    /// A larger request body is refused before it is sent.
    public let maxRequestBytes: Int

    public init(client: CurlHTTPClient, maxRequestBytes: Int = 1024 * 1024) {
        self.client = client
        self.maxRequestBytes = maxRequestBytes
    }

    public func send(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var base = baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        let url = base + (request.path ?? "/")
        var bytes: [UInt8]? = nil
        if let body {
            bytes = try await [UInt8](collecting: body, upTo: maxRequestBytes)
        }
        let curlRequest = CurlRequest(
            method: request.method.rawValue,
            url: url,
            headers: request.headerFields.map { ($0.name.rawName, $0.value) },
            body: bytes
        )
        let response = try await client.send(curlRequest)
        var fields = HTTPFields()
        for header in response.headers {
            if let name = HTTPField.Name(header.name) { fields.append(HTTPField(name: name, value: header.value)) }
        }
        let httpResponse = HTTPResponse(status: .init(code: response.status), headerFields: fields)
        return (httpResponse, response.body.isEmpty ? nil : HTTPBody(response.body))
    }
}
