public import Hummingbird
public import SohoaStore

/// What a request to the review page carries once the session middleware has looked at it: the signed-in reviewer
/// and the CSRF token their forms must return.
public struct ReviewContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public var reviewer: Reviewer?
    public var csrf: String?
    public var sessionToken: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }
}
