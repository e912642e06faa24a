public import Hummingbird
import Logging
public import NIOCore

/// The Hummingbird request context of every CivicLink service.
public struct CivicRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer of the connection: the rate limit's key for requests without a token.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    /// Bodies are limited by `BodyLimitMiddleware` with the configured `MAX_BODY_BYTES`; this is only the outer bound.
    public var maxUploadSize: Int { 100 * 1024 * 1024 }
}
