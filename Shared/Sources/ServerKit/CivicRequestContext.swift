public import Hummingbird
import Logging

/// The Hummingbird request context of every CivicLink service.
public struct CivicRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Bodies are limited by `BodyLimitMiddleware` with the configured `MAX_BODY_BYTES`; this is only the outer bound.
    public var maxUploadSize: Int { 100 * 1024 * 1024 }
}
