public import SohoaCore

/// An input that cannot be taken in, with the reason users see in `sohoa status` and the detail that explains it.
public struct ImageInputError: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: InputRejection
    /// The 0-based frame at fault, or nil when the file as a whole is.
    public var frame: Int?
    /// What was found, in words a contractor can act on.
    public var detail: String

    public init(_ reason: InputRejection, frame: Int? = nil, _ detail: String) {
        self.reason = reason
        self.frame = frame
        self.detail = detail
    }

    public var description: String {
        let place = frame.map { "frame \($0): " } ?? ""
        return "\(place)\(reason.rawValue): \(detail)"
    }
}
