import CCurl
import Foundation

/// One libcurl easy handle. Used by one thread at a time; between transfers it is reset but keeps
/// its connection cache (curl_easy_reset leaves live connections alone), which is what makes keep-alive work.
final class EasyHandle: @unchecked Sendable {
    private let handle: UnsafeMutableRawPointer

    init?() {
        guard let handle = curl_easy_init() else { return nil }
        self.handle = handle
    }

    deinit {
        curl_easy_cleanup(handle)
    }

    /// The buffers the C callbacks write into; passed to them as an unmanaged pointer.
    private final class Transfer {
        var body: [UInt8] = []
        var headerLines: [String] = []
        let maxBytes: Int
        var tooLarge = false

        init(maxBytes: Int) { self.maxBytes = maxBytes }
    }

    func perform(_ request: CurlRequest, connectTimeout: Duration, timeout: Duration, maxResponseBytes: Int) throws -> CurlResponse {
        curl_easy_reset(handle)
        let transfer = Transfer(maxBytes: maxResponseBytes)
        let unmanaged = Unmanaged.passRetained(transfer)
        defer { unmanaged.release() }

        var headerList: UnsafeMutablePointer<curl_slist>? = nil
        defer { curl_slist_free_all(headerList) }
        for header in request.headers {
            headerList = curl_slist_append(headerList, "\(header.name): \(header.value)")
        }
        // libcurl waits for "100 Continue" before sending larger bodies; peers here answer at once.
        headerList = curl_slist_append(headerList, "Expect:")

        try set(CURLOPT_URL, request.url)
        try set(CURLOPT_NOSIGNAL, 1)  // signals and threads do not mix; timeouts then rely on the threaded resolver
        try set(CURLOPT_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        try set(CURLOPT_FOLLOWLOCATION, 0)
        try set(CURLOPT_CONNECTTIMEOUT_MS, max(1, connectTimeout.milliseconds))
        try set(CURLOPT_TIMEOUT_MS, max(1, timeout.milliseconds))
        try set(CURLOPT_TCP_KEEPALIVE, 1)
        try check(ccurl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList))
        switch request.method {
        case "GET":
            try set(CURLOPT_HTTPGET, 1)
        case "HEAD":
            try set(CURLOPT_NOBODY, 1)
        case "POST":
            try set(CURLOPT_POST, 1)
        default:
            try set(CURLOPT_CUSTOMREQUEST, request.method)
        }
        if let body = request.body {
            try check(ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count)))
            // COPYPOSTFIELDS copies the bytes, so the Swift array need not outlive this call's scope.
            try body.withUnsafeBufferPointer { buffer in
                try check(ccurl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!)))
            }
        } else if request.method == "POST" {
            try check(ccurl_setopt_off_t(handle, CURLOPT_POSTFIELDSIZE_LARGE, 0))
            try set(CURLOPT_POSTFIELDS, "")
        }
        try check(ccurl_setopt_write_callback(handle, { data, size, count, userdata in
            guard let data, let userdata else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
            let length = size * count
            if transfer.body.count + length > transfer.maxBytes {
                transfer.tooLarge = true
                return 0  // makes libcurl abort with CURLE_WRITE_ERROR
            }
            data.withMemoryRebound(to: UInt8.self, capacity: length) {
                transfer.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length))
            }
            return length
        }))
        try check(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, unmanaged.toOpaque()))
        try check(ccurl_setopt_header_callback(handle, { data, size, count, userdata in
            guard let data, let userdata else { return 0 }
            let transfer = Unmanaged<Transfer>.fromOpaque(userdata).takeUnretainedValue()
            let length = size * count
            let line = data.withMemoryRebound(to: UInt8.self, capacity: length) {
                String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
            }
            transfer.headerLines.append(line)
            return length
        }))
        try check(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, unmanaged.toOpaque()))

        let code = curl_easy_perform(handle)
        guard code == CURLE_OK else {
            if transfer.tooLarge {
                throw CurlRequestError(reason: "response larger than \(maxResponseBytes) bytes")
            }
            let message = String(cString: curl_easy_strerror(code))
            switch code {
            case CURLE_COULDNT_CONNECT, CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
                throw PeerUnavailableError(url: request.url, reason: "connect: \(message)", retryAfterSeconds: 1)
            case CURLE_OPERATION_TIMEDOUT:
                throw PeerUnavailableError(url: request.url, reason: "timeout: \(message)", retryAfterSeconds: 2)
            case CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_GOT_NOTHING, CURLE_PARTIAL_FILE:
                throw PeerUnavailableError(url: request.url, reason: "transfer: \(message)", retryAfterSeconds: 1)
            default:
                throw CurlRequestError(reason: message)
            }
        }
        var status = 0
        var localPort = 0
        var connects = 0
        try check(ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status))
        try check(ccurl_getinfo_long(handle, CURLINFO_LOCAL_PORT, &localPort))
        try check(ccurl_getinfo_long(handle, CURLINFO_NUM_CONNECTS, &connects))
        return CurlResponse(
            status: status, headers: EasyHandle.parseHeaders(transfer.headerLines), body: transfer.body,
            localPort: localPort, newConnections: connects
        )
    }

    /// Keeps the headers of the last response block only (a `100 Continue` block comes first, if any).
    static func parseHeaders(_ lines: [String]) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        for line in lines {
            if line.hasPrefix("HTTP/") {
                headers.removeAll()
                continue
            }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            headers.append((name, value))
        }
        return headers
    }

    private func set(_ option: CURLoption, _ value: Int) throws {
        try check(ccurl_setopt_long(handle, option, value))
    }

    private func set(_ option: CURLoption, _ value: String) throws {
        try check(ccurl_setopt_string(handle, option, value))
    }

    private func check(_ code: CURLcode) throws {
        guard code == CURLE_OK else {
            throw CurlRequestError(reason: String(cString: curl_easy_strerror(code)))
        }
    }
}
