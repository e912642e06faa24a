import Foundation
import Logging
import ServerKit
import Synchronization
import Testing

/// LOG_FORMAT=json: one JSON object per line, with the request's metadata.
@Suite struct JSONLogHandlerTests {
    final class Lines: Sendable {
        let captured = Mutex<[Data]>([])
        func append(_ line: Data) { captured.withLock { $0.append(line) } }
        var all: [Data] { captured.withLock { $0 } }
    }

    @Test func eachLogLineIsOneJSONObjectWithTheRequestScope() throws {
        let lines = Lines()
        var handler = JSONLogHandler(label: "contacts-service", metadataProvider: RequestScope.metadataProvider) { lines.append($0) }
        handler.logLevel = .info
        let logger = Logger(label: "contacts-service") { _ in handler }
        let identity = Identity(subject: "officer-7", authorityID: UUID(), organisationID: nil, roles: ["partnership_officer"])
        RequestScope.$current.withValue(RequestScope(requestID: "req-42", identity: identity, logger: logger)) {
            logger.info("organisation created", metadata: ["organisation_id": "abc", "note": "multi\nline \"quoted\""])
        }
        logger.debug("below the level")
        logger.warning("outside a request")
        let written = lines.all
        #expect(written.count == 2)
        for line in written {
            #expect(line.last == UInt8(ascii: "\n"))
            #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
        }
        let first = try #require(try JSONSerialization.jsonObject(with: written[0]) as? [String: Any])
        #expect(first["message"] as? String == "organisation created")
        #expect(first["level"] as? String == "info")
        #expect(first["logger"] as? String == "contacts-service")
        #expect(first["request_id"] as? String == "req-42")
        #expect(first["sub"] as? String == "officer-7")
        #expect(first["authority_id"] as? String == identity.authorityID.uuidString.lowercased())
        #expect(first["note"] as? String == "multi\nline \"quoted\"")
        #expect(first["time"] is String)
        let second = try #require(try JSONSerialization.jsonObject(with: written[1]) as? [String: Any])
        #expect(second["request_id"] == nil)
        #expect((second["source"] as? String)?.contains("JSONLogHandlerTests.swift") == true)
    }
}
