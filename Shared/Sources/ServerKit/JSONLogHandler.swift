import Foundation
public import Logging
import Synchronization

/// Writes one JSON object per line to standard output (`LOG_FORMAT=json`): time, level, logger,
/// message, source location and metadata, which is what log collectors expect.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let write: @Sendable (Data) -> Void
    private static let output = Mutex(())

    /// - Parameters:
    ///   - write: where each line goes; standard output unless a test captures it.
    public init(
        label: String, metadataProvider: Logger.MetadataProvider? = nil,
        write: @escaping @Sendable (Data) -> Void = JSONLogHandler.standardOutput
    ) {
        self.label = label
        self.metadataProvider = metadataProvider
        self.write = write
    }

    /// Writes whole lines to standard output, one writer at a time so lines never interleave.
    public static let standardOutput: @Sendable (Data) -> Void = { line in
        output.withLock { _ in FileHandle.standardOutput.write(line) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let level = event.level
        let message = event.message
        let explicitMetadata = event.metadata
        let file = event.file
        let line = event.line
        var object: [String: Any] = [
            "time": ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!,
                                                 formatOptions: [.withInternetDateTime, .withFractionalSeconds]),
            "level": level.rawValue,
            "logger": label,
            "message": message.description,
        ]
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { _, new in new } }
        if let extra = explicitMetadata { merged.merge(extra) { _, new in new } }
        for (key, value) in merged where object[key] == nil {
            object[key] = Self.plain(value)
        }
        if level >= .warning { object["source"] = "\(file):\(line)" }
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return }
        write(data + Data("\n".utf8))
    }

    static func plain(_ value: Logger.MetadataValue) -> Any {
        switch value {
        case .string(let string): return string
        case .stringConvertible(let convertible): return convertible.description
        case .array(let array): return array.map(plain)
        case .dictionary(let dictionary): return dictionary.mapValues(plain)
        }
    }
}
